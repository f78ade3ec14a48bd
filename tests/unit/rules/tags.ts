/**
 * Tags against the base site's tags.yml (ai, open-source, deepseek, blockchain,
 * decentralized-computing) and, in the Arabic blog, their Arabic labels from
 * i18n/ar/docusaurus-plugin-content-blog/tags.yml.
 */
import type {RuleTable} from '../../helpers/ruleTester';

export const tags: RuleTable = {
  'tag-unknown': {
    valid: [
      {
        name: 'every key of tags.yml',
        frontMatter: `
          title: "A post for the tests"
          description: A post written for the checker's tests, long enough to be a real description.
          tags: [ai, open-source, deepseek, blockchain, decentralized-computing]
          authors: [lark]
        `,
      },
      {
        name: 'Arabic labels, in the Arabic blog',
        locale: 'ar',
        frontMatter: `
          title: "مقال للاختبارات"
          description: مقال كُتب لاختبارات المدقق، وهو طويل بما يكفي ليكون وصفًا حقيقيًا للمقال.
          tags: [الذكاء الاصطناعي, مفتوح المصدر, DeepSeek, البلوكشين, الحوسبة اللامركزية]
          authors: [lark]
        `,
        body: `
          نص المقال.
        `,
      },
      {
        name: 'labels instead of keys',
        frontMatter: `
          title: "A post for the tests"
          description: A post written for the checker's tests, long enough to be a real description.
          tags: [Open source, AI]
          authors: [lark]
        `,
      },
    ],
    invalid: [
      {
        name: 'a misspelt key',
        frontMatter: `
          title: "A post for the tests"
          description: A post written for the checker's tests, long enough to be a real description.
          tags: [ai, open-sorce, deepseek]
          authors: [lark]
        `,
        errors: [
          {
            rule: 'tag-unknown',
            line: 4,
            column: 12,
            endLine: 4,
            endColumn: 22,
            field: 'tags[1]',
            message:
              'Tag "open-sorce" is not in tags.yml; did you mean "open-source" (Open source)? Use a key or label of tags.yml, or add the tag to blog/tags.yml.',
          },
        ],
      },
      {
        name: 'a label that is not in the Arabic tags.yml',
        locale: 'ar',
        frontMatter: `
          title: "مقال للاختبارات"
          description: مقال كُتب لاختبارات المدقق، وهو طويل بما يكفي ليكون وصفًا حقيقيًا للمقال.
          tags: [الذكاء الصناعي, مفتوح المصدر, DeepSeek]
          authors: [lark]
        `,
        body: `
          نص المقال.
        `,
        errors: [
          {
            rule: 'tag-unknown',
            line: 4,
            column: 8,
            endLine: 4,
            endColumn: 22,
            field: 'tags[0]',
            message:
              'Tag "الذكاء الصناعي" is not in tags.yml; did you mean "ai" (الذكاء الاصطناعي)? Use a key of tags.yml or its label in i18n/ar/docusaurus-plugin-content-blog/tags.yml, or add the tag to blog/tags.yml with its label there.',
          },
        ],
      },
    ],
  },
  'tag-permalink-unsafe': {
    valid: [
      {
        name: 'a tag written out with a path of its own',
        frontMatter: `
          title: "A post for the tests"
          description: A post written for the checker's tests, long enough to be a real description.
          tags: [ai, {label: Releases, permalink: /releases}]
          authors: [lark]
        `,
      },
    ],
    invalid: [
      {
        name: 'a permalink that climbs out of the build folder',
        frontMatter: `
          title: "A post for the tests"
          description: A post written for the checker's tests, long enough to be a real description.
          tags: [ai, {label: Out, permalink: ../../out}]
          authors: [lark]
        `,
        errors: [
          {
            rule: 'tag-permalink-unsafe',
            line: 4,
            column: 36,
            field: 'tags[1].permalink',
            message:
              'The tag\'s permalink is "../../out", which climbs up with "..": Docusaurus joins it to the build folder as it is, so the page would be written outside the site. Write a path without "..", such as /my-post.',
          },
        ],
      },
    ],
  },
  'tag-duplicate': {
    valid: [
      {
        name: 'two tags',
        frontMatter: `
          title: "A post for the tests"
          description: A post written for the checker's tests, long enough to be a real description.
          tags: [ai, open-source]
          authors: [lark]
        `,
      },
      {
        name: 'two labels, in the Arabic blog',
        locale: 'ar',
        frontMatter: `
          title: "مقال للاختبارات"
          description: مقال كُتب لاختبارات المدقق، وهو طويل بما يكفي ليكون وصفًا حقيقيًا للمقال.
          tags: [الذكاء الاصطناعي, مفتوح المصدر]
          authors: [lark]
        `,
        body: `
          نص المقال.
        `,
      },
    ],
    invalid: [
      {
        name: 'a key again in capitals',
        frontMatter: `
          title: "A post for the tests"
          description: A post written for the checker's tests, long enough to be a real description.
          tags: [ai, open-source, AI]
          authors: [lark]
        `,
        errors: [
          {
            rule: 'tag-duplicate',
            line: 4,
            column: 25,
            endLine: 4,
            endColumn: 27,
            field: 'tags[2]',
            message: 'Tag "AI" repeats tags[0] ("ai"): both are the tag "ai". Remove one of them.',
          },
        ],
      },
      {
        name: 'a label and its key, in the Arabic blog',
        locale: 'ar',
        frontMatter: `
          title: "مقال للاختبارات"
          description: مقال كُتب لاختبارات المدقق، وهو طويل بما يكفي ليكون وصفًا حقيقيًا للمقال.
          tags: [الذكاء الاصطناعي, مفتوح المصدر, ai]
          authors: [lark]
        `,
        body: `
          نص المقال.
        `,
        errors: [
          {
            rule: 'tag-duplicate',
            line: 4,
            column: 40,
            endLine: 4,
            endColumn: 42,
            field: 'tags[2]',
            message: 'Tag "ai" repeats tags[0] ("الذكاء الاصطناعي"): both are the tag "ai". Remove one of them.',
          },
        ],
      },
      {
        name: 'a key and its label',
        frontMatter: `
          title: "A post for the tests"
          description: A post written for the checker's tests, long enough to be a real description.
          tags: [open-source, Open source]
          authors: [lark]
        `,
        errors: [
          {
            rule: 'tag-duplicate',
            line: 4,
            column: 21,
            endLine: 4,
            endColumn: 32,
            field: 'tags[1]',
            message:
              'Tag "Open source" repeats tags[0] ("open-source"): both are the tag "open-source". Remove one of them.',
          },
        ],
      },
    ],
  },
};
