/**
 * The front matter block and its YAML, as the parser reads them. The cases
 * about fences, bytes or line ends give the whole file as `source`.
 */
import type {RuleTable} from '../../helpers/ruleTester';

/** The fields of a post every rule passes, on lines 2 to 5 of the file: `title` is the title's YAML. */
const postFields = (title: string, more: string[]) =>
  [
    `title: ${title}`,
    "description: A post written for the checker's tests, long enough to be a real description.",
    'tags: [ai]',
    'authors: [lark]',
    ...more,
  ].join('\n');
/** …with its title "A post for the tests", and `more` lines after them. */
const plainPost = (...more: string[]) => postFields('"A post for the tests"', more);
/** …with another title. */
const titledPost = (title: string) => postFields(title, []);

export const syntax: RuleTable = {
  'frontmatter-missing': {
    valid: [
      {
        name: 'a file that starts with ---',
        frontMatter: plainPost(),
      },
    ],
    invalid: [
      {
        name: 'a heading first and no front matter',
        source: ['# A post', '', 'No front matter at all.', ''].join('\n'),
        errors: [
          {
            rule: 'frontmatter-missing',
            line: 1,
            column: 1,
            endLine: 1,
            endColumn: 9,
            message:
              'The file has no front matter. Start it with a --- line, the fields (title, description, tags, authors), and a closing --- line.',
          },
        ],
      },
    ],
  },
  'frontmatter-script': {
    valid: [
      {
        name: 'a ---js line in the body, after YAML front matter',
        frontMatter: plainPost(),
        body: ['The body of the post.', '', '---js', '{title: "not front matter"}', '---'].join('\n'),
      },
    ],
    invalid: [
      {
        name: 'JavaScript front matter, which Docusaurus runs',
        source: ['---javascript', '{title: "A post"}', '---', '', 'The body of the post.', ''].join('\n'),
        errors: [
          {
            rule: 'frontmatter-script',
            line: 1,
            column: 1,
            endLine: 1,
            endColumn: 14,
            message:
              "`---javascript` opens JavaScript front matter, which Docusaurus's front matter reader runs as code when it reads the file. Write the front matter in YAML between --- lines.",
          },
        ],
      },
    ],
  },
  'frontmatter-language': {
    valid: [
      {
        name: 'YAML named on the opening line (---yaml), which Docusaurus reads as YAML',
        source: ['---yaml', plainPost(), '---', '', 'The body of the post.', ''].join('\n'),
      },
    ],
    invalid: [
      {
        name: 'TOML after the dashes: Docusaurus has no reader for it',
        source: ['---toml', 'title = "A post"', '---', '', 'The body of the post.', ''].join('\n'),
        errors: [
          {
            rule: 'frontmatter-language',
            line: 1,
            column: 1,
            endLine: 1,
            endColumn: 8,
            message:
              "`---toml` opens front matter in a language Docusaurus's front matter reader has no engine for, so it refuses the post. Write the front matter in YAML between --- lines.",
          },
        ],
      },
      {
        name: 'JSON that does not parse',
        source: ['---json', '{"title": "A post",}', '---', '', 'The body of the post.', ''].join('\n'),
        errors: [
          {
            rule: 'frontmatter-language',
            line: 1,
            column: 1,
            endLine: 1,
            endColumn: 8,
            message:
              'The JSON front matter does not parse (Expected double-quoted property name in JSON at position 20), so Docusaurus refuses the post. Fix the JSON, or write the front matter in YAML between --- lines.',
          },
          {
            // The site's own policy besides: front matter in YAML.
            rule: 'frontmatter-missing',
            line: 1,
            column: 1,
            message: '`---json` opens front matter in another language than YAML. Write it in YAML between --- lines.',
          },
        ],
      },
    ],
  },
  'frontmatter-fenced': {
    valid: [
      {
        name: 'a fenced --- block in the body',
        frontMatter: plainPost(),
        body: `
          The body of the post.

          \`\`\`yaml
          ---
          not: front matter
          ---
          \`\`\`
        `,
      },
    ],
    invalid: [
      {
        name: 'the front matter inside a ```yaml fence',
        source: ['```yaml', '---', plainPost(), '---', '```', '', 'The body of the post.', ''].join('\n'),
        errors: [
          {
            rule: 'frontmatter-fenced',
            line: 1,
            column: 1,
            endLine: 1,
            endColumn: 8,
            message:
              'The front matter is inside a code fence ("```yaml" on line 1, closed on line 8), so it is shown as text and the post has no title, tags or authors. Remove the fence lines and start the file with ---.',
          },
        ],
      },
    ],
  },
  'frontmatter-unclosed': {
    valid: [
      {
        name: 'closed by ---',
        frontMatter: plainPost(),
      },
    ],
    invalid: [
      {
        name: 'never closed',
        source: [
          '---',
          'title: "A post for the tests"',
          "description: A post written for the checker's tests, long enough to be a real description.",
          '',
          'The body, but the front matter never closed.',
          '',
        ].join('\n'),
        errors: [
          {
            rule: 'frontmatter-unclosed',
            line: 1,
            column: 1,
            endLine: 1,
            endColumn: 4,
            message: 'The front matter opened on line 1 is never closed. Add a --- line after the last field.',
          },
        ],
      },
    ],
  },
  'frontmatter-not-mapping': {
    valid: [
      {
        name: 'one field a line',
        frontMatter: plainPost(),
      },
    ],
    invalid: [
      {
        name: 'a YAML list',
        frontMatter: `
          - title
          - description
        `,
        body: `
          Body.
        `,
        errors: [
          {
            rule: 'frontmatter-not-mapping',
            line: 2,
            column: 1,
            endLine: 4,
            endColumn: 1,
            message: 'The front matter is a list, not a set of fields. Write one "field: value" per line.',
          },
        ],
      },
    ],
  },
  'encoding-invalid': {
    valid: [
      {
        name: 'a byte order mark, CRLF line ends and an accent',
        source: [
          '\uFEFF---',
          'title: "Café and CRLF"',
          "description: A post written for the checker's tests, long enough to be a real description.",
          'tags: [ai]',
          'authors: [lark]',
          '---',
          '',
          'The body of the post.',
          '',
        ].join('\r\n'),
      },
    ],
    invalid: [
      {
        name: 'a lone 0xFF byte in the title',
        source: Buffer.concat([
          Buffer.from('---\ntitle: "A post for the '),
          // A lone 0xFF is never UTF-8: a file saved as Latin-1, or cut in the middle of a character.
          Buffer.from([0xff]),
          Buffer.from(
            'tests"\ndescription: A post written for the checker\'s tests, long enough to be a real description.\ntags: [ai]\nauthors: [lark]\n---\n\nThe body of the post.\n',
          ),
        ]),
        errors: [
          {
            rule: 'encoding-invalid',
            line: 2,
            column: 24,
            endLine: 2,
            endColumn: 25,
            message: 'Byte 0xff at byte 27 is not valid UTF-8. Save the file as UTF-8.',
          },
        ],
      },
    ],
  },
  'yaml-syntax': {
    valid: [
      {
        name: 'a closed list',
        frontMatter: `
          title: "A post for the tests"
          description: A post written for the checker's tests, long enough to be a real description.
          tags: [ai, open-source]
          authors: [lark]
        `,
      },
    ],
    invalid: [
      {
        name: 'a list never closed',
        frontMatter: `
          title: "A post for the tests"
          description: A post written for the checker's tests, long enough to be a real description.
          tags: [ai, open-source
          authors: [lark]
        `,
        errors: [
          {
            rule: 'yaml-syntax',
            line: 4,
            column: 7,
            endLine: 4,
            endColumn: 8,
            message: "YAML: this [ is never closed. Add the closing ] after the list's last item.",
          },
        ],
      },
    ],
  },
  'yaml-duplicate-key': {
    valid: [
      {
        name: 'each key once',
        frontMatter: plainPost(),
      },
    ],
    invalid: [
      {
        name: 'tags twice',
        frontMatter: `
          title: "A post for the tests"
          description: A post written for the checker's tests, long enough to be a real description.
          tags: [ai]
          tags: [open-source]
          authors: [lark]
        `,
        errors: [
          {
            rule: 'yaml-duplicate-key',
            line: 5,
            column: 1,
            endLine: 5,
            endColumn: 2,
            message: 'The key "tags" appears twice in the front matter; YAML keeps only one. Remove one of them.',
          },
        ],
      },
    ],
  },
  'yaml-custom-tag': {
    valid: [
      // YAML's own types, which Docusaurus's reader (js-yaml) reads as such: no custom tag.
      {name: 'a !!str tag: the title is the text "2025"', frontMatter: titledPost('!!str 2025')},
      {name: 'a !!timestamp tag', frontMatter: plainPost('date: !!timestamp 2025-01-02')},
      {
        name: 'a tag quoted as text',
        frontMatter: titledPost('"!!js/function is only text here"'),
      },
    ],
    invalid: [
      {
        name: 'a !!js/function tag',
        frontMatter: titledPost('!!js/function "function () { return 1 }"'),
        errors: [
          {
            rule: 'yaml-custom-tag',
            line: 2,
            column: 8,
            endLine: 2,
            endColumn: 48,
            message: 'The YAML tag !!js/function is not allowed in front matter: plain values only. Remove the tag.',
          },
        ],
      },
    ],
  },
  'yaml-alias': {
    valid: [
      {
        name: '& and * quoted as text',
        frontMatter: titledPost('"A post with & and * in the title"'),
      },
    ],
    invalid: [
      {
        name: 'an anchor used four times',
        frontMatter: `
          title: &t "A post for the tests"
          description: A post written for the checker's tests, long enough to be a real description.
          tags: &x [ai, ai, ai]
          keywords: [*x, *x, *x, *x]
          authors: [lark]
        `,
        body: `
          Body.
        `,
        errors: [
          {
            rule: 'yaml-alias',
            line: 5,
            column: 12,
            endLine: 5,
            endColumn: 14,
            message: 'YAML alias *x (and 3 more aliases) is not allowed in front matter. Write the value out.',
          },
        ],
      },
      {
        name: 'a merge key',
        frontMatter: `
          base: &b {a: 1}
          <<: *b
          title: "A post for the tests"
          description: A post written for the checker's tests, long enough to be a real description.
          tags: [ai]
          authors: [lark]
        `,
        errors: [
          {
            rule: 'yaml-alias',
            line: 3,
            column: 1,
            endLine: 3,
            endColumn: 3,
            message: 'YAML merge keys (<<) are not allowed in front matter. Write the fields out.',
          },
          {
            rule: 'yaml-alias',
            line: 3,
            column: 5,
            endLine: 3,
            endColumn: 7,
            message: 'YAML alias *b is not allowed in front matter. Write the value out.',
          },
        ],
      },
    ],
  },
  'yaml-too-large': {
    valid: [
      {
        name: 'a flat list',
        frontMatter: plainPost('keywords: [one, two]'),
      },
    ],
    invalid: [
      {
        name: 'lists nested 40 deep',
        frontMatter: plainPost(`keywords: ${'['.repeat(40)}x${']'.repeat(40)}`),
        errors: [
          {
            rule: 'yaml-too-large',
            line: 1,
            column: 1,
            endLine: 1,
            endColumn: 4,
            message: 'The front matter nests 40 levels deep; more than 32 is refused unread. No field needs that.',
          },
        ],
      },
    ],
  },
};
