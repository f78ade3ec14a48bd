/**
 * The blog plugin's default reading time, in time linear in the post's length.
 *
 * Docusaurus 3.10.2 (lib/readingTime.js of the blog plugin) counts the
 * segments `Intl.Segmenter` marks `isWordLike` in the post's locale, at 200
 * words a minute, rounded to hundredths of a minute. On Node 20 (V8 11.3),
 * walking a segmenter's segments takes time that grows faster than the text,
 * and past 65,536 UTF-16 units of a text with any character beyond Latin-1 it
 * falls off a cliff. On a shared 2-core machine, a 64,000-character Arabic
 * post took 0.3 s and a 66,000-character one 42 s; a 100,000-character
 * Japanese post 107 s; an 80,000-character English post 1.4 s, and 70 s with
 * one em dash in it. A site with long posts in many locales spent most of its
 * build there.
 *
 * Here the same segmenter counts the same words in pieces of about 1,000
 * characters. A piece ends only where every word segmenter breaks, whatever
 * the locale: after a space, tab, line break or ideographic space, or after
 * an ideographic full stop, comma or closing bracket, and before a character
 * that is neither a space nor a mark or format character (which would join
 * the character before it). No word rule of Unicode's (UAX #29) or of ICU's
 * dictionaries looks across such a point, so the pieces hold the same words
 * as the whole. Only a run of over 8,192 characters without any of these
 * (an inline data: URL, say) is cut where it reaches that length, and a word
 * there may be counted twice.
 *
 * Word counts are kept by a hash of the locale and the content, for the
 * process: each locale's build and each dev-server reload reads every post.
 *
 * tests/unit/readingTime.test.ts holds it to Docusaurus's own function on
 * this site's posts and on generated ones. TODO: use Docusaurus's default
 * again once the site no longer supports Node 20 and `npm run bench -- --only
 * reading` finds Docusaurus's count fast on the Node versions left.
 */
import {createHash} from 'node:crypto';
import type {ReadingTimeFunction, ReadingTimeFunctionOption} from '@docusaurus/plugin-content-blog';

/** Docusaurus's DEFAULT_WORDS_PER_MINUTE. */
const WORDS_PER_MINUTE = 200;
/** Past this length, a piece ends at the next safe point. */
const PIECE = 1024;
/** A piece with no safe point is cut here. */
const LONGEST_PIECE = 8192;

/** Characters after which a word always ends (word break property Newline, CR, LF, WSegSpace or Other). */
const ENDS_A_WORD = new Set(' \t\n\r\u3000。、！？」』）】〕〉》');
const SPACE = new Set(' \t\n\r\u3000');
/** What attaches to the character before it (word break Extend, Format, ZWJ, and more, to be safe). */
const JOINS_BEFORE = /^[\p{M}\p{Cf}\p{Emoji_Modifier}]/u;

const wordCounts = new Map<string, number>();

/** Docusaurus's default reading time: the same figures, in linear time. */
export const linearReadingTime: ReadingTimeFunction = ({content, locale, options}) => {
  const wordsPerMinute = options?.wordsPerMinute ?? WORDS_PER_MINUTE;
  const key = createHash('sha256').update(locale).update('\0').update(content).digest('base64url');
  let words = wordCounts.get(key);
  if (words === undefined) {
    words = countWords(content, locale);
    wordCounts.set(key, words);
  }
  return words === 0 ? 0 : Math.round((words / wordsPerMinute) * 100) / 100;
};

/**
 * The site's `readingTime` option (Docusaurus's default when the site sets
 * none), given ours as `defaultReadingTime`: the site's function still decides.
 */
export function readingTimeOption(siteOption: ReadingTimeFunctionOption): ReadingTimeFunctionOption {
  return (params) => siteOption({...params, defaultReadingTime: linearReadingTime});
}

function countWords(text: string, locale: string): number {
  const segmenter = new Intl.Segmenter(locale, {granularity: 'word'});
  let words = 0;
  for (let start = 0; start < text.length;) {
    const end = pieceEnd(text, start);
    for (const {isWordLike} of segmenter.segment(text.slice(start, end))) {
      if (isWordLike) words += 1;
    }
    start = end;
  }
  return words;
}

function pieceEnd(text: string, start: number): number {
  if (text.length - start <= PIECE) return text.length;
  const limit = Math.min(text.length, start + LONGEST_PIECE);
  for (let i = start + PIECE; i < limit; i++) {
    if (ENDS_A_WORD.has(text[i - 1]!) && !SPACE.has(text[i]!) && !joinsBefore(text, i)) return i;
  }
  if (limit === text.length) return limit;
  let cut = limit;
  while (cut > start + PIECE && (isLowSurrogate(text.charCodeAt(cut)) || joinsBefore(text, cut))) cut -= 1;
  return cut;
}

const joinsBefore = (text: string, i: number) => JOINS_BEFORE.test(String.fromCodePoint(text.codePointAt(i)!));
const isLowSurrogate = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;
