/**
 * The post's social image as a URL: its scheme, the title it draws and the same
 * image in the body; and a title the generated card's fonts can draw. Local
 * image files (missing, format, size, dimensions) are site fixtures.
 */
import type {RuleTable} from '../../helpers/ruleTester';

export const image: RuleTable = {
  'image-unsafe': {
    valid: [
      {
        name: 'an https URL',
        frontMatter: `
          title: "An image on an https server"
          description: A short post that exercises one image rule of the front matter checker, and nothing else.
          tags: [ai]
          keywords: [open graph, images]
          authors: [lark]
          image: "https://images.example.com/covers/safe-image.png"
        `,
        body: `
          A short post used as a test fixture.
        `,
      },
    ],
    invalid: [
      {
        name: 'a javascript: URL',
        frontMatter: `
          title: "An image that runs code"
          description: A short post that exercises one image rule of the front matter checker, and nothing else.
          tags: [ai]
          keywords: [open graph, images]
          authors: [lark]
          image: "javascript:alert(document.cookie)"
        `,
        body: `
          A short post used as a test fixture.
        `,
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
    ],
  },
  'image-title-mismatch': {
    valid: [
      {
        name: "the post's title, percent-encoded",
        frontMatter: `
          title: "Open models change how we build AI"
          description: A short post that exercises one image rule of the front matter checker, and nothing else.
          tags: [ai]
          keywords: [open graph, images]
          authors: [lark]
          image: "https://og.example.com/api/og?title=Open%20models%20change%20how%20we%20build%20AI"
        `,
        body: `
          A short post used as a test fixture.
        `,
      },
    ],
    invalid: [
      {
        name: 'another title',
        frontMatter: `
          title: "Open models change how we build AI"
          description: A short post that exercises one image rule of the front matter checker, and nothing else.
          tags: [ai]
          keywords: [open graph, images]
          authors: [lark]
          image: "https://og.example.com/api/og?title=Closed%20models%20win"
        `,
        body: `
          A short post used as a test fixture.
        `,
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
        frontMatter: `
          title: "Open models change how we build AI"
          description: A short post that exercises one image rule of the front matter checker, and nothing else.
          tags: [ai]
          keywords: [open graph, images]
          authors: [lark]
          image: "https://og.example.com/api/og?title=Open%20models%20change%20how%20we%20build%20AI"
        `,
        body: `
          A short post used as a test fixture.

          ![Open models change how we build AI](https://og.example.com/api/og?title=Open%20models%20change%20how%20we%20build%20AI)
        `,
      },
    ],
    invalid: [
      {
        name: 'the same image with another title in the body',
        frontMatter: `
          title: "Open models change how we build AI"
          description: A short post that exercises one image rule of the front matter checker, and nothing else.
          tags: [ai]
          keywords: [open graph, images]
          authors: [lark]
          image: "https://og.example.com/api/og?title=Open%20models%20change%20how%20we%20build%20AI"
        `,
        body: `
          A short post used as a test fixture.

          ![Open models change how we build AI](https://og.example.com/api/og?title=Open%20models%20change%20AI)
        `,
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
    ],
    invalid: [
      {
        name: 'an emoji',
        frontMatter: `
          title: "Launch day 🚀 for open models"
          description: A title with an emoji, which none of the social card's fonts can draw.
          tags: [ai]
          authors: [lark]
        `,
        errors: [
          {
            rule: 'title-glyph-missing',
            line: 2,
            column: 8,
            endLine: 2,
            endColumn: 39,
            field: 'title',
            message:
              'The title holds "🚀" (U+1F680), which none of the social card\'s fonts (Noto Naskh Arabic, Noto Sans Hebrew) can draw: the card would show an empty box. Remove it from the title, or give the post its own "image".',
          },
        ],
      },
    ],
  },
};
