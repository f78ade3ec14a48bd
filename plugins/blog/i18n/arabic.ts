/**
 * Text as a reader compares it, for matching tags, keywords and "did you mean"
 * suggestions. Arabic has many ways of writing the same word: optional vowel
 * marks, tatweel stretching, hamza and alef variants, and letters that Persian
 * and Urdu keyboards produce in place of the Arabic ones. A writer (or a language
 * model) picks one spelling; the registry has another. Only for matching: values
 * are never rewritten with it.
 */
import {distance} from 'fastest-levenshtein';

/**
 * Invisible characters: zero-width space/joiners, word joiner and BOM, plus the
 * directional marks and controls. Someone pasting a right-to-left label often
 * brings an RLM or ALM along; the text-safety rule reports the dangerous ones,
 * so matching ignores them all rather than report the same value twice.
 */
const INVISIBLE = /[\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/**
 * Marks that do not change which word it is: Arabic harakat/tashkeel
 * (U+064B–U+065F, which includes hamza above/below once the letter carrying it
 * is folded), superscript alef U+0670, Quranic annotation marks (U+0610–U+061A,
 * U+06D6–U+06ED), tatweel U+0640, and Hebrew points and cantillation (niqqud is
 * as optional in Hebrew as harakat are in Arabic; the Hebrew punctuation maqaf,
 * paseq, sof pasuq and nun hafukha in that block are kept).
 */
const MARKS = /[\u0610-\u061A\u0640\u064B-\u065F\u0670\u06D6-\u06ED\u0591-\u05BD\u05BF\u05C1\u05C2\u05C4\u05C5\u05C7]/g;

/** One spelling per letter. */
const LETTERS: Readonly<Record<string, string>> = {
  // Alef with hamza above/below, madda, wasla, and the wavy-hamza forms.
  '\u0623': '\u0627', // أ
  '\u0625': '\u0627', // إ
  '\u0622': '\u0627', // آ
  '\u0671': '\u0627', // ٱ
  '\u0672': '\u0627',
  '\u0673': '\u0627',
  // Hamza on waw and on ya.
  '\u0624': '\u0648', // ؤ → و
  '\u0626': '\u064A', // ئ → ي
  // Taa marbuta and the heh forms of Persian (ezafe ۀ) and Urdu (ہ ۂ ھ): writers
  // and keyboards swap them with ه, and no two tags differ by them alone.
  '\u0629': '\u0647', // ة
  '\u06C0': '\u0647', // ۀ
  '\u06C1': '\u0647', // ہ
  '\u06C2': '\u0647', // ۂ
  '\u06BE': '\u0647', // ھ
  // Alef maqsura and the Persian and Urdu yeh forms.
  '\u0649': '\u064A', // ى
  '\u06CC': '\u064A', // ی
  '\u06D2': '\u064A', // ے
  '\u06D3': '\u064A', // ۓ
  // Persian kaf and swash kaf.
  '\u06A9': '\u0643', // ک
  '\u06AA': '\u0643', // ڪ
};
const LETTER = new RegExp(`[${Object.keys(LETTERS).join('')}]`, 'g');

/** Arabic-Indic (U+0660–0669) and Extended Arabic-Indic (U+06F0–06F9) digits. */
const DIGIT = /[\u0660-\u0669\u06F0-\u06F9]/g;
const toLatinDigit = (digit: string): string => {
  const code = digit.charCodeAt(0);
  return String(code - (code >= 0x06f0 ? 0x06f0 : 0x0660));
};

/**
 * The form two values are compared in: NFKC (presentation forms, ligatures and
 * full-width letters become ordinary ones), case-folded, invisible characters and
 * optional marks removed, Arabic letter variants unified, digits in Latin, spaces
 * collapsed.
 */
// Tags, keywords and labels repeat across posts: normalize each spelling once.
const normalized = new Map<string, string>();

export function normalizeForMatch(text: string): string {
  let result = normalized.get(text);
  if (result === undefined) {
    if (normalized.size > 50_000) normalized.clear();
    normalized.set(text, (result = normalizeUncached(text)));
  }
  return result;
}

function normalizeUncached(text: string): string {
  return (
    text
      // NFKC first: it also composes a letter and a separate hamza (ا + ٔ → أ),
      // which the letter table then folds.
      .normalize('NFKC')
      .replace(INVISIBLE, '')
      .replace(LETTER, (letter) => LETTERS[letter]!)
      .replace(MARKS, '')
      .replace(DIGIT, toLatinDigit)
      // Upper then lower case approximates Unicode full case folding (ß → ss,
      // final sigma ς → σ), which plain toLowerCase does not do.
      .toUpperCase()
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** The longest value `nearest` looks for a suggestion for, normalized. */
const NEAREST_LONGEST = 100;

/**
 * The candidate closest to `value` once both are normalized, in its original
 * spelling, when it is close enough to be what the writer meant: at most 40 % of
 * the value's length in edits (at least 2; 1 for values of up to 3 characters,
 * or every short value would "mean" every other short key). Ties go to the
 * first candidate. A value longer than NEAREST_LONGEST characters is no one's
 * typo: it gets no suggestion, and hundreds of them against a registry of
 * thousands cost no minute of edit distances.
 */
export function nearest(value: string, candidates: Iterable<string>): string | undefined {
  const target = normalizeForMatch(value);
  if (target === '' || target.length > NEAREST_LONGEST) return undefined;
  const limit = target.length <= 3 ? 1 : Math.max(2, Math.floor(target.length * 0.4));
  let best: string | undefined;
  let bestDistance = Infinity;
  let bestLength = 0;
  for (const candidate of candidates) {
    const normalized = normalizeForMatch(candidate);
    // Lengths further apart than the limit are further apart in edits too: never the answer.
    if (Math.abs(normalized.length - target.length) > limit) continue;
    const d = distance(target, normalized);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
      bestLength = normalized.length;
    }
  }
  // A candidate that shares no character with the value is no suggestion.
  return bestDistance <= limit && bestDistance < Math.max(target.length, bestLength) ? best : undefined;
}
