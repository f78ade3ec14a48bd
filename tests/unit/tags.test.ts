import {normalizeTagsFile} from '@docusaurus/utils-validation/lib/tagsFile.js';
import {describe, expect, it} from 'vitest';
import {kebabCases} from '../../plugins/blog/check/docusaurus/registries';
import type {PostInput} from '../../plugins/blog/check/context';
import {post, siteFacts} from '../helpers/post';
import type {TagEntry} from '../../plugins/blog/check/context';
import * as tagsModule from '../../plugins/blog/check/rules/tags';
import {checkTags, resolveTag} from '../../plugins/blog/check/rules/tags';

const registry = (labels: Record<string, string>): Map<string, TagEntry> =>
  new Map(Object.entries(labels).map(([key, label]) => [key, {key, label, permalink: `/${key}`}]));

const EN = registry({
  ai: 'AI',
  'open-source': 'Open source',
  deepseek: 'DeepSeek',
  blockchain: 'Blockchain',
  'decentralized-computing': 'Decentralized computing',
  web3: 'Web3',
});
// As the loader gives them: the locale's labels over the default registry's keys.
const AR = registry({
  ai: 'الذكاء الاصطناعي',
  'open-source': 'مفتوح المصدر',
  deepseek: 'DeepSeek',
  blockchain: 'البلوكشين',
  'decentralized-computing': 'الحوسبة اللامركزية',
  web3: 'الويب 3',
});
const FA = registry({ai: 'هوش مصنوعی', 'open-source': 'متن\u200Cباز', blockchain: 'بلاک‌چین'});
const HE = registry({ai: 'בינה מלאכותית', 'open-source': 'קוד פתוח'});

const site = siteFacts({
  locales: ['en', 'ar', 'fa', 'he', 'ja'],
  tags: {en: EN, ar: AR, fa: FA, he: HE, ja: new Map()},
});

const check = (p: PostInput) => checkTags(p, p.parsed.data!, site);
const withTags = (tags: string, locale = 'en') => post(`---\ntitle: A post\ntags: ${tags}\n---\n\nBody.\n`, locale);
/** A post's findings, each with the span it points at. */
const located = (p: PostInput) => check(p).map((f) => ({...f, ...p.parsed.locate(f.path, f.at)}));

interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}
/** What a rule finds on tags[index], and the span it points at where a test locates it. */
const finding = (rule: string, messageId: string) => (index: number, message: string, span?: Span) => ({
  rule,
  messageId,
  path: ['tags', index],
  message,
  ...span,
});
const unknown = finding('tag-unknown', 'unknown');
const repeats = finding('tag-duplicate', 'repeats');

describe('tags', () => {
  it('exports checkTags, resolveTag and nearestTag', () => {
    expect(Object.keys(tagsModule).sort()).toEqual([
      'checkTags',
      'nearestTag',
      'resolveTag',
      'tagDuplicate',
      'tagPermalinkUnsafe',
      'tagUnknown',
    ]);
  });
});

describe('resolveTag', () => {
  it('resolves a key, and a label in any case and spacing', () => {
    expect(resolveTag('open-source', EN)?.key).toBe('open-source');
    expect(resolveTag('Open source', EN)?.key).toBe('open-source');
    expect(resolveTag('  OPEN   SOURCE ', EN)?.key).toBe('open-source');
    expect(resolveTag('Deepseek', EN)?.key).toBe('deepseek');
    expect(resolveTag('open-sorce', EN)).toBeUndefined();
  });

  it("resolves the seed post's Arabic tags to their keys", () => {
    const seed = ['الذكاء الاصطناعي', 'مفتوح المصدر', 'DeepSeek', 'البلوكشين', 'الحوسبة اللامركزية'];
    expect(seed.map((tag) => resolveTag(tag, AR)?.key)).toEqual([
      'ai',
      'open-source',
      'deepseek',
      'blockchain',
      'decentralized-computing',
    ]);
    // Keys work in every locale.
    expect(resolveTag('ai', AR)).toEqual({key: 'ai', label: 'الذكاء الاصطناعي', permalink: '/ai'});
  });

  it('resolves Arabic spelling variants of a label', () => {
    expect(resolveTag('الذَّكَاءُ الاِصْطِنَاعِيُّ', AR)?.key).toBe('ai'); // harakat
    expect(resolveTag('الذكاء الإصطناعي', AR)?.key).toBe('ai'); // إ for ا
    expect(resolveTag('البلوكـــشين', AR)?.key).toBe('blockchain'); // tatweel
    expect(resolveTag('الحوسبه اللامركزيه', AR)?.key).toBe('decentralized-computing'); // ه for ة
    expect(resolveTag('البلوکشین', AR)?.key).toBe('blockchain'); // Persian kaf and yeh
    expect(resolveTag('الويب ٣', AR)?.key).toBe('web3'); // Arabic-Indic digit
    expect(resolveTag('الويب ۳', AR)?.key).toBe('web3'); // Extended Arabic-Indic digit
    expect(resolveTag('\u200Fمفتوح المصدر', AR)?.key).toBe('open-source'); // a pasted RLM
  });

  it('prefers a key over another tag whose label is spelled the same', () => {
    const tricky = registry({ai: 'Machine learning', ml: 'AI'});
    expect(resolveTag('AI', tricky)?.key).toBe('ai');
    expect(resolveTag('Machine Learning', tricky)?.key).toBe('ai');
  });

  it('sees a registry change as a new registry', () => {
    // The loader builds new maps on reload; the index is per map.
    expect(resolveTag('Quantum', registry({quantum: 'Quantum'}))?.key).toBe('quantum');
    expect(resolveTag('Quantum', EN)).toBeUndefined();
  });
});

