/**
 * What the blog plugin of Docusaurus refuses to load: an error at the field,
 * unless another rule already reports an error there (its message says more).
 */
import type {RuleTable} from '../../helpers/ruleTester';

const HEAD = `
  title: "A post for the tests"
  description: A post written for the checker's tests, long enough to be a real description.
  tags: [ai]
  authors: [lark]`;

/** The base front matter (lines 2–5) with `extra` after it, from line 6. */
const post = (extra: string) => `${HEAD}\n${extra}\n`;

export const docusaurus: RuleTable = {
  'docusaurus-refused': {
    valid: [
      {
        name: 'keywords, a toc range, last_update and visibility Docusaurus accepts',
        frontMatter: post(
          `  keywords: [DeepSeek]\n  toc_min_heading_level: 2\n  toc_max_heading_level: 4\n  last_update: {date: 2025-01-02, author: Lark}\n  unlisted: true`,
        ),
      },
      {name: 'a draft "yes": field-type says it, once', frontMatter: post(`  draft: 'yes'`)},
      {name: 'an empty keyword: field-empty says it, once', frontMatter: post(`  keywords: [DeepSeek, '']`)},
      {name: 'a date that is no date: date-invalid says it, once', frontMatter: post(`  date: not a day`)},
      {
        // js-yaml, Docusaurus's reader, makes these unquoted timestamps Dates; quoted, Joi cannot read them.
        name: 'timestamps with a one-digit month and day, or an offset past a day, written unquoted',
        frontMatter: post(`  date: 2025-1-1T10:00:00Z`),
      },
      {name: 'an offset of 25 hours, unquoted', frontMatter: post(`  date: 2025-06-01T10:00:00+25:00`)},
    ],
    invalid: [
      {
        name: 'JSON front matter (---json), which Docusaurus reads: its fields are checked and located',
        source: [
          '---json',
          '{',
          '  "title": "A post in JSON",',
          '  "keywords": []',
          '}',
          '---',
          '',
          'The body of the post.',
          '',
        ].join('\n'),
        errors: [
          {
            rule: 'docusaurus-refused',
            line: 4,
            column: 15,
            field: 'keywords',
            message: '"keywords" is an empty list, which Docusaurus refuses',
          },
        ],
      },
      {
        name: 'an empty keywords list',
        frontMatter: post(`  keywords: []`),
        errors: [
          {
            rule: 'docusaurus-refused',
            line: 6,
            column: 11,
            field: 'keywords',
            message: '"keywords" is an empty list, which Docusaurus refuses',
          },
        ],
      },
      {
        name: 'a draft that is also unlisted',
        frontMatter: post(`  draft: true\n  unlisted: true`),
        errors: [
          {
            rule: 'docusaurus-refused',
            line: 7,
            column: 11,
            field: 'unlisted',
            message: '"draft" and "unlisted" cannot both be true',
          },
        ],
      },
      {
        name: 'a toc minimum above its maximum',
        frontMatter: post(`  toc_min_heading_level: 4\n  toc_max_heading_level: 3`),
        errors: [
          {
            rule: 'docusaurus-refused',
            line: 6,
            column: 24,
            field: 'toc_min_heading_level',
            message: 'is above "toc_max_heading_level" (3)',
          },
        ],
      },
      {
        name: 'an empty slug',
        frontMatter: post(`  slug: ''`),
        errors: [{rule: 'docusaurus-refused', line: 6, column: 7, field: 'slug', message: '"slug" is empty text ("")'}],
      },
      {
        name: 'an empty id',
        frontMatter: post(`  id: ''`),
        errors: [{rule: 'docusaurus-refused', line: 6, column: 5, field: 'id', message: '"id" is empty text ("")'}],
      },
      {
        name: 'an empty last_update',
        frontMatter: post(`  last_update: {}`),
        errors: [
          {
            rule: 'docusaurus-refused',
            line: 6,
            column: 14,
            field: 'last_update',
            message: 'has neither "author" nor "date"',
          },
        ],
      },
      {
        name: 'a last_update with only an unknown key',
        frontMatter: post(`  last_update: {by: Lark}`),
        errors: [{rule: 'docusaurus-refused', line: 6, column: 14}],
      },
      {
        name: 'a last_update date that is no date',
        frontMatter: post(`  last_update: {date: '2011-10-45'}`),
        errors: [{rule: 'docusaurus-refused', line: 6, column: 21, field: 'last_update.date'}],
      },
      {
        name: 'authors next to a legacy author field',
        frontMatter: post(`  author: Lark`),
        errors: [
          {
            rule: 'docusaurus-refused',
            line: 6,
            column: 1,
            field: 'author',
            message: '"authors" and the older author field "author" cannot be used together',
          },
        ],
      },
      {
        name: 'an empty legacy author field',
        frontMatter: `
          title: "A post for the tests"
          description: A post written for the checker's tests, long enough to be a real description.
          tags: [ai]
          author: ''
        `,
        errors: [
          {rule: 'docusaurus-refused', line: 5, column: 9, field: 'author', message: '"author" is empty text ("")'},
        ],
      },
      {
        name: 'an image whose path holds a space',
        frontMatter: post(`  image: ./img/my card.png`),
        errors: [{rule: 'docusaurus-refused', line: 6, column: 8, field: 'image', message: 'it holds a space'}],
      },
      {
        name: 'an image whose path holds Arabic letters',
        frontMatter: post(`  image: ./img/بطاقة.png`),
        errors: [
          {
            rule: 'docusaurus-refused',
            line: 6,
            column: 8,
            field: 'image',
            message: 'a character URLs must percent-encode',
          },
        ],
      },
    ],
  },
};
