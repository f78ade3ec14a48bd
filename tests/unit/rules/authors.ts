/** Authors against the base site's authors.yml (lark, ada). */
import type {RuleTable} from '../../helpers/ruleTester';

export const authors: RuleTable = {
  'author-unknown': {
    valid: [
      {
        name: 'one author, not in a list',
        frontMatter: `
          title: "Another post for the tests"
          description: A post written for the checker's tests, long enough to be a real description.
          tags: [ai]
          authors: lark
        `,
      },
      {
        name: 'two authors',
        frontMatter: `
          title: "A post for the tests"
          description: A post written for the checker's tests, long enough to be a real description.
          tags: [ai]
          authors: [lark, ada]
        `,
      },
    ],
    invalid: [
      {
        name: 'a Cyrillic letter in a Latin key',
        frontMatter: `
          title: "Another post for the tests"
          description: A post written for the checker's tests, long enough to be a real description.
          tags: [ai]
          authors: [l\u0430rk]
        `,
        errors: [
          {
            rule: 'author-unknown',
            line: 5,
            column: 11,
            endLine: 5,
            endColumn: 15,
            field: 'authors[0]',
            message:
              'Author "l\u0430rk" contains non-ASCII look-alike characters (U+0430 at character 2); did you mean "lark"? Retype the key in plain ASCII.',
          },
        ],
      },
      {
        name: 'a misspelt key',
        frontMatter: `
          title: "A post for the tests"
          description: A post written for the checker's tests, long enough to be a real description.
          tags: [ai]
          authors: [ada, lrak]
        `,
        errors: [
          {
            rule: 'author-unknown',
            line: 5,
            column: 16,
            endLine: 5,
            endColumn: 20,
            field: 'authors[1]',
            message:
              'Author "lrak" is not in authors.yml; did you mean "lark"? Use a key of authors.yml (lark, ada), or add the author to blog/authors.yml.',
          },
        ],
      },
      {
        name: "an author's name instead of the key",
        frontMatter: `
          title: "A post for the tests"
          description: A post written for the checker's tests, long enough to be a real description.
          tags: [ai]
          authors: [Ada Lovelace]
        `,
        errors: [
          {
            rule: 'author-unknown',
            line: 5,
            column: 11,
            endLine: 5,
            endColumn: 23,
            field: 'authors[0]',
            message: 'Author "Ada Lovelace" is the name of "ada" in authors.yml, not a key. Write "ada".',
          },
        ],
      },
    ],
  },
  'author-duplicate': {
    valid: [
      {
        name: 'two authors',
        frontMatter: `
          title: "A post for the tests"
          description: A post written for the checker's tests, long enough to be a real description.
          tags: [ai]
          authors: [lark, ada]
        `,
      },
    ],
    invalid: [
      {
        name: 'an author twice',
        frontMatter: `
          title: "A post for the tests"
          description: A post written for the checker's tests, long enough to be a real description.
          tags: [ai]
          authors: [lark, ada, lark]
        `,
        errors: [
          {
            rule: 'author-duplicate',
            line: 5,
            column: 22,
            endLine: 5,
            endColumn: 26,
            field: 'authors[2]',
            message: 'Author "lark" is listed twice, as authors[0] and authors[2]. Remove one of them.',
          },
        ],
      },
    ],
  },
  'author-link-unsafe': {
    valid: [
      {
        name: 'a key of authors.yml with https links of its own',
        frontMatter: `
          title: "A post for the tests"
          description: A post written for the checker's tests, long enough to be a real description.
          tags: [ai]
          authors: [{key: lark, url: 'https://example.org', socials: {x: lark}}]
        `,
      },
    ],
    invalid: [
      {
        name: 'a javascript: url and a social link, however written',
        frontMatter: `
          title: "A post for the tests"
          description: A post written for the checker's tests, long enough to be a real description.
          tags: [ai]
          authors: [{key: lark, url: ' JaVaScRiPt:alert(1)', socials: {newsletter: 'data:text/html,x'}}]
        `,
        errors: [
          {
            rule: 'author-link-unsafe',
            line: 5,
            column: 28,
            field: 'authors[0].url',
            message:
              '"authors[0].url" is " JaVaScRiPt:alert(1)", which a browser reads as a javascript: URL: it runs code or points at no web page. Use an https:// URL.',
          },
          {
            rule: 'author-link-unsafe',
            line: 5,
            column: 74,
            field: 'authors[0].socials.newsletter',
            message:
              '"authors[0].socials.newsletter" is "data:text/html,x", which a browser reads as a data: URL: it runs code or points at no web page. Use an https:// URL.',
          },
        ],
      },
    ],
  },
  'author-inline': {
    valid: [
      {
        name: 'a key with a title of its own for this post',
        frontMatter: `
          title: "A post for the tests"
          description: A post written for the checker's tests, long enough to be a real description.
          tags: [ai]
          authors: [{key: lark, title: Guest editor}]
        `,
      },
    ],
    invalid: [
      {
        name: 'an author written out, without a key',
        frontMatter: `
          title: "A post for the tests"
          description: A post written for the checker's tests, long enough to be a real description.
          tags: [ai]
          authors:
            - lark
            - name: Ada Lovelace
              url: https://example.org/ada
        `,
        errors: [
          {
            rule: 'author-inline',
            line: 7,
            column: 5,
            field: 'authors[1]',
            message:
              '"authors[1]" writes the author "Ada Lovelace" out in the post instead of naming a key of authors.yml. Describe the author once in authors.yml and write the key here.',
          },
        ],
      },
    ],
  },
};
