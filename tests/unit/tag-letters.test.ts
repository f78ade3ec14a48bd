import {describe, expect, it} from 'vitest';
import {tagLetter, tagsByLetter} from '../../plugins/blog/client/tagLetters';

describe('tags index letters', () => {
  it('files an Arabic tag under its first letter after the definite article', () => {
    expect(tagLetter('الذكاء الاصطناعي')).toBe('ذ');
    expect(tagLetter('البلوكشين')).toBe('ب');
    expect(tagLetter('التدويل')).toBe('ت');
    // A word that only starts like the article keeps its first letter.
    expect(tagLetter('الف')).toBe('ا');
  });

  it('files alef and hamza forms and harakat under one letter', () => {
    expect(tagLetter('أمن')).toBe('ا');
    expect(tagLetter('إنترنت')).toBe('ا');
    expect(tagLetter('آلة')).toBe('ا');
    expect(tagLetter('مَفتوح المصدر')).toBe('م');
  });

  it('keeps Latin tags under their capital letter', () => {
    expect(tagLetter('DeepSeek')).toBe('D');
    expect(tagLetter('open source')).toBe('O');
  });

  it('sorts letters and the tags of a letter as the page language does, ignoring the article', () => {
    const tags = ['الويب', 'وسم', 'الذكاء الاصطناعي', 'DeepSeek', 'أمن', 'البلوكشين', 'بيانات'].map((label) => ({
      label,
    }));
    expect(tagsByLetter(tags, 'ar').map(({letter, tags: group}) => [letter, group.map((t) => t.label)])).toEqual([
      ['ا', ['أمن']],
      ['ب', ['البلوكشين', 'بيانات']],
      ['ذ', ['الذكاء الاصطناعي']],
      ['و', ['وسم', 'الويب']],
      ['D', ['DeepSeek']],
    ]);
  });
});
