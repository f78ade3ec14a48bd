import {describe, expect, it} from 'vitest';
import type {PostInput} from '../../plugins/blog/check/context';
import {post, siteFacts} from '../helpers/post';
import * as keywordsModule from '../../plugins/blog/check/rules/keywords';
import {checkKeywords, MAX_KEYWORDS, MIN_KEYWORDS} from '../../plugins/blog/check/rules/keywords';
import {checkEmpty} from '../../plugins/blog/check/rules/fieldEmpty';

const site = siteFacts({
  locales: ['en', 'ar'],
});

const check = (p: PostInput) => checkKeywords(p, p.parsed.data!, site);
const withKeywords = (keywords: string, locale = 'en') =>
  post(`---\ntitle: A post\nkeywords: ${keywords}\n---\n\nBody.\n`, locale);
const list = (n: number) => `[${Array.from({length: n}, (_, i) => `keyword ${i + 1}`).join(', ')}]`;

describe('keywords', () => {
  it('exports checkKeywords and its limits', () => {
    expect(Object.keys(keywordsModule).sort()).toEqual([
      'MAX_KEYWORDS',
      'MIN_KEYWORDS',
      'checkKeywords',
      'keywordDuplicate',
      'keywordsCount',
    ]);
    expect([MIN_KEYWORDS, MAX_KEYWORDS]).toEqual([1, 15]);
  });
});

describe('checkKeywords', () => {
  it("accepts the seed post's Arabic keywords", () => {
    const p = withKeywords(
      '[DeepSeek, قمة الذكاء الاصطناعي, الذكاء الاصطناعي مفتوح المصدر, Janus-Pro, ابتكار الذكاء الاصطناعي]',
      'ar',
    );
    expect(check(p)).toEqual([]);
  });

  it('accepts 1 and 15 keywords', () => {
    expect(check(withKeywords(list(1)))).toEqual([]);
    expect(check(withKeywords(list(15)))).toEqual([]);
  });

  it('leaves an empty list to docusaurus-refused: Docusaurus refuses it', () => {
    expect(check(withKeywords('[]'))).toEqual([]);
  });

  it('reports more than 15 keywords', () => {
    expect(check(withKeywords(list(16)))).toEqual([
      {
        rule: 'keywords-count',
        messageId: 'tooMany',
        path: ['keywords'],
        message: '"keywords" has 16 items; 1 to 15 are useful. Keep the 15 most relevant and remove the rest.',
      },
    ]);
  });

  it('leaves an empty or blank keyword to field-empty, which reports it at its item', () => {
    const p = withKeywords('[DeepSeek, "", "   "]');
    expect(check(p)).toEqual([]);
    const findings = checkEmpty(p, p.parsed.data!, site);
    expect(findings).toEqual([
      {
        rule: 'field-empty',
        messageId: 'keywordBlank',
        path: ['keywords', 1],
        message: 'keywords[1] is empty. Remove it or write a keyword.',
      },
      {
        rule: 'field-empty',
        messageId: 'keywordBlank',
        path: ['keywords', 2],
        message: 'keywords[2] is empty. Remove it or write a keyword.',
      },
    ]);
    expect(p.parsed.locate(findings[1]!.path, findings[1]!.at)).toEqual({
      line: 3,
      column: 26,
      endLine: 3,
      endColumn: 31,
    });
  });

  it('leaves a keyword of invisible characters or marks only to field-empty', () => {
    const p = withKeywords('[DeepSeek, "\u200B", "ـــ"]');
    expect(check(p)).toEqual([]);
    expect(checkEmpty(p, p.parsed.data!, site)).toEqual([
      {
        rule: 'field-empty',
        messageId: 'keywordShowsNothing',
        path: ['keywords', 1],
        message:
          'keywords[1] shows nothing: it holds only invisible characters or marks. Remove it or write a keyword.',
      },
      {
        rule: 'field-empty',
        messageId: 'keywordShowsNothing',
        path: ['keywords', 2],
        message:
          'keywords[2] shows nothing: it holds only invisible characters or marks. Remove it or write a keyword.',
      },
    ]);
  });

  it('reports a keyword written twice the same way', () => {
    expect(check(withKeywords('[DeepSeek, Janus-Pro, DeepSeek]'))).toEqual([
      {
        rule: 'keyword-duplicate',
        messageId: 'repeats',
        path: ['keywords', 2],
        message: 'Keyword "DeepSeek" repeats keywords[0]. Remove one of them.',
      },
    ]);
  });

  it('reports keywords that differ in case and spacing only', () => {
    expect(check(withKeywords('[open source AI, Open  Source AI]'))).toEqual([
      {
        rule: 'keyword-duplicate',
        messageId: 'repeats',
        path: ['keywords', 1],
        message: 'Keyword "Open  Source AI" repeats keywords[0] ("open source AI"). Remove one of them.',
      },
    ]);
  });

  it('reports Arabic keywords that differ in hamza, harakat or Persian letters only, at the later one', () => {
    const p = withKeywords('[الذكاء الاصطناعي, DeepSeek, الذكاء الإصطناعي, الذَّكَاء الاصطناعي, الذکاء الاصطناعی]', 'ar');
    const findings = check(p);
    expect(findings).toEqual([
      {
        rule: 'keyword-duplicate',
        messageId: 'repeats',
        path: ['keywords', 2],
        message: 'Keyword "الذكاء الإصطناعي" repeats keywords[0] ("الذكاء الاصطناعي"). Remove one of them.',
      },
      {
        rule: 'keyword-duplicate',
        messageId: 'repeats',
        path: ['keywords', 3],
        message: 'Keyword "الذَّكَاء الاصطناعي" repeats keywords[0] ("الذكاء الاصطناعي"). Remove one of them.',
      },
      {
        rule: 'keyword-duplicate',
        messageId: 'repeats',
        path: ['keywords', 4],
        message: 'Keyword "الذکاء الاصطناعی" repeats keywords[0] ("الذكاء الاصطناعي"). Remove one of them.',
      },
    ]);
    expect(p.parsed.locate(findings[0]!.path, findings[0]!.at)).toEqual({
      line: 3,
      column: 40,
      endLine: 3,
      endColumn: 56,
    });
  });

  it('reports keywords that differ in their digit system only', () => {
    expect(check(withKeywords('[الويب 3, الويب ٣]', 'ar'))).toEqual([
      {
        rule: 'keyword-duplicate',
        messageId: 'repeats',
        path: ['keywords', 1],
        message: 'Keyword "الويب ٣" repeats keywords[0] ("الويب 3"). Remove one of them.',
      },
    ]);
  });

  it('counts too many keywords and reports repeats in the same pass', () => {
    const findings = check(withKeywords(`[${Array.from({length: 16}, () => 'same').join(', ')}]`));
    expect(findings[0]!.rule).toBe('keywords-count');
    expect(findings.filter((f) => f.rule === 'keyword-duplicate')).toHaveLength(15);
  });

  it('leaves other types to the field rules', () => {
    expect(check(withKeywords('DeepSeek'))).toEqual([]);
    expect(check(withKeywords('[DeepSeek, 3, null]'))).toEqual([]);
    expect(check(post('---\ntitle: A post\n---\n'))).toEqual([]);
  });

  it('shortens a very long keyword in the message', () => {
    const long = 'y'.repeat(70);
    expect(check(withKeywords(`[${long}, ${long}]`))[0]!.message).toBe(
      `Keyword "${'y'.repeat(57)}…" repeats keywords[0]. Remove one of them.`,
    );
  });
});
