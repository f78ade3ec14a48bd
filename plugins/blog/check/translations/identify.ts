/**
 * Which language a piece of prose is written in, by franc-min (trigrams per
 * script, chosen against eld, franc, tinyld and cld3-asm: see the README),
 * among the languages a blog is likely to be written in. Pure.
 */
import {count, trigramScores} from './trigrams';

/** The languages franc chooses among: ISO 639-3 → the BCP 47 language a post's locale or `lang` names. */
const CANDIDATES: Readonly<Record<string, string>> = {
  eng: 'en',
  spa: 'es',
  por: 'pt',
  fra: 'fr',
  deu: 'de',
  ita: 'it',
  tur: 'tr',
  ind: 'id',
  vie: 'vi',
  arb: 'ar',
  pes: 'fa',
  urd: 'ur',
  rus: 'ru',
  hin: 'hi',
  tha: 'th',
  kor: 'ko',
  jpn: 'ja',
  cmn: 'zh',
};
const ONLY = Object.keys(CANDIDATES);
const KNOWN = new Set(Object.values(CANDIDATES));

/**
 * How far the language found must lead the expected one in franc's scores
 * (0 to 1) to be reported, and how many letters a text needs: below either,
 * the identification is not trusted. A title of a few words carries little:
 * under SHORT letters it needs a longer lead (a name such as "DeepSeek's
 * Open-Source" reads as French by 0.09). Set on the labeled set of
 * tests/fixtures/language/labeled.json (tests/unit/language-mismatch.test.ts).
 */
const MIN_LEAD = 0.05;
const MIN_LEAD_SHORT = 0.15;
const SHORT = 40;
const MIN_LETTERS = 20;
/** Scripts whose letters carry a word or more each: fewer of them are enough. */
const DENSE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const MIN_DENSE = 6;
/** The prose franc reads: at most this many characters. */
export const SAMPLE = 600;

/** What franc found in a text: its scores per language (best first), and the text's letters. */
export interface Identified {
  scores: [string, number][];
  letters: number;
}

/** The language of a locale or `lang` tag, when franc knows it: `pt-BR` → `pt`, `zh-Hans` → `zh`. */
export function languageOf(tag: string): string | undefined {
  const language = tag.split(/[-_]/)[0]!.toLowerCase();
  return KNOWN.has(language) ? language : undefined;
}

const NON_LATIN = /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/gu;
const LATIN_WORD = /[\p{Script=Latin}\d][\p{Script=Latin}\d'\u2019.-]*/gu;

const LETTERS = /[\p{L}\p{M}]/gu;
/** An expression for one character at a time. */
const single = (expression: RegExp) => new RegExp(expression.source, 'u');
const IS_LETTER = single(LETTERS);
const IS_NON_LATIN = single(NON_LATIN);
const IS_DENSE = single(DENSE);

/** Per UTF-16 unit but surrogates: 0 not yet seen; else 1, plus 2 if a LETTER, 4 if NON_LATIN, 8 if DENSE. */
const UNITS = new Uint8Array(0x10000);

/**
 * How many characters of a text are letters, not Latin, and of a dense
 * script: the counts of the expressions, read from UNITS. A text with a
 * surrogate is counted by the expressions themselves.
 */
export function classes(text: string): {letters: number; nonLatin: number; dense: number} {
  let letters = 0;
  let nonLatin = 0;
  let dense = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) return slowClasses(text);
    let kind = UNITS[code]!;
    if (kind === 0) {
      const unit = text[i]!;
      UNITS[code] = kind =
        1 | (IS_LETTER.test(unit) ? 2 : 0) | (IS_NON_LATIN.test(unit) ? 4 : 0) | (IS_DENSE.test(unit) ? 8 : 0);
    }
    letters += (kind >> 1) & 1;
    nonLatin += (kind >> 2) & 1;
    dense += (kind >> 3) & 1;
  }
  return {letters, nonLatin, dense};
}

const slowClasses = (text: string) => ({
  letters: count(text, LETTERS),
  nonLatin: count(text, NON_LATIN),
  dense: count(text, DENSE),
});

/**
 * franc's scores for a text, best first, among the candidates. Latin words
 * in a text mostly in another script (DeepSeek in an Arabic title) are left
 * out: they are names, not the language.
 */
export function identify(text: string): Identified {
  let sample = text.slice(0, SAMPLE);
  // Latin words hold no dense letter: the count holds after they go.
  const {letters, nonLatin, dense} = classes(sample);
  if (nonLatin > letters / 2) sample = sample.replace(LATIN_WORD, ' ');
  const scores = trigramScores(sample, ONLY)
    .filter(([code]) => code in CANDIDATES)
    .map(([code, score]): [string, number] => [CANDIDATES[code]!, Math.round(score * 1000) / 1000]);
  return {scores, letters: dense >= MIN_DENSE ? Math.max(letters, MIN_LETTERS) : letters};
}

