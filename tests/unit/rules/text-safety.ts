/**
 * Characters that change what readers see: bidi controls and invisible ones.
 * The template literals' \u escapes are JavaScript's: the post's file holds the
 * characters themselves, as a pasted text would, and columns count them as one.
 */
import type {RuleTable} from '../../helpers/ruleTester';

export const textSafety: RuleTable = {
  'text-bidi-control': {
    valid: [
      {
        name: 'marks and a closed isolate',
        frontMatter: `
          title: "Marks are fine: \u200FRTL\u200F and \u2066isolated\u2069 text"
          description: A post written for the checker's tests, long enough to be a real description.
          tags: [ai]
          authors: [lark]
        `,
      },
    ],
    invalid: [
      {
        name: 'an override, and an isolate never closed',
        frontMatter: `
          title: "Access level: \u202Euser\u202C admin"
          description: "A post written for the checker's tests, long enough to be a real description. \u2067unclosed isolate"
          tags: [ai]
          authors: [lark]
        `,
        errors: [
          {
            rule: 'text-bidi-control',
            line: 2,
            column: 8,
            endLine: 2,
            endColumn: 36,
            field: 'title',
            message:
              '"title" holds U+202E (RIGHT-TO-LEFT OVERRIDE) at character 15, which reorders what readers see. Remove it; a left-to-right or right-to-left mark (U+200E, U+200F) or a balanced isolate is safe.',
          },
          {
            rule: 'text-bidi-control',
            line: 3,
            column: 14,
            endLine: 3,
            endColumn: 111,
            field: 'description',
            message:
              '"description" opens 1 bidi isolate never closed by U+2069 (POP DIRECTIONAL ISOLATE), so the text after it is reordered. Close or remove it.',
          },
        ],
      },
    ],
  },
  'text-invisible': {
    valid: [
      {
        name: 'a zero-width non-joiner inside a Persian word',
        frontMatter: `
          title: "A post for the tests"
          description: A post written for the checker's tests, long enough to be a real description.
          tags: [ai]
          authors: [lark]
          keywords: ["می\u200Cخواهم", "AI"]
        `,
      },
    ],
    invalid: [
      {
        name: 'zero-width characters in a tag and an author',
        frontMatter: `
          title: "A post for the tests"
          description: A post written for the checker's tests, long enough to be a real description.
          tags: ["a\u200Bi"]
          authors: ["la\u200Drk"]
        `,
        errors: [
          {
            rule: 'text-invisible',
            line: 4,
            column: 8,
            endLine: 4,
            endColumn: 13,
            field: 'tags[0]',
            message:
              '"tags[0]" holds U+200B (ZERO WIDTH SPACE) at character 2, an invisible character: the value looks like another one but differs from it. Remove it.',
          },
          {
            rule: 'author-unknown',
            line: 5,
            column: 11,
            endLine: 5,
            endColumn: 18,
            field: 'authors[0]',
            message: 'Author "la\u200Drk" is the key "lark" with invisible characters in it. Retype it as "lark".',
          },
          {
            rule: 'text-invisible',
            line: 5,
            column: 11,
            endLine: 5,
            endColumn: 18,
            field: 'authors[0]',
            message:
              '"authors[0]" holds U+200D (ZERO WIDTH JOINER) at character 3, an invisible character: the value looks like another one but differs from it. Remove it.',
          },
        ],
      },
    ],
  },
};
