/**
 * The post's social image as a URL: its scheme, the title it draws and the same
 * image in the body; and a title the generated card's fonts can draw. Local
 * image files (missing, format, size, dimensions) are site fixtures.
 */
import type {RuleTable} from '../../helpers/ruleTester';

/**
 * A post about its image alone, every other field passing every rule: the
 * image on line 7, the body from line 10 with `bodyImage` (Markdown) on line 12.
 */
const imagePost = (title: string, image: string, bodyImage?: string) => ({
  frontMatter: `
    title: "${title}"
    description: A short post that exercises one image rule of the front matter checker, and nothing else.
    tags: [ai]
    keywords: [open graph, images]
    authors: [lark]
    image: "${image}"
  `,
  body: `A short post used as a test fixture.\n${bodyImage ? `\n${bodyImage}\n` : ''}`,
});

export const image: RuleTable = {
  'image-unsafe': {
    valid: [
      {
        name: 'an https URL',
        ...imagePost('An image on an https server', 'https://images.example.com/covers/safe-image.png'),
      },
      {
        name: 'a site path',
        frontMatter: `
          title: "A post for the tests"
          description: A post written for the checker's tests, long enough to be a real description.
          tags: [ai]
          authors: [lark]
          image: /img/cover.png
        `,
      },
    ],
    invalid: [
      {
        name: 'a javascript: URL',
        ...imagePost('An image that runs code', 'javascript:alert(document.cookie)'),
        errors: [
          {
            rule: 'image-unsafe',
            line: 7,
            column: 8,
            endLine: 7,
            endColumn: 43,
            field: 'image',
            message:
              'The image "javascript:alert(document.cookie)" uses the javascript: scheme, which runs code instead of pointing at an image. Use an https:// URL or a site path such as /img/cover.png.',
          },
        ],
      },
      {
        name: 'a data: URL',
        frontMatter: `
          title: "A post for the tests"
          description: A post written for the checker's tests, long enough to be a real description.
          tags: [ai]
          authors: [lark]
          image: "data:image/png;base64,iVBORw0KGgo="
        `,
        errors: [
          {
            rule: 'image-unsafe',
            line: 6,
            column: 8,
            endLine: 6,
            endColumn: 44,
            field: 'image',
            message:
              'The image "data:image/png;base64,iVBORw0KGgo=" is a data: URL; social networks do not load images inlined in the page. Save the image under static/ and write its site path, such as /img/cover.png.',
          },
        ],
      },
      {
        name: 'an http URL',
        frontMatter: `
          title: "A post for the tests"
          description: A post written for the checker's tests, long enough to be a real description.
          tags: [ai]
          authors: [lark]
          image: "http://images.example.com/cover.png"
        `,
        errors: [
          {
            rule: 'image-unsafe',
            line: 6,
            column: 8,
            endLine: 6,
            endColumn: 45,
            field: 'image',
            message:
              'The image "http://images.example.com/cover.png" uses http://, which browsers block on https pages and social networks may refuse. Use https:// instead.',
          },
        ],
      },
    ],
  },
  'image-title-mismatch': {
    valid: [
      {
        name: "the post's title, percent-encoded",
        ...imagePost(
          'Open models change how we build AI',
          'https://og.example.com/api/og?title=Open%20models%20change%20how%20we%20build%20AI',
        ),
      },
    ],
    invalid: [
      {
        name: 'another title',
        ...imagePost('Open models change how we build AI', 'https://og.example.com/api/og?title=Closed%20models%20win'),
        errors: [
          {
            rule: 'image-title-mismatch',
            line: 7,
            column: 8,
            endLine: 7,
            endColumn: 67,
            field: 'image',
            message:
              'The image\'s title parameter "Closed models win" is not the post\'s title "Open models change how we build AI", so the social card shows another title. Set the parameter to the post\'s title, percent-encoded: title=Open%20models%20change%20how%20we%20build%20AI',
          },
        ],
      },
    ],
  },
  'image-body-mismatch': {
    valid: [
      {
        name: 'the same URL in the body',
        ...imagePost(
          'Open models change how we build AI',
          'https://og.example.com/api/og?title=Open%20models%20change%20how%20we%20build%20AI',
          '![Open models change how we build AI](https://og.example.com/api/og?title=Open%20models%20change%20how%20we%20build%20AI)',
        ),
      },
    ],
    invalid: [
      {
        name: 'the same image with another title in the body',
        ...imagePost(
          'Open models change how we build AI',
          'https://og.example.com/api/og?title=Open%20models%20change%20how%20we%20build%20AI',
          '![Open models change how we build AI](https://og.example.com/api/og?title=Open%20models%20change%20AI)',
        ),
        errors: [
          {
            rule: 'image-body-mismatch',
            line: 12,
            column: 39,
            endLine: 12,
            endColumn: 102,
            field: 'image',
            message:
              'This image repeats the front matter image with another title: "Open models change AI" here, "Open models change how we build AI" in the front matter, so the post shows a card unlike its social card. Use the front matter\'s image URL here.',
          },
        ],
      },
    ],
  },
  'title-glyph-missing': {
    valid: [
      {
        name: 'Arabic with tanween and Latin',
        frontMatter: `
          title: "Janus-Pro من DeepSeek: شكرًا جزيلًا"
          description: A right-to-left title that starts with a Latin word and has tanween, all drawable.
          tags: [ai]
          authors: [lark]
        `,
      },
      {
        name: 'Hebrew',
        frontMatter: `
          title: "שלום עולם"
          description: A post written for the checker's tests, long enough to be a real description.
          tags: [ai]
          authors: [lark]
        `,
      },
      {
        name: 'Japanese, Chinese, Korean, Hindi, Thai, Russian and Vietnamese',
        frontMatter: `
          title: "世界 开源 開源 세계 दुनिया โลก мир Việt"
          description: A post written for the checker's tests, long enough to be a real description.
          tags: [ai]
          authors: [lark]
        `,
      },
      {
        name: 'an emoji, drawn as an image',
        frontMatter: `
          title: "Launch day 🚀 for open models 👏🏽"
          description: A post written for the checker's tests, long enough to be a real description.
          tags: [ai]
          authors: [lark]
        `,
      },
    ],
    invalid: [
      {
        name: 'a Khmer letter',
        frontMatter: `
          title: "Launch day ក for open models"
          description: A title with a Khmer letter, which none of the social card's fonts can draw.
          tags: [ai]
          authors: [lark]
        `,
        errors: [
          {
            rule: 'title-glyph-missing',
            line: 2,
            column: 8,
            endLine: 2,
            endColumn: 38,
            field: 'title',
            message:
              'The title holds "ក" (U+1780), which none of the social card\'s fonts and emoji images (tried: Noto Sans, Noto Naskh Arabic, Noto Sans Hebrew, Noto Sans Devanagari, Noto Sans Thai, Noto Sans JP, Noto Sans SC, Noto Sans TC, Noto Sans KR, Twemoji (@twemoji/svg)) can draw: the card would show an empty box. Remove it from the title, or give the post its own "image".',
          },
        ],
      },
      {
        name: 'two Ethiopic letters',
        frontMatter: `
          title: "ሰላ title"
          description: A post written for the checker's tests, long enough to be a real description.
          tags: [ai]
          authors: [lark]
        `,
        errors: [
          {
            rule: 'title-glyph-missing',
            line: 2,
            column: 8,
            endLine: 2,
            endColumn: 18,
            field: 'title',
            message:
              'The title holds "ሰ" (U+1230), "ላ" (U+120B), which none of the social card\'s fonts and emoji images (tried: Noto Sans, Noto Naskh Arabic, Noto Sans Hebrew, Noto Sans Devanagari, Noto Sans Thai, Noto Sans JP, Noto Sans SC, Noto Sans TC, Noto Sans KR, Twemoji (@twemoji/svg)) can draw: the card would show empty boxes. Remove them from the title, or give the post its own "image".',
          },
        ],
      },
    ],
  },
  'image-protocol-relative': {
    valid: [
      {
        name: 'the full https URL',
        frontMatter: `
          title: "A post for the tests"
          description: A post written for the checker's tests, long enough to be a real description.
          tags: [ai]
          authors: [lark]
          image: https://images.example.com/cover.png
        `,
      },
    ],
    invalid: [
      {
        name: 'a URL that starts with //',
        frontMatter: `
          title: "A post for the tests"
          description: A post written for the checker's tests, long enough to be a real description.
          tags: [ai]
          authors: [lark]
          image: //images.example.com/cover.png
        `,
        errors: [
          {
            rule: 'image-protocol-relative',
            line: 6,
            column: 8,
            field: 'image',
            message:
              'The image "//images.example.com/cover.png" starts with //, so it points at another host over whatever protocol the page uses. Write the full https:// URL.',
          },
        ],
      },
    ],
  },
};
