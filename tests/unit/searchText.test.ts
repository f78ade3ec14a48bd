/** The text search compares: the same form for the index and the query. */
import {describe, expect, it} from 'vitest';
import {searchText} from '../../plugins/blog/i18n/searchText';

describe('searchText', () => {
  it.each([
    ['harakat and tatweel', 'الذَّكَاءُ الاصْطِنَاعِيُّ', 'ذكاء اصطناعي'],
    ['tatweel', 'مكـــتبة', 'مكتبه'],
    ['alef and hamza forms', 'إدارة أخبار آمنة', 'اداره اخبار امنه'],
    ['taa marbuta and alef maqsura', 'مكتبة مستشفى', 'مكتبه مستشفي'],
    ['Arabic-Indic and Persian digits', '٢٠٢٥ ۳۰۰', '2025 300'],
    ['Latin case', 'DeepSeek AI', 'deepseek ai'],
    ['the article', 'الذكاء', 'ذكاء'],
    ['the article after و، ف، ب، ك', 'والذكاء فالكتاب بالقلم كالبحر', 'ذكاء كتاب قلم بحر'],
    ['ل on the article', 'للكتاب', 'كتاب'],
    ['the article after punctuation', '(الذكاء)', '(ذكاء)'],
  ])('folds %s', (_, text, folded) => {
    expect(searchText(text)).toBe(folded);
  });

  it('keeps words that only start like the article', () => {
    expect(searchText('الا اله والي')).toBe('الا اله والي');
  });

  it('keeps the spaces between words, which Pagefind splits on', () => {
    expect(searchText('a  b\nc')).toBe('a  b\nc');
  });
});
