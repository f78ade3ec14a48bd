/**
 * franc-min's `francAll(text, {only, minLength: 3})`, the same scores in the
 * same order, for the languages of identify.ts only. franc builds a fresh
 * dictionary of the text's trigrams, sorts it, finds the text's script with
 * some thirty regular expressions and filters its models on every call: a
 * tenth of a millisecond for a title, a second or more for a blog of 10,000
 * posts. Here its models (its own data, 6.2.0, pinned) are read once into
 * maps of the candidate languages, the script is settled by a table of what
 * each character is to franc's expressions when one script holds most of the
 * text, and the trigrams are counted in a map, by number where the script's
 * alphabet is small; the distances are franc's integer sums, so the scores
 * are franc's to the bit (tests/unit/language-mismatch.test.ts compares
 * them). Anything else (a text without a clear script, or in a script of one
 * language) goes to franc.
 */
import {francAll} from 'franc-min';
import {data} from 'franc-min/data.js';
import {expressions} from 'franc-min/expressions.js';

/** franc's constants: the text it reads, and the distance of a trigram a model lacks. */
const MAX_LENGTH = 2048;
const MAX_DIFFERENCE = 300;

interface ScriptModels {
  expression: RegExp;
  /** The candidate languages of the script, in franc's order. */
  languages: string[];
  /** Each trigram of any of their models: its row in `ranks`. */
  rows: Map<string, number>;
  /**
   * Each UTF-16 unit of the models' trigrams: 1 + its index, where there are
   * fewer than 1,023 of them (not Han's): a trigram is then a number of three
   * 10-bit indexes, looked up without a string made for it.
   */
  alphabet?: Uint16Array;
  /** The rows again, keyed by that number. */
  keyed: Map<number, number>;
  /** Row by row, the trigram's rank in each language's model, or -1 where the model lacks it. */
  ranks: Int32Array;
  /** Occurrences per row, for one text at a time (zeroed after each). */
  counts: Int32Array;
}

/**
 * The scripts of a set of candidates, in franc's order, with what each UTF-16
 * unit is to them: found by their expressions the first time the unit is
 * seen, then read from a table (counting with the expressions themselves made
 * an array of every character matched, for every text).
 */
interface Scripts {
  models: ScriptModels[];
  /** Per unit: -1 not yet seen; else 1 if NEUTRAL, plus 2 << i for each script i whose expression holds it. */
  units: Int32Array;
}

/** By the candidates they are for. */
const MODELS = new Map<string, Scripts>();

/** franc's models of the candidates, by script, read at their first identification. */
function modelsOf(only: readonly string[]): Scripts {
  const known = MODELS.get(only.join());
  if (known) return known;
  const models = new Map<string, ScriptModels>();
  for (const [script, all] of Object.entries(data)) {
    const expression = expressions[script];
    const languages = Object.keys(all).filter((language) => only.includes(language));
    if (!expression || !languages.length) continue;
    const rows = new Map<string, number>();
    const weights = languages.map((language) => {
      const trigrams = all[language]!.split('|');
      const ranks = new Map<string, number>();
      // franc's weights: a trigram listed twice keeps its first (lowest) rank.
      for (let rank = trigrams.length - 1; rank >= 0; rank--) {
        ranks.set(trigrams[rank]!, rank);
        if (!rows.has(trigrams[rank]!)) rows.set(trigrams[rank]!, rows.size);
      }
      return ranks;
    });
    const ranks = new Int32Array(rows.size * languages.length).fill(-1);
    for (const [trigram, row] of rows)
      weights.forEach((weight, l) => {
        const rank = weight.get(trigram);
        if (rank !== undefined) ranks[row * languages.length + l] = rank;
      });
    const [alphabet, keyed] = keyedRows(rows);
    models.set(script, {expression, languages, rows, alphabet, keyed, ranks, counts: new Int32Array(rows.size)});
  }
  const scripts: Scripts = {models: [...models.values()], units: new Int32Array(0x10000).fill(-1)};
  MODELS.set(only.join(), scripts);
  return scripts;
}

/** A script's alphabet and its rows by number (ScriptModels), or no alphabet when it is too large. */
function keyedRows(rows: Map<string, number>): [Uint16Array | undefined, Map<number, number>] {
  const alphabet = new Uint16Array(0x10000);
  let size = 0;
  for (const trigram of rows.keys())
    for (let i = 0; i < 3; i++) {
      const code = trigram.charCodeAt(i);
      if (alphabet[code] === 0) alphabet[code] = ++size;
      if (size >= 1023) return [undefined, new Map<number, number>()];
    }
  const keyed = new Map<number, number>();
  for (const [trigram, row] of rows) keyed.set(keyOf(alphabet, trigram, 0), row);
  return [alphabet, keyed];
}

