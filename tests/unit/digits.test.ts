import {describe, expect, it} from 'vitest';
import {pluralCategories, pluralForm, wholeNumber} from '../../plugins/blog/client/digits';
import {normalizeCheckerOptions} from '../../plugins/blog/check/options';
import {digitsOf} from '../../plugins/blog/plugin/setup';

// Pages print reading times, counts and years without building an
// Intl.NumberFormat; what they print must be what Intl would have printed.
const LANGUAGES = ['ar', 'fa', 'ur', 'he', 'ckb', 'ps', 'en', 'fr', 'de', 'hi'];
const SYSTEMS = ['latn', 'arab', 'arabext'];

describe('wholeNumber', () => {
  it('writes 0 to 999 as Intl.NumberFormat does, in every language and digit system', () => {
    for (const lang of LANGUAGES) {
      for (const digits of SYSTEMS) {
        const intl = new Intl.NumberFormat(`${lang}-u-nu-${digits}`);
        for (let n = 0; n <= 999; n++)
          expect(wholeNumber(n, digits, true), `${lang} ${digits} ${n}`).toBe(intl.format(n));
      }
    }
  });

  it('writes any whole number as Intl does without grouping (years)', () => {
    for (const lang of LANGUAGES) {
      for (const digits of SYSTEMS) {
        const intl = new Intl.NumberFormat(`${lang}-u-nu-${digits}`, {useGrouping: false});
        for (const n of [1000, 1999, 2025, 10000, 123456789, Number.MAX_SAFE_INTEGER])
          expect(wholeNumber(n, digits, false)).toBe(intl.format(n));
      }
    }
  });

  it('leaves to Intl what needs it: grouping, signs, fractions, other digit systems', () => {
    for (const n of [1000, 12345, -1, -0, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60])
      expect(wholeNumber(n, 'arab', true)).toBeUndefined();
    expect(wholeNumber(-5, 'latn', false)).toBeUndefined();
    expect(wholeNumber(5, 'deva', true)).toBeUndefined();
    expect(wholeNumber(5, 'arab', true)).toBe('٥');
  });
});

describe("a locale's digits", () => {
  it("are the language's own unless the digits option names them", () => {
    expect(digitsOf('fa', 'fa-IR', {})).toBe('arabext');
    expect(digitsOf('ar', 'ar', {})).toBe('latn');
    expect(digitsOf('en', 'en', {})).toBe('latn');
    expect(digitsOf('bn', 'bn', {})).toBe('beng');
    expect(digitsOf('ar', 'ar', {ar: 'arab'})).toBe('arab');
    expect(digitsOf('fa', 'fa', {fa: 'latn'})).toBe('latn');
  });

  it('are any numbering system Intl writes, and nothing else, in the option', () => {
    expect(normalizeCheckerOptions({digits: {hi: 'deva', th: 'thai'}}).digits).toEqual({hi: 'deva', th: 'thai'});
    expect(() => normalizeCheckerOptions({digits: {ar: 'arabic'}})).toThrow(/arabic\\?" is not a numbering system/);
  });
});

describe('pluralForm', () => {
  // Forms in Intl.PluralRules' categories, in Docusaurus's order (zero one two few many other).
  const pick = (message: string, lang: string, counts: number[]) => counts.map((n) => pluralForm(message, n, lang));

  it('orders the categories as Docusaurus reads the forms of a plural string', () => {
    expect(pluralCategories('ru')).toEqual(['one', 'few', 'many', 'other']);
    expect(pluralCategories('ar')).toEqual(['zero', 'one', 'two', 'few', 'many', 'other']);
    expect(pluralCategories('ja')).toEqual(['other']);
    expect(pluralCategories('en')).toEqual(['one', 'other']);
    expect(pluralCategories('fr')).toEqual(['one', 'many', 'other']);
  });

  it('gives Russian one, few and many', () => {
    expect(pick('one|few|many|other', 'ru', [1, 2, 5, 21, 11, 12, 0])).toEqual([
      'one',
      'few',
      'many',
      'one',
      'many',
      'many',
      'many',
    ]);
  });

  it('gives Arabic its six forms', () => {
    expect(pick('zero|one|two|few|many|other', 'ar', [0, 1, 2, 3, 11, 100])).toEqual([
      'zero',
      'one',
      'two',
      'few',
      'many',
      'other',
    ]);
  });

  it('gives Japanese its one form, and a one-form string to every count', () => {
    expect(pick('{count}件', 'ja', [0, 1, 2, 100])).toEqual(['{count}件', '{count}件', '{count}件', '{count}件']);
    expect(pick('other', 'ru', [1, 5])).toEqual(['other', 'other']);
  });

  it('takes the last form past the forms a string has, as Docusaurus does, and English rules for a tag Intl refuses', () => {
    // Arabic's zero is its first category: a two-form string is read as zero|other.
    expect(pick('one|other', 'ar', [0, 1, 2, 11])).toEqual(['one', 'other', 'other', 'other']);
    expect(pick('one|other', 'not a tag!', [1, 2])).toEqual(['one', 'other']);
  });
});
