/**
 * language-mismatch on a labeled set of 210 titles and descriptions in the 15
 * languages of the seed's blog (tests/fixtures/language/labeled.json, written
 * for this test). Each text is checked as a post in its own language (a
 * report is a false alarm) and as a post in a language a reader or a model
 * confuses it with, same script where there is one (a report is found).
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {francAll} from 'franc-min';
import {expressions} from 'franc-min/expressions.js';
import {expect, it} from 'vitest';
import {classes, identify, mismatchOf} from '../../plugins/blog/check/translations/identify';
import {NEUTRAL, trigramScores} from '../../plugins/blog/check/translations/trigrams';
import {ROOT} from '../helpers/site';

interface Labeled {
  lang: string;
  field: 'title' | 'description';
  text: string;
}

const LABELED: Labeled[] = JSON.parse(
  readFileSync(path.join(ROOT, 'tests/fixtures/language/labeled.json'), 'utf8'),
) as Labeled[];

/** The language each is checked against as a wrong one: Spanish, Portuguese and French; Indonesian and English; Persian and Arabic; Chinese and Japanese. */
const CONFUSED_WITH: Record<string, string> = {
  en: 'id',
  id: 'en',
  es: 'pt',
  pt: 'es',
  fr: 'es',
  tr: 'en',
  vi: 'en',
  ar: 'fa',
  fa: 'ar',
  zh: 'ja',
  ja: 'zh',
  ko: 'ja',
  ru: 'en',
  hi: 'en',
  th: 'en',
};

it('holds at least 200 titles and descriptions, in each of the 15 languages', () => {
  expect(LABELED.length).toBeGreaterThanOrEqual(200);
  expect(new Set(LABELED.map((l) => l.lang))).toEqual(new Set(Object.keys(CONFUSED_WITH)));
  for (const language of Object.keys(CONFUSED_WITH))
    for (const field of ['title', 'description'])
      expect(LABELED.filter((l) => l.lang === language && l.field === field).length).toBeGreaterThanOrEqual(5);
});

it('finds the wrong language with precision and recall of 0.95 or more, and names it', () => {
  let found = 0;
  let named = 0;
  let missed = 0;
  let falseAlarms = 0;
  for (const {lang, text} of LABELED) {
    const identified = identify(text);
    if (mismatchOf(identified, lang)) falseAlarms++;
    const mismatch = mismatchOf(identified, CONFUSED_WITH[lang]!);
    if (!mismatch) missed++;
    else {
      found++;
      if (mismatch.found === lang) named++;
    }
  }
  const precision = found / (found + falseAlarms);
  const recall = found / (found + missed);
  console.log(
    `language-mismatch on ${LABELED.length} labeled texts: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}, language named right ${(named / found).toFixed(3)} (${falseAlarms} false alarms, ${missed} missed)`,
  );
  expect(precision).toBeGreaterThanOrEqual(0.95);
  expect(recall).toBeGreaterThanOrEqual(0.95);
  expect(named / found).toBeGreaterThanOrEqual(0.95);
});

const ONLY = ['eng', 'spa', 'por', 'fra', 'deu', 'ita', 'tur', 'ind', 'vie', 'arb', 'pes', 'urd', 'rus', 'hin', 'tha'];

it("scores every text as franc does, to the bit, in franc's order", () => {
  const texts = LABELED.flatMap(({text}) => [
    text,
    text.slice(0, 12),
    `${text} DeepSeek R1, 2025: ${text.toUpperCase()}`,
    `--- ${text.slice(0, 20)} !!! ### ${text.slice(20)} ...`,
  ]);
  texts.push(
    '',
    'ab',
    'abc',
    '123 456',
    '   ',
    'مرحبا',
    'Привет, как дела у тебя сегодня',
    'नमस्ते दुनिया',
    'ภาษาไทย',
    '𠀋𠂉 中文的标题 😀 in a line',
    '\ud840 lone 中文 halves \udc00 of pairs',
    'An English line with مرحبا and 中文 and ß and ŉ in it, as some titles are',
    'Заголовок with Latin words and ελληνικά in a Cyrillic line of text',
  );
  for (const text of texts) expect(trigramScores(text, ONLY)).toEqual(francAll(text, {only: ONLY, minLength: 3}));
});

it("takes white space, ASCII digits and punctuation for no script of franc's", () => {
  const neutral = Array.from({length: 0x10000}, (_, code) => String.fromCharCode(code)).filter((c) =>
    new RegExp(NEUTRAL.source).test(c),
  );
  expect(neutral.length).toBeGreaterThan(60);
  for (const expression of Object.values(expressions))
    expect(neutral.filter((c) => new RegExp(expression.source).test(c))).toEqual([]);
});

it('counts letters, non-Latin and dense characters as the expressions do, every character of the plane and pairs too', () => {
  const count = (text: string, expression: RegExp) => text.match(expression)?.length ?? 0;
  const expected = (text: string) => ({
    letters: count(text, /[\p{L}\p{M}]/gu),
    nonLatin: count(text, /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/gu),
    dense: count(text, /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu),
  });
  const plane = Array.from({length: 0x10000}, (_, code) => String.fromCharCode(code)).filter(
    (c) => c < '\ud800' || c > '\udfff',
  );
  for (let i = 0; i < plane.length; i += 512) {
    const text = plane.slice(i, i + 512).join('');
    expect(classes(text)).toEqual(expected(text));
  }
  for (const text of [...LABELED.map((l) => l.text), '𠀋𠂉 中文 😀 DeepSeek', 'half \ud840 a pair', 'مرحبا 𞸀']) {
    expect(classes(text)).toEqual(expected(text));
    expect(classes(text)).toEqual(expected(text));
  }
});
