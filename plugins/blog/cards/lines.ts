/**
 * Where a card's title may break into lines, in every script: between words
 * as `Intl.Segmenter` finds them for the title's language (Thai, Japanese,
 * Chinese, Khmer, Lao and Burmese put no space between words), at spaces
 * elsewhere, and never against kinsoku (no line starts with 。、」） or a
 * small kana, none ends with 「（). The title is cut into units that no line
 * splits; the card's CSS (`word-break: keep-all`) lets the renderer break only
 * at the units' edges, where a zero-width space marks each break without a
 * space. A title too long for three lines is shortened by whole units.
 */

/** Scripts written without spaces between words, where a break may fall between two words (with the marks they share: ー, 々, 、). */
const NO_SPACES =
  /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Thai}\p{scx=Lao}\p{scx=Khmer}\p{scx=Myanmar}\u3000-\u303F\uFF01-\uFF60]/u;

const NO_SPACES_CLASS = NO_SPACES.source.slice(1, -1);
const SCRIPT_EDGE = new RegExp(
  `(?<=[${NO_SPACES_CLASS}])(?=[^\\s${NO_SPACES_CLASS}])|(?<=[^\\s${NO_SPACES_CLASS}])(?=[${NO_SPACES_CLASS}])`,
  'u',
);

/** Kinsoku: what no line may start with (closing brackets and quotes, stops and commas, small kana, marks of length and repetition). */
export const NO_LINE_START =
  /^[)\]}»›’”〕〉》」』】〙〗〟｠）］｝｣、。，．・：；？！‼⁇⁈⁉!?,.:;…‥ー〜～ゝゞヽヾ々〻ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰ-ㇿ%‰℃°′″]/u;

/** Kinsoku: what no line may end with (opening brackets and quotes). */
export const NO_LINE_END = /[([{«‹‘“〔〈《「『【〘〖〝｟（［｛｢]$/u;

/** The break a renderer takes where no space is. */
export const BREAK = '\u200B';

/**
 * The title cut into units no line splits, in order; joined, they are the
 * title. A unit keeps the spaces that follow it.
 */
export function lineUnits(text: string, lang: string): string[] {
  let segmenter: Intl.Segmenter;
  try {
    segmenter = new Intl.Segmenter(lang, {granularity: 'word'});
  } catch {
    segmenter = new Intl.Segmenter(undefined, {granularity: 'word'});
  }
  const units: string[] = [];
  for (const {segment} of segmenter.segment(text)) {
    // ICU takes "ของDeepSeekมุม" for one word: a change between a script
    // without spaces and another is a word's edge too, as browsers break it.
    for (const piece of segment.split(SCRIPT_EDGE)) {
      const last = units.length - 1;
      if (last >= 0 && !mayBreak(units[last]!, piece)) units[last] += piece;
      else units.push(piece);
    }
  }
  return units;
}

/** Whether a line may end after `before` and start with `after`. */
function mayBreak(before: string, after: string): boolean {
  if (/^\s/u.test(after)) return false;
  if (NO_LINE_START.test(after) || NO_LINE_END.test(before)) return false;
  if (/\s$/u.test(before)) return true;
  return NO_SPACES.test([...before].pop()!) || NO_SPACES.test([...after][0]!);
}

/** The title as the card writes it: a zero-width space at each break between units that no space marks. */
export function withBreaks(text: string, lang: string): string {
  const units = lineUnits(text, lang);
  return units.map((unit, i) => (i > 0 && !/\s$/u.test(units[i - 1]!) ? BREAK + unit : unit)).join('');
}

/** Punctuation, spaces and opening brackets that should not stand before the ellipsis of a shortened title. */
const TRAILING = /[\s\p{Pd}\p{Ps}\p{Pi},.:;!?،؛؟·|/、。，．：；！？・]+$/u;

/** The first `count` units of a title, with an ellipsis: the same whole-word cut in every script and direction. */
export function shortenByUnits(units: readonly string[], count: number): string {
  const whole = units.join('').trim();
  if (count >= units.length) return whole;
  return `${units.slice(0, Math.max(1, count)).join('').trim().replace(TRAILING, '')}…`;
}