/** The number of the trigram at `at` of a text whose three units are in the alphabet. */
const keyOf = (alphabet: Uint16Array, text: string, at: number): number =>
  (alphabet[text.charCodeAt(at)]! << 20) |
  (alphabet[text.charCodeAt(at + 1)]! << 10) |
  alphabet[text.charCodeAt(at + 2)]!;

/** How many times a global expression matches in a text. */
export const count = (text: string, expression: RegExp) => text.match(expression)?.length ?? 0;

/** What a UTF-16 unit is to the scripts (Scripts.units), by their expressions. */
function unitOf({models}: Scripts, unit: string): number {
  let kind = new RegExp(NEUTRAL.source).test(unit) ? 1 : 0;
  models.forEach(({expression}, i) => {
    if (new RegExp(expression.source).test(unit)) kind |= 2 << i;
  });
  return kind;
}

/**
 * How many units of a text are NEUTRAL, and how many each script's expression
 * matches: what `count` gives, read from the table. Undefined for a text with
 * a surrogate, which expressions match as a pair: `count` reads those.
 */
function tally(text: string, scripts: Scripts): {neutral: number; perScript: number[]} | undefined {
  const {units, models} = scripts;
  let neutral = 0;
  const perScript = new Array<number>(models.length).fill(0);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) return undefined;
    let kind = units[code]!;
    if (kind < 0) units[code] = kind = unitOf(scripts, text[i]!);
    if (kind === 0) continue;
    neutral += kind & 1;
    for (let s = 0, bits = kind >> 1; bits; s++, bits >>= 1) if (bits & 1) perScript[s]!++;
  }
  return {neutral, perScript};
}

/** White space, ASCII digits and punctuation: in no script of franc's (tests/unit/language-mismatch.test.ts). */
export const NEUTRAL = /[\s!-@[-`{-~]/g;

/** franc's scores of a text among `only`, best first, as `francAll(text, {only, minLength: 3})` gives them. */
export function trigramScores(text: string, only: readonly string[]): [string, number][] {
  const value = text.slice(0, MAX_LENGTH);
  if (value.length < 3) return francAll(text, {only: [...only], minLength: 3});
  // franc's script is the one with most characters: one that has more than
  // the rest of the text together, white space and punctuation aside, is it.
  const scripts = modelsOf(only);
  const counted = tally(value, scripts);
  const scripted = value.length - (counted?.neutral ?? count(value, NEUTRAL));
  const script = scripts.models.find((candidate, i) => {
    const n = counted?.perScript[i] ?? count(value, candidate.expression);
    return n > scripted - n;
  });
  if (!script) return francAll(text, {only: [...only], minLength: 3});

  // trigram-utils' clean(), as franc calls it.
  const cleaned = value
    .replace(/[\u0021-\u0040]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
  const padded = ` ${cleaned} `;
  // franc's distance: over the text's distinct trigrams, how far each one's
  // count is from its rank in the model, or MAX_DIFFERENCE where the model lacks it.
  const {languages, rows, alphabet, keyed, ranks, counts} = script;
  // The text's trigrams the models lack: by number, or as text where a unit is
  // in no model (two sets of different trigrams).
  const unknown = new Set<string>();
  const unknownKeys = new Set<number>();
  const seen: number[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) {
    let row: number | undefined;
    if (
      alphabet &&
      alphabet[padded.charCodeAt(i)] &&
      alphabet[padded.charCodeAt(i + 1)] &&
      alphabet[padded.charCodeAt(i + 2)]
    ) {
      const key = keyOf(alphabet, padded, i);
      row = keyed.get(key);
      if (row === undefined) unknownKeys.add(key);
    } else {
      const trigram = padded.slice(i, i + 3);
      row = alphabet ? undefined : rows.get(trigram);
      if (row === undefined) unknown.add(trigram);
    }
    if (row !== undefined && (counts[row] = counts[row]! + 1) === 1) seen.push(row);
  }
  const distances: [string, number][] = languages.map((language, l) => {
    let distance = (unknown.size + unknownKeys.size) * MAX_DIFFERENCE;
    for (const row of seen) {
      const rank = ranks[row * languages.length + l]!;
      distance += rank < 0 ? MAX_DIFFERENCE : Math.abs(counts[row]! - rank - 1);
    }
    return [language, distance];
  });
  for (const row of seen) counts[row] = 0;
  distances.sort((a, b) => a[1] - b[1]);
  // franc's normalize.
  const min = distances[0]![1];
  const max = value.length * MAX_DIFFERENCE - min;
  return distances.map(([language, distance]) => [language, 1 - (distance - min) / max || 0]);
}