/** The code point ranges of each script: a table of them is many times faster than \\p{Script} expressions. */
const RANGES: Readonly<Record<string, readonly (readonly [number, number])[]>> = {
  Latin: [
    [0x41, 0x5a],
    [0x61, 0x7a],
    [0xc0, 0x24f],
    [0x1e00, 0x1eff],
  ],
  Arabic: [
    [0x600, 0x6ff],
    [0x750, 0x77f],
    [0x8a0, 0x8ff],
    [0xfb50, 0xfdff],
    [0xfe70, 0xfeff],
  ],
  Cyrillic: [[0x400, 0x52f]],
  Devanagari: [[0x900, 0x97f]],
  Thai: [[0xe00, 0xe7f]],
  Hangul: [
    [0x1100, 0x11ff],
    [0x3130, 0x318f],
    [0xac00, 0xd7af],
  ],
  Kana: [[0x3040, 0x30ff]],
  Han: [
    [0x3400, 0x4dbf],
    [0x4e00, 0x9fff],
  ],
  Other: [
    [0x370, 0x3ff],
    [0x590, 0x5ff],
    [0x980, 0xdff],
    [0x10a0, 0x10ff],
  ],
};
const SCRIPT_OF: Readonly<Record<string, string>> = {
  ar: 'Arabic',
  fa: 'Arabic',
  ur: 'Arabic',
  ru: 'Cyrillic',
  hi: 'Devanagari',
  th: 'Thai',
  ko: 'Hangul',
  zh: 'Han',
  ja: 'Kana',
};
const SCRIPTS = Object.keys(RANGES);

/** Each UTF-16 unit's script, as 1 + its index in SCRIPTS (0: none), the first script whose ranges hold it. */
const SCRIPT_TABLE = (() => {
  const table = new Uint8Array(0x10000);
  for (let s = SCRIPTS.length - 1; s >= 0; s--)
    for (const [from, to] of RANGES[SCRIPTS[s]!]!) table.fill(s + 1, from, to + 1);
  return table;
})();

/** Per script, 1 + its index in SCRIPTS: the units of the text last counted (one array, reused). */
const TALLY = new Int32Array(SCRIPTS.length + 1);
const indexOf = (script: string) => SCRIPTS.indexOf(script) + 1;
const KANA = indexOf('Kana');

/** How many units of the text are of each script, in TALLY; the total of those of any script. */
function scriptCounts(text: string): number {
  TALLY.fill(0);
  for (let i = 0; i < text.length; i++) TALLY[SCRIPT_TABLE[text.charCodeAt(i)]!]!++;
  return text.length - TALLY[0]!;
}

/**
 * Whether a long text is plainly in the expected language's script, with no
 * sign of another (a Japanese text has kana, a Chinese one has none): one pass
 * over its characters instead of franc's, for a post's body.
 */
export function fitsScript(text: string, expected: string): boolean {
  const letters = scriptCounts(text);
  if (letters === 0) return true;
  const own = TALLY[indexOf(SCRIPT_OF[expected] ?? 'Latin')]!;
  if (expected === 'ja') return own >= letters * 0.1;
  if (expected === 'zh') return TALLY[KANA]! < letters * 0.05 && own >= letters * 0.7;
  return own >= letters * 0.7;
}

/** A language other than the expected one, found with enough lead to be trusted. */
export interface Mismatch {
  found: string;
  /** The found language's lead over the expected one, 0 to 1 (1: another script altogether). */
  confidence: number;
  /** The text is in a script the expected language is not written in. */
  otherScript: boolean;
}

/** Whether an identified text is in another language than `expected` (a language of languageOf). */
export function mismatchOf(identified: Identified, expected: string): Mismatch | undefined {
  const [top] = identified.scores;
  if (!top || identified.letters < MIN_LETTERS) return undefined;
  const [found, score] = top;
  if (found === expected) return undefined;
  // franc scores the languages of the text's script only.
  const own = identified.scores.find(([language]) => language === expected);
  const confidence = own ? Math.round((score - own[1]) * 100) / 100 : 1;
  const enough = confidence >= (identified.letters < SHORT ? MIN_LEAD_SHORT : MIN_LEAD);
  return enough ? {found, confidence, otherScript: !own} : undefined;
}

/** Made on first use: ICU's language names cost a thread 7 MB, and only a report names a language. */
let names: Intl.DisplayNames | undefined;

/** `pt` → `Portuguese`. */
export const languageName = (language: string): string =>
  (names ??= new Intl.DisplayNames(['en'], {type: 'language'})).of(language) ?? language;