describe('checkTags', () => {
  it('accepts the seed post in the Arabic blog', () => {
    const seed = post(
      [
        '---',
        'title: "ثورة DeepSeek مفتوحة المصدر: رؤى من قمة AI مغلقة الأبواب"',
        'tags: [الذكاء الاصطناعي, مفتوح المصدر, DeepSeek, البلوكشين, الحوسبة اللامركزية]',
        'keywords: [DeepSeek, قمة الذكاء الاصطناعي, الذكاء الاصطناعي مفتوح المصدر, Janus-Pro, ابتكار الذكاء الاصطناعي]',
        'authors: [lark]',
        '---',
        '',
        'النص.',
      ].join('\n'),
      'ar',
    );
    expect(check(seed)).toEqual([]);
  });

  it('accepts keys, labels and their variants', () => {
    expect(check(withTags('[ai, Open source, deepseek]'))).toEqual([]);
    expect(check(withTags('[الذَّكاء الاصطناعي, البلوکشین, الويب ٣, deepseek, open-source]', 'ar'))).toEqual([]);
  });

  it('reports a near-miss Latin tag with the nearest one, at its value', () => {
    expect(located(withTags('[ai, open-sorce, deepseek]'))).toEqual([
      unknown(
        1,
        'Tag "open-sorce" is not in tags.yml; did you mean "open-source" (Open source)? Use a key or label of tags.yml, or add the tag to blog/tags.yml.',
        {line: 3, column: 12, endLine: 3, endColumn: 22},
      ),
    ]);
  });

  it('locates a tag of a block list', () => {
    expect(located(post('---\ntitle: A post\ntags:\n  - ai\n  - deepseek\n  - Open sorce\n---\n'))).toEqual([
      unknown(
        2,
        'Tag "Open sorce" is not in tags.yml; did you mean "open-source" (Open source)? Use a key or label of tags.yml, or add the tag to blog/tags.yml.',
        {line: 6, column: 5, endLine: 6, endColumn: 15},
      ),
    ]);
  });

  it('shows the key alone when the label is the key in other case', () => {
    expect(check(withTags('[Deep-Seek]'))[0]!.message).toBe(
      'Tag "Deep-Seek" is not in tags.yml; did you mean "deepseek"? Use a key or label of tags.yml, or add the tag to blog/tags.yml.',
    );
  });

  it('reports a tag with no near one without a suggestion', () => {
    expect(check(withTags('[quantum]'))).toEqual([
      unknown(0, 'Tag "quantum" is not in tags.yml. Use a key or label of tags.yml, or add the tag to blog/tags.yml.'),
    ]);
  });

  it('reports a misspelt Arabic label with its key and label, and where a label goes', () => {
    expect(located(withTags('[مفتوح المصدر, الذكاء الصناعي]', 'ar'))).toEqual([
      unknown(
        1,
        'Tag "الذكاء الصناعي" is not in tags.yml; did you mean "ai" (الذكاء الاصطناعي)? Use a key of tags.yml or its label in i18n/ar/docusaurus-plugin-content-blog/tags.yml, or add the tag to blog/tags.yml with its label there.',
        {line: 3, column: 22, endLine: 3, endColumn: 36},
      ),
    ]);
  });

  it('does not take an English label for an Arabic one', () => {
    // The Arabic registry holds Arabic labels: "Open source" is neither a key nor a label there.
    expect(check(withTags('[Open source]', 'ar'))[0]!.message).toBe(
      'Tag "Open source" is not in tags.yml; did you mean "open-source" (مفتوح المصدر)? Use a key of tags.yml or its label in i18n/ar/docusaurus-plugin-content-blog/tags.yml, or add the tag to blog/tags.yml with its label there.',
    );
  });

  it('resolves a Persian label written with Arabic letters, and suggests for a spacing variant', () => {
    expect(check(withTags('[هوش مصنوعي, بلاكچين]', 'fa'))).toEqual([]);
    expect(check(withTags('[متن باز]', 'fa'))).toEqual([
      unknown(
        0,
        'Tag "متن باز" is not in tags.yml; did you mean "open-source" (متن\u200Cباز)? Use a key of tags.yml or its label in i18n/fa/docusaurus-plugin-content-blog/tags.yml, or add the tag to blog/tags.yml with its label there.',
      ),
    ]);
  });

  it('resolves a Hebrew label written with niqqud, and suggests for a misspelt one', () => {
    expect(check(withTags('[קוֹד פָּתוּחַ]', 'he'))).toEqual([]);
    expect(check(withTags('[בינה מלכותית]', 'he'))).toEqual([
      unknown(
        0,
        'Tag "בינה מלכותית" is not in tags.yml; did you mean "ai" (בינה מלאכותית)? Use a key of tags.yml or its label in i18n/he/docusaurus-plugin-content-blog/tags.yml, or add the tag to blog/tags.yml with its label there.',
      ),
    ]);
  });

  it('says so when there is no registry at all', () => {
    expect(check(withTags('[ai]', 'ja'))).toEqual([
      {
        rule: 'tag-unknown',
        messageId: 'noRegistry',
        path: ['tags', 0],
        message:
          'Tag "ai" is not in tags.yml: the blog has no tags.yml, or it lists no tags. Create blog/tags.yml with the blog\'s tags, or turn the rule "tag-unknown" off.',
      },
    ]);
    const unknownLocale = withTags('[ai]', 'xx');
    expect(check(unknownLocale)[0]!.rule).toBe('tag-unknown');
  });

  it('reports the same tag by key and by label at the second one', () => {
    expect(located(withTags('[ai, deepseek, AI]'))).toEqual([
      repeats(2, 'Tag "AI" repeats tags[0] ("ai"): both are the tag "ai". Remove one of them.', {
        line: 3,
        column: 22,
        endLine: 3,
        endColumn: 24,
      }),
    ]);
  });

  it('reports an Arabic label that repeats a key', () => {
    expect(check(withTags('[ai, الذكاء الإصطناعي]', 'ar'))).toEqual([
      repeats(1, 'Tag "الذكاء الإصطناعي" repeats tags[0] ("ai"): both are the tag "ai". Remove one of them.'),
    ]);
  });

  it('reports two spellings of one label', () => {
    expect(check(withTags('[Open source, open  SOURCE]'))).toEqual([
      repeats(
        1,
        'Tag "open  SOURCE" repeats tags[0] ("Open source"): both are the tag "open-source". Remove one of them.',
      ),
    ]);
  });

  it('reports a tag written twice the same way', () => {
    expect(check(withTags('[ai, ai]'))).toEqual([repeats(1, 'Tag "ai" repeats tags[0]. Remove one of them.')]);
  });

  it('reports an unknown tag once, and its repeat as a repeat', () => {
    expect(check(withTags('[quantum, Quantum]'))).toEqual([
      unknown(0, 'Tag "quantum" is not in tags.yml. Use a key or label of tags.yml, or add the tag to blog/tags.yml.'),
      repeats(1, 'Tag "Quantum" repeats tags[0] ("quantum"). Remove one of them.'),
    ]);
  });

  it('leaves types and empty items to the field rules', () => {
    expect(check(withTags('ai'))).toEqual([]);
    expect(check(withTags('{ai: 1}'))).toEqual([]);
    expect(check(withTags('[ai, 3, "", "  ", null, [x], deepseek]'))).toEqual([]);
    expect(check(post('---\ntitle: A post\n---\n'))).toEqual([]);
  });

  it('shortens a very long value in the message', () => {
    const long = 'x'.repeat(80);
    expect(check(withTags(`[${long}]`))[0]!.message).toBe(
      `Tag "${'x'.repeat(57)}…" is not in tags.yml. Use a key or label of tags.yml, or add the tag to blog/tags.yml.`,
    );
  });
});

describe("a tag's permalink made from its key", () => {
  it("is Docusaurus's own (lodash's kebabCase through normalizeTagsFile), the plain keys' quick way included", () => {
    let seed = 11;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const part = () =>
      Array.from({length: 1 + Math.floor(random() * 6)}, () => 'ab9z0'[Math.floor(random() * 5)]).join('');
    const keys = [
      't00001',
      'web3',
      'a1b',
      'open-source',
      'v2-release',
      'Open Source',
      'déjà-vu',
      'a_b',
      'aB',
      'الذكاء',
      ...Array.from({length: 300}, () => Array.from({length: 1 + Math.floor(random() * 3)}, part).join('-')),
    ];
    const docusaurus = normalizeTagsFile(Object.fromEntries(keys.map((key) => [key, null])));
    const ours = kebabCases(keys);
    for (const key of keys) expect(`/${ours.get(key)}`, key).toBe(docusaurus[key]!.permalink);
  });
});
