/**
 * The front matter's fields: known, of their type, present and not empty; and
 * dates (of the field or the file name), lengths, lang and slug that hold.
 */
import type {RuleTable} from '../../helpers/ruleTester';

export const fields: RuleTable = {
  'field-unknown': {
    valid: [
      {
        name: 'slug and draft, fields Docusaurus knows',
        frontMatter: `
          title: "A post for the tests"
          description: A post written for the checker's tests, long enough to be a real description.
          tags: [ai]
          authors: [lark]
          slug: a-post
          draft: false
        `,
      },
    ],
    invalid: [
      {
        name: 'tag for tags',
        frontMatter: `
          title: "A post for the tests"
          description: A post written for the checker's tests, long enough to be a real description.
          tag: [ai]
          tags: [ai]
          authors: [lark]
        `,
        errors: [
          {
            rule: 'field-unknown',
            line: 4,
            column: 1,
            endLine: 4,
            endColumn: 4,
            field: 'tag',
            message:
              'Unknown field "tag": the blog ignores it. Did you mean "tags"? Known fields: title, title_meta, description, tags, keywords, authors, image, slug, date, lang, draft, unlisted, hide_table_of_contents, toc_min_heading_level, toc_max_heading_level, sidebar_label, last_update.',
          },
        ],
      },
      {
        name: 'a deprecated field',
        frontMatter: `
          title: "A post for the tests"
          description: A post written for the checker's tests, long enough to be a real description.
          tags: [ai]
          authors: [lark]
          author: Lark
        `,
        errors: [
          {
            rule: 'field-unknown',
            line: 6,
            column: 1,
            endLine: 6,
            endColumn: 7,
            field: 'author',
            message:
              '"author" is a deprecated field. Describe the author in authors.yml and list the key in "authors".',
          },
        ],
      },
    ],
  },
  'field-type': {
    valid: [
      {
        name: 'a number in quotes',
        frontMatter: `
          title: "2025"
          description: A post written for the checker's tests, long enough to be a real description.
          tags: [ai]
          authors: [lark]
        `,
      },
    ],
    invalid: [
      {
        name: 'a number for the title, a string for the tags',
        frontMatter: `
          title: 2025
          description: A post written for the checker's tests, long enough to be a real description.
          tags: ai
          authors: [lark]
        `,
        errors: [
          {
            rule: 'field-type',
            line: 2,
            column: 8,
            endLine: 2,
            endColumn: 12,
            field: 'title',
            message: '"title" is 2025, but it must be text. Put it in quotes if you mean the text "2025".',
          },
          {
            rule: 'field-type',
            line: 4,
            column: 7,
            endLine: 4,
            endColumn: 9,
            field: 'tags',
            message: '"tags" is the text "ai", but it must be a list of tags, like [first-tag, second-tag].',
          },
        ],
      },
      {
        name: 'a string for true or false',
        frontMatter: `
          title: "A post for the tests"
          description: A post written for the checker's tests, long enough to be a real description.
          tags: [ai]
          authors: [lark]
          draft: "yes"
        `,
        errors: [
          {
            rule: 'field-type',
            line: 6,
            column: 8,
            endLine: 6,
            endColumn: 13,
            field: 'draft',
            message: '"draft" is the text "yes", but it must be true or false.',
          },
        ],
      },
      {
        name: 'a heading level out of range',
        frontMatter: `
          title: "A post for the tests"
          description: A post written for the checker's tests, long enough to be a real description.
          tags: [ai]
          authors: [lark]
          toc_max_heading_level: 7
        `,
        errors: [
          {
            rule: 'field-type',
            line: 6,
            column: 24,
            endLine: 6,
            endColumn: 25,
            field: 'toc_max_heading_level',
            message: '"toc_max_heading_level" is 7: it must be a whole number from 2 to 6.',
          },
        ],
      },
      {
        name: 'true and a heading level in quotes, which Docusaurus reads',
        frontMatter: `
          title: "A post for the tests"
          description: A post written for the checker's tests, long enough to be a real description.
          tags: [ai]
          authors: [lark]
          draft: 'false'
          toc_min_heading_level: "3"
        `,
        errors: [
          {
            rule: 'field-type',
            line: 6,
            column: 8,
            field: 'draft',
            messageId: 'quoted',
            message:
              '"draft" is the text "false", in quotes: Docusaurus reads it as false, but write false without quotes.',
          },
          {
            rule: 'field-type',
            line: 7,
            column: 24,
            field: 'toc_min_heading_level',
            messageId: 'quoted',
            message:
              '"toc_min_heading_level" is the text "3", in quotes: Docusaurus reads it as 3, but write 3 without quotes.',
          },
        ],
      },
    ],
  },
  'field-required': {
    valid: [
      {
        name: 'every required field',
        frontMatter: `
          title: "A post for the tests"
          description: A post written for the checker's tests, long enough to be a real description.
          tags: [ai]
          authors: [lark]
        `,
      },
    ],
    invalid: [
      {
        name: 'no description and no authors',
        frontMatter: `
          title: "A post for the tests"
          tags: [ai]
        `,
        errors: [
          {
            rule: 'field-required',
            line: 1,
            column: 1,
            endLine: 1,
            endColumn: 4,
            field: 'description',
            message: 'The required field "description" is missing. Add "description: …" to the front matter.',
          },
          {
            rule: 'field-required',
            line: 1,
            column: 1,
            endLine: 1,
            endColumn: 4,
            field: 'authors',
            message: 'The required field "authors" is missing. Add "authors: …" to the front matter.',
          },
        ],
      },
      {
        name: 'an author in the older fields: the way to authors, without mixing them',
        frontMatter: `
          title: "A post for the tests"
          description: A post written for the checker's tests, long enough to be a real description.
          tags: [ai]
          author: Lark
          author_title: Editor
        `,
        errors: [
          {
            rule: 'field-required',
            line: 1,
            column: 1,
            field: 'authors',
            messageId: 'authorsForLegacy',
            message:
              'The required field "authors" is missing; the post names its author with the older "author", "author_title". Describe the author in authors.yml, write its key in "authors", and remove those fields: Docusaurus refuses "authors" next to them.',
          },
          {
            rule: 'field-unknown',
            line: 5,
            column: 1,
            message:
              '"author" is a deprecated field. Describe the author in authors.yml and list the key in "authors".',
          },
          {
            rule: 'field-unknown',
            line: 6,
            column: 1,
            message:
              '"author_title" is a deprecated field. Describe the author in authors.yml and list the key in "authors".',
          },
        ],
      },
    ],
  },
  'field-empty': {
    valid: [
      {
        name: 'a title',
        frontMatter: `
          title: "A post for the tests"
          description: A post written for the checker's tests, long enough to be a real description.
          tags: [ai]
          authors: [lark]
        `,
      },
    ],
    invalid: [
      {
        name: 'an empty title',
        frontMatter: `
          title: ""
          description: A post written for the checker's tests, long enough to be a real description.
          tags: [ai]
          authors: [lark]
        `,
        errors: [
          {
            rule: 'field-empty',
            line: 2,
            column: 8,
            endLine: 2,
            endColumn: 10,
            field: 'title',
            message: '"title" is empty. Write the post\'s title.',
          },
        ],
      },
      {
        name: 'a title of a tatweel and a mark',
        frontMatter: `
          title: "\u0640\u064B"
          description: A post written for the checker's tests, long enough to be a real description.
          tags: [ai]
          authors: [lark]
        `,
        errors: [
          {
            rule: 'field-empty',
            line: 2,
            column: 8,
            endLine: 2,
            endColumn: 12,
            field: 'title',
            message:
              '"title" shows nothing: it holds only marks, tatweel or invisible characters (U+0640 U+064B). Write the post\'s title.',
          },
        ],
      },
      {
        name: 'an empty tag in the list',
        frontMatter: `
          title: "A post for the tests"
          description: A post written for the checker's tests, long enough to be a real description.
          tags: [ai, ""]
          authors: [lark]
        `,
        errors: [
          {
            rule: 'field-empty',
            line: 4,
            column: 12,
            endLine: 4,
            endColumn: 14,
            field: 'tags[1]',
            message: 'tags[1] is empty. Remove it or write a value.',
          },
        ],
      },
      {
        name: 'an empty list of tags',
        frontMatter: `
          title: "A post for the tests"
          description: A post written for the checker's tests, long enough to be a real description.
          tags: []
          authors: [lark]
        `,
        errors: [
          {
            rule: 'field-empty',
            line: 4,
            column: 7,
            endLine: 4,
            endColumn: 9,
            field: 'tags',
            message: 'The list of tags is empty. Give the post at least one tag from tags.yml.',
          },
        ],
      },
      {
        name: 'an empty author',
        frontMatter: `
          title: "A post for the tests"
          description: A post written for the checker's tests, long enough to be a real description.
          tags: [ai]
          authors: ""
        `,
        errors: [
          {
            rule: 'field-empty',
            line: 5,
            column: 10,
            endLine: 5,
            endColumn: 12,
            field: 'authors',
            message: '"authors" is empty. Write the key of an author in authors.yml, like [first-author].',
          },
        ],
      },
    ],
  },
  'date-invalid': {
    valid: [
      {
        name: 'a leap day in the file name',
        fileName: '2024-02-29-leap-day.md',
        frontMatter: `
          title: "A post for the tests"
          description: A post written for the checker's tests, long enough to be a real description.
          tags: [ai]
          authors: [lark]
        `,
      },
      {
        name: 'a date with a time',
        fileName: '2025-01-02-other.md',
        frontMatter: `
          title: "A post for the tests"
          description: A post written for the checker's tests, long enough to be a real description.
          tags: [ai]
          authors: [lark]
          date: 2025-01-02T10:30:00Z
        `,
      },
      {
        name: "a real date in the front matter, over the file name's",
        fileName: '2025-02-30-post.md',
        frontMatter: `
          title: "A post for the tests"
          description: A post written for the checker's tests, long enough to be a real description.
          tags: [ai]
          authors: [lark]
          date: 2025-03-01
        `,
      },
    ],
    invalid: [
      {
        name: 'month 13',
        fileName: '2025-01-02-other.md',
        frontMatter: `
          title: "A post for the tests"
          description: A post written for the checker's tests, long enough to be a real description.
          tags: [ai]
          authors: [lark]
          date: 2025-13-01
        `,
        errors: [
          {
            rule: 'date-invalid',
            line: 6,
            column: 7,
            endLine: 6,
            endColumn: 17,
            field: 'date',
            message:
              '"date" is "2025-13-01", which is not a real day or time: Docusaurus would silently publish the post on 2026-01-01. Write the real day as YYYY-MM-DD.',
          },
        ],
      },
      {
        name: 'February 30 as the last update, which Docusaurus would show as 2 March',
        frontMatter: `
          title: "A post for the tests"
          description: A post written for the checker's tests, long enough to be a real description.
          tags: [ai]
          authors: [lark]
          last_update: {date: 2025-02-30}
        `,
        errors: [
          {
            rule: 'date-invalid',
            line: 6,
            column: 21,
            field: 'last_update.date',
            message:
              '"last_update.date" is "2025-02-30", which is not a real day or time: Docusaurus would silently show 2025-03-02 as the day of the last update. Write the real day as YYYY-MM-DD.',
          },
        ],
      },
      {
        name: 'February 30 in the file name',
        fileName: '2025-02-30-post.md',
        frontMatter: `
          title: "A post for the tests"
          description: A post written for the checker's tests, long enough to be a real description.
          tags: [ai]
          authors: [lark]
        `,
        errors: [
          {
            // On the first line, as every problem of the file name (the fields held 2 to 6 before).
            rule: 'date-invalid',
            line: 1,
            column: 1,
            endLine: 1,
            endColumn: 4,
            message:
              'The file name gives the date 2025-02-30, which is not a real day. Rename the file with a real date (YYYY-MM-DD-slug.md).',
          },
        ],
      },
      {
        name: 'hour 25',
        frontMatter: `
          title: "A post for the tests"
          description: A post written for the checker's tests, long enough to be a real description.
          tags: [ai]
          authors: [lark]
          date: 2025-01-02T25:00:00Z
        `,
        errors: [
          {
            rule: 'date-invalid',
            line: 6,
            column: 7,
            endLine: 6,
            endColumn: 27,
            field: 'date',
            message:
              '"date" is "2025-01-02T25:00:00Z", which is not a real day or time: Docusaurus would silently publish the post on 2025-01-03. Write the real day as YYYY-MM-DD.',
          },
        ],
      },
      {
        name: 'a time with its zone, in quotes: the build cannot read it',
        frontMatter: `
          title: "A post for the tests"
          description: A post written for the checker's tests, long enough to be a real description.
          tags: [ai]
          authors: [lark]
          date: "2025-01-02T10:30:00Z"
        `,
        errors: [
          {
            rule: 'date-invalid',
            line: 6,
            column: 7,
            field: 'date',
            messageId: 'zoned',
            message:
              '"date" is "2025-01-02T10:30:00Z", a time with its own time zone, in quotes: Docusaurus adds "Z" to every date written as text and cannot read this one, so the build fails. Remove the quotes, or write the day as YYYY-MM-DD.',
          },
        ],
      },
      {
        name: 'February 30 in quotes, which Docusaurus would move to March',
        frontMatter: `
          title: "A post for the tests"
          description: A post written for the checker's tests, long enough to be a real description.
          tags: [ai]
          authors: [lark]
          date: '2025-02-30'
        `,
        errors: [
          {
            rule: 'date-invalid',
            line: 6,
            column: 7,
            field: 'date',
            messageId: 'moved',
          },
        ],
      },
    ],
  },
  'date-format': {
    valid: [
      {
        name: 'a day written YYYY-MM-DD, in quotes or not, with a time',
        frontMatter: `
          title: "A post for the tests"
          description: A post written for the checker's tests, long enough to be a real description.
          tags: [ai]
          authors: [lark]
          date: '2025-01-02 10:30'
        `,
      },
    ],
    invalid: [
      {
        name: 'a year alone',
        frontMatter: `
          title: "A post for the tests"
          description: A post written for the checker's tests, long enough to be a real description.
          tags: [ai]
          authors: [lark]
          date: '2021'
        `,
        errors: [
          {
            rule: 'date-format',
            line: 6,
            column: 7,
            field: 'date',
            messageId: 'partial',
            message:
              '"date" is "2021", which Docusaurus reads as 2021-01-01. If that is the day you mean, write 2021-01-01.',
          },
        ],
      },
      {
        name: 'a day with one-digit month and day',
        frontMatter: `
          title: "A post for the tests"
          description: A post written for the checker's tests, long enough to be a real description.
          tags: [ai]
          authors: [lark]
          date: 2021-3-5
        `,
        errors: [
          {
            rule: 'date-format',
            line: 6,
            column: 7,
            field: 'date',
            messageId: 'partial',
            message:
              '"date" is "2021-3-5", which Docusaurus reads as 2021-03-05. If that is the day you mean, write 2021-03-05.',
          },
        ],
      },
      {
        name: 'a date in words',
        frontMatter: `
          title: "A post for the tests"
          description: A post written for the checker's tests, long enough to be a real description.
          tags: [ai]
          authors: [lark]
          date: March 5, 2021
        `,
        errors: [
          {
            rule: 'date-format',
            line: 6,
            column: 7,
            field: 'date',
            messageId: 'otherForm',
            message:
              '"date" is "March 5, 2021": Docusaurus reads it as 2021-03-05. Write the day as YYYY-MM-DD, which every tool reads the same way.',
          },
        ],
      },
    ],
  },
  'title-length': {
    valid: [
      {
        name: 'an Arabic title whose marks do not count',
        frontMatter: `
          title: "عنوان عربي بعلامات التشكيل: الذَّكَاءُ الاصْطِنَاعِيُّ مفتوحُ المصدرِ وأثرُه"
          description: A post written for the checker's tests, long enough to be a real description.
          tags: [ai]
          authors: [lark]
        `,
      },
      {
        name: 'a title of 70 characters',
        frontMatter: `
          title: "Seventy characters, exactly as many as search results show in full, ok"
          description: A post written for the checker's tests, long enough to be a real description.
          tags: [ai]
          authors: [lark]
        `,
      },
    ],
    invalid: [
      {
        name: 'a title of 74 characters',
        frontMatter: `
          title: "A title that goes on and on, far longer than search results will ever show"
          description: A post written for the checker's tests, long enough to be a real description.
          tags: [ai]
          authors: [lark]
        `,
        errors: [
          {
            rule: 'title-length',
            line: 2,
            column: 8,
            endLine: 2,
            endColumn: 84,
            field: 'title',
            message:
              'The title is 74 characters long; search results cut titles after about 70. Shorten it, or set a shorter "title_meta".',
          },
        ],
      },
      {
        name: 'a title of 71 characters',
        frontMatter: `
          title: "Seventy-one characters: one more than search results show in full, alas"
          description: A post written for the checker's tests, long enough to be a real description.
          tags: [ai]
          authors: [lark]
        `,
        errors: [
          {
            rule: 'title-length',
            line: 2,
            column: 8,
            endLine: 2,
            endColumn: 81,
            field: 'title',
            message:
              'The title is 71 characters long; search results cut titles after about 70. Shorten it, or set a shorter "title_meta".',
          },
        ],
      },
    ],
  },
  'description-length': {
    valid: [
      {
        name: 'combining marks counted as readers see them',
        frontMatter: `
          title: "A post for the tests"
          description: Sixty-odd characters of e\u0301 combining marks count as readers see.
          tags: [ai]
          authors: [lark]
        `,
      },
      {
        name: 'a description of 50 characters',
        frontMatter: `
          title: "A post for the tests"
          description: Fifty characters, the shortest description we take
          tags: [ai]
          authors: [lark]
        `,
      },
      {
        name: 'a description of 160 characters',
        frontMatter: `
          title: "A post for the tests"
          description: One hundred and sixty characters, the longest description that search results and link previews show in full, without cutting off any of its very last few words
          tags: [ai]
          authors: [lark]
        `,
      },
    ],
    invalid: [
      {
        name: 'a description of 10 characters',
        frontMatter: `
          title: "A post for the tests"
          description: Too short.
          tags: [ai]
          authors: [lark]
        `,
        errors: [
          {
            rule: 'description-length',
            line: 3,
            column: 14,
            endLine: 3,
            endColumn: 24,
            field: 'description',
            message:
              'The description is 10 characters long; search results and link previews show 50–160. Say a little more.',
          },
        ],
      },
      {
        name: 'a description of 161 characters',
        frontMatter: `
          title: "A post for the tests"
          description: One hundred and sixty-one characters, one more than search results and link previews show in full, so that its last word would be cut off in the middle, sadly...
          tags: [ai]
          authors: [lark]
        `,
        errors: [
          {
            rule: 'description-length',
            line: 3,
            column: 14,
            endLine: 3,
            endColumn: 175,
            field: 'description',
            message:
              'The description is 161 characters long; search results and link previews show 50–160. Shorten it.',
          },
        ],
      },
    ],
  },
  'lang-invalid': {
    valid: [
      {
        name: 'a language and a region',
        frontMatter: `
          title: "A post for the tests"
          description: A post written for the checker's tests, long enough to be a real description.
          tags: [ai]
          authors: [lark]
          lang: ar-EG
        `,
      },
    ],
    invalid: [
      {
        name: 'a word for a language, an underscore for a hyphen',
        frontMatter: `
          title: "A post for the tests"
          description: A post written for the checker's tests, long enough to be a real description.
          tags: [ai]
          authors: [lark]
          lang: arabic_EG
        `,
        errors: [
          {
            rule: 'lang-invalid',
            line: 6,
            column: 7,
            endLine: 6,
            endColumn: 16,
            field: 'lang',
            message: '"lang" is "arabic_EG", which is not a BCP 47 language tag. Write a tag like ar, fa, he or en-GB.',
          },
        ],
      },
      {
        name: 'one letter',
        frontMatter: `
          title: "A post for the tests"
          description: A post written for the checker's tests, long enough to be a real description.
          tags: [ai]
          authors: [lark]
          lang: e
        `,
        errors: [
          {
            rule: 'lang-invalid',
            line: 6,
            column: 7,
            endLine: 6,
            endColumn: 8,
            field: 'lang',
            message: '"lang" is "e", which is not a BCP 47 language tag. Write a tag like ar, fa, he or en-GB.',
          },
        ],
      },
    ],
  },
  'slug-invalid': {
    valid: [
      {
        name: 'a path of two segments',
        frontMatter: `
          title: "A post for the tests"
          description: A post written for the checker's tests, long enough to be a real description.
          tags: [ai]
          authors: [lark]
          slug: /notes/bidi-isolation
        `,
      },
      {
        name: 'a colon inside a path',
        frontMatter: `
          title: "A post for the tests"
          description: A post written for the checker's tests, long enough to be a real description.
          tags: [ai]
          authors: [lark]
          slug: /nodejs:tips
        `,
      },
    ],
    invalid: [
      {
        name: 'a path that climbs out with ..',
        frontMatter: `
          title: "A post for the tests"
          description: A post written for the checker's tests, long enough to be a real description.
          tags: [ai]
          authors: [lark]
          slug: /../../../../tmp/written-outside-the-build
        `,
        errors: [
          {
            rule: 'slug-invalid',
            line: 6,
            column: 7,
            endLine: 6,
            endColumn: 49,
            field: 'slug',
            message:
              '"slug" is "/../../../../tmp/written-outside-the-build", which climbs up with "..": Docusaurus joins it to the build folder as it is, so the page would be written outside the site. Write a path without "..", such as /my-post.',
          },
        ],
      },
      {
        name: 'a URL',
        frontMatter: `
          title: "A post for the tests"
          description: A post written for the checker's tests, long enough to be a real description.
          tags: [ai]
          authors: [lark]
          slug: https://evil.example/post
        `,
        errors: [
          {
            rule: 'slug-invalid',
            line: 6,
            column: 7,
            endLine: 6,
            endColumn: 32,
            field: 'slug',
            message:
              '"slug" is "https://evil.example/post", which is a URL (https:), not a path. Write a path such as /my-post.',
          },
        ],
      },
      {
        name: 'another host with //',
        frontMatter: `
          title: "A post for the tests"
          description: A post written for the checker's tests, long enough to be a real description.
          tags: [ai]
          authors: [lark]
          slug: //evil.example/post
        `,
        errors: [
          {
            rule: 'slug-invalid',
            line: 6,
            column: 7,
            endLine: 6,
            endColumn: 26,
            field: 'slug',
            message:
              '"slug" is "//evil.example/post", which starts with //, which browsers read as another host. Start it with a single /.',
          },
        ],
      },
      {
        name: 'percent-encoded dots',
        frontMatter: `
          title: "A post for the tests"
          description: A post written for the checker's tests, long enough to be a real description.
          tags: [ai]
          authors: [lark]
          slug: /%2e%2e/%2e%2e/x
        `,
        errors: [
          {
            rule: 'slug-invalid',
            line: 6,
            column: 7,
            endLine: 6,
            endColumn: 23,
            field: 'slug',
            message:
              '"slug" is "/%2e%2e/%2e%2e/x", which climbs up with "..": Docusaurus joins it to the build folder as it is, so the page would be written outside the site (the dots are percent-encoded). Write a path without "..", such as /my-post.',
          },
        ],
      },
    ],
  },
};
