import {describe, expect, it} from 'vitest';
import * as arabic from '../../plugins/blog/i18n/arabic';
import {distance} from 'fastest-levenshtein';
import {nearest, normalizeForMatch} from '../../plugins/blog/i18n/arabic';

describe('arabic', () => {
  it('exports normalizeForMatch and nearest', () => {
    expect(Object.keys(arabic).sort()).toEqual(['nearest', 'normalizeForMatch']);
  });
});

describe('normalizeForMatch', () => {
  it('removes harakat, shadda, sukun and superscript alef', () => {
    expect(normalizeForMatch('الذَّكَاءُ الاِصْطِنَاعِيُّ')).toBe('الذكاء الاصطناعي');
    expect(normalizeForMatch('هٰذا')).toBe('هذا');
    expect(normalizeForMatch('كِتَابٌ')).toBe('كتاب');
  });

  it('removes tatweel', () => {
    expect(normalizeForMatch('البلوكـــشين')).toBe('البلوكشين');
  });

  it('removes Quranic annotation marks', () => {
    expect(normalizeForMatch('الرَّحِيمِۖ')).toBe('الرحيم');
    expect(normalizeForMatch('محمد\u0610')).toBe('محمد');
  });

  it('unifies the alef forms', () => {
    for (const alef of ['أ', 'إ', 'آ', 'ٱ']) expect(normalizeForMatch(`${alef}لف`)).toBe('الف');
    expect(normalizeForMatch('الذكاء الإصطناعي')).toBe(normalizeForMatch('الذكاء الاصطناعي'));
  });

  it('folds an alef followed by a separate hamza mark (decomposed input)', () => {
    expect(normalizeForMatch('\u0627\u0654حمد')).toBe('احمد');
    expect(normalizeForMatch('\u0627\u0655سلام')).toBe('اسلام');
  });

  it('folds hamza on waw and on ya', () => {
    expect(normalizeForMatch('مؤتمر')).toBe('موتمر');
    expect(normalizeForMatch('رئيس')).toBe('رييس');
  });

  it('folds taa marbuta to ha and alef maqsura to ya', () => {
    expect(normalizeForMatch('الحوسبة اللامركزية')).toBe(normalizeForMatch('الحوسبه اللامركزيه'));
    expect(normalizeForMatch('مستوى')).toBe('مستوي');
  });

  it('folds Persian and Urdu letters into the Arabic ones', () => {
    expect(normalizeForMatch('البلوکشین')).toBe('البلوكشين');
    expect(normalizeForMatch('ڪتاب')).toBe('كتاب');
    expect(normalizeForMatch('خانۀ')).toBe('خانه');
    expect(normalizeForMatch('ہے')).toBe('هي');
    expect(normalizeForMatch('ۓ')).toBe('ي');
    expect(normalizeForMatch('ھو')).toBe('هو');
  });

  it('turns Arabic-Indic and Extended Arabic-Indic digits into Latin digits', () => {
    expect(normalizeForMatch('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789');
    expect(normalizeForMatch('۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789');
    expect(normalizeForMatch('ويب ٣')).toBe('ويب 3');
  });

  it('removes zero-width characters and directional marks', () => {
    expect(normalizeForMatch('open\u200Bsource')).toBe('opensource');
    expect(normalizeForMatch('a\u200Cb\u200Dc\u2060d\uFEFFe')).toBe('abcde');
    expect(normalizeForMatch('\u200Fمفتوح المصدر\u200E')).toBe('مفتوح المصدر');
  });

  it('applies NFKC: presentation forms, ligatures, full-width letters', () => {
    expect(normalizeForMatch('ﻻ')).toBe('لا');
    expect(normalizeForMatch('ﺍﻟﺬﻛﺎﺀ')).toBe('الذكاء');
    expect(normalizeForMatch('ＡＩ')).toBe('ai');
    expect(normalizeForMatch('ﬁle')).toBe('file');
  });

  it('case-folds, trims and collapses whitespace', () => {
    expect(normalizeForMatch('  Open \t  Source\n')).toBe('open source');
    expect(normalizeForMatch('STRASSE')).toBe(normalizeForMatch('Straße'));
    expect(normalizeForMatch('ΟΔΟΣ')).toBe(normalizeForMatch('οδος'));
    expect(normalizeForMatch('مفتوح\u00A0المصدر')).toBe('مفتوح المصدر');
  });

  it('removes Hebrew niqqud but keeps the maqaf', () => {
    expect(normalizeForMatch('קוֹד פָּתוּחַ')).toBe('קוד פתוח');
    expect(normalizeForMatch('בֵּית־סֵפֶר')).toBe('בית־ספר');
  });

  it('leaves letters that are different words alone', () => {
    // گ (gaf) is not ك (kaf); ء (lone hamza) stays.
    expect(normalizeForMatch('گ')).not.toBe(normalizeForMatch('ك'));
    expect(normalizeForMatch('ماء')).toBe('ماء');
    expect(normalizeForMatch('DeepSeek')).toBe('deepseek');
  });
});

describe('nearest', () => {
  const tags = ['ai', 'open-source', 'deepseek', 'blockchain', 'decentralized-computing'];

  it('finds a near-miss Latin spelling', () => {
    expect(nearest('open-sorce', tags)).toBe('open-source');
    expect(nearest('Deep Seek', tags)).toBe('deepseek');
    expect(nearest('blokchain', tags)).toBe('blockchain');
  });

  it('returns the original spelling of the candidate', () => {
    expect(nearest('open sorce', ['Open Source'])).toBe('Open Source');
    expect(nearest('الذكاء الصناعي', ['الذَّكاء الاصطناعي'])).toBe('الذَّكاء الاصطناعي');
  });

  it('compares after Arabic normalization', () => {
    // Equal once normalized (إ/ا, ى/ي), so at distance 0.
    expect(nearest('الذكاء الإصطناعى', ['الذكاء الاصطناعي', 'مفتوح المصدر'])).toBe('الذكاء الاصطناعي');
    expect(nearest('البلوکچین', ['البلوكشين', 'تطوير الويب'])).toBe('البلوكشين');
  });

  it('finds nothing when no candidate is close', () => {
    expect(nearest('quantum', tags)).toBeUndefined();
    expect(nearest('الكم', ['الذكاء الاصطناعي', 'مفتوح المصدر'])).toBeUndefined();
    expect(nearest('anything', [])).toBeUndefined();
    expect(nearest('', tags)).toBeUndefined();
  });

  it('gives what comparing every candidate gives, comparing only those of a length within reach', () => {
    /** The same choice, every candidate's distance computed. */
    const everyCandidate = (value: string, candidates: string[]) => {
      const target = normalizeForMatch(value);
      let best: string | undefined;
      let bestDistance = Infinity;
      let bestLength = 0;
      for (const candidate of candidates) {
        const d = distance(target, normalizeForMatch(candidate));
        if (d < bestDistance) [best, bestDistance, bestLength] = [candidate, d, normalizeForMatch(candidate).length];
      }
      const limit = target.length <= 3 ? 1 : Math.max(2, Math.floor(target.length * 0.4));
      return bestDistance <= limit && bestDistance < Math.max(target.length, bestLength) ? best : undefined;
    };
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const word = () =>
      Array.from({length: 1 + Math.floor(random() * 14)}, () => 'abcdeاب'[Math.floor(random() * 7)]).join('');
    for (let i = 0; i < 300; i++) {
      const candidates = Array.from({length: 1 + Math.floor(random() * 30)}, word);
      const value = word();
      expect(nearest(value, candidates), `${value} among ${candidates.join(' ')}`).toBe(
        everyCandidate(value, candidates),
      );
    }
  });

  it('suggests nothing for a value over 100 characters: no tag is mistyped that long', () => {
    const long = 'a'.repeat(101);
    expect(nearest(long, [`${'a'.repeat(100)}b`])).toBeUndefined();
    expect(nearest(long.slice(1), [`${'a'.repeat(99)}b`])).toBe(`${'a'.repeat(99)}b`);
  });

  it('is strict with short values', () => {
    expect(nearest('a', ['ai'])).toBe('ai');
    expect(nearest('xy', ['ai'])).toBeUndefined();
    expect(nearest('abc', ['ai'])).toBeUndefined();
  });

  it('allows 40 % of the length in edits', () => {
    // 10 characters: 4 edits are close enough, 5 are not.
    expect(nearest('abcdefghij', ['abcdefwxyz'])).toBe('abcdefwxyz');
    expect(nearest('abcdefghij', ['abcdevwxyz'])).toBeUndefined();
  });

  it('prefers the first of equally near candidates', () => {
    expect(nearest('lirk', ['lark', 'lurk'])).toBe('lark');
  });
});
