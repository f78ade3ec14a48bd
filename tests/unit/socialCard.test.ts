import type {BlogPost} from '@docusaurus/plugin-content-blog';
import path from 'node:path';
import {PNG} from 'pngjs';
import type {CodePoints} from '../../plugins/blog/cards/codePoints';
import {beforeAll, describe, expect, it} from 'vitest';
import {checkTitleGlyphs} from '../../plugins/blog/check/rules/titleGlyphs';
import {
  CARD_HEIGHT,
  CARD_WIDTH,
  MAX_TITLE_LINES,
  cardHash,
  cardHtml,
  createCardRenderer,
  fitTitle,
  shortenByWords,
  type CardRenderer,
} from '../../plugins/blog/cards/card';
import {
  cmapCoverage,
  combinedCoverage,
  drawableText,
  fontStack,
  loadCardFonts,
  missingCharacters,
  readFace,
  HEBREW_FAMILY,
  ARABIC_FAMILY,
  SANS_FAMILY,
  type CardFont,
} from '../../plugins/blog/cards/fonts';
import {attachCards, cardFileOf, formatCardDate, type CardSite} from '../../plugins/blog/cards/posts';
import {normalizeCheckerOptions} from '../../plugins/blog/check/options';
import {loadLogo} from '../../plugins/blog/cards/files';
import {SAMPLE_CARDS} from '../helpers/cards';
import {post, siteFacts} from '../helpers/post';
import {ROOT} from '../helpers/site';

let fonts: CardFont[];
let coverage: CodePoints;
let renderer: CardRenderer;

beforeAll(async () => {
  fonts = await loadCardFonts();
  coverage = combinedCoverage(fonts);
  renderer = await createCardRenderer(fonts);
});

describe('shortenByWords', () => {
  it('keeps whole words and ends with an ellipsis', () => {
    expect(shortenByWords('ثورة DeepSeek مفتوحة المصدر', 2)).toBe('ثورة DeepSeek…');
    expect(shortenByWords('One two three four', 3)).toBe('One two three…');
  });

  it('drops the punctuation the cut leaves at the end', () => {
    expect(shortenByWords('ثورة DeepSeek: رؤى من قمة', 2)).toBe('ثورة DeepSeek…');
    expect(shortenByWords('أولًا، ثانيًا؛ ثالثًا', 2)).toBe('أولًا، ثانيًا…');
    expect(shortenByWords('Open models — why now', 2)).toBe('Open models…');
  });

  it('leaves a title with no more words than asked as it is', () => {
    expect(shortenByWords('  Open models  ', 2)).toBe('Open models');
    expect(shortenByWords('Open models', 5)).toBe('Open models');
  });
});

describe('fitTitle', () => {
  const upTo = (chars: number) => async (text: string) => [...text].length <= chars;

  it('keeps a title that fits', async () => {
    expect(await fitTitle('Open models', upTo(20))).toBe('Open models');
  });

  it('keeps as many whole words as fit', async () => {
    expect(await fitTitle('one two three four five six', upTo(15))).toBe('one two three…');
    expect(await fitTitle('واحد اثنان ثلاثة أربعة خمسة', upTo(18))).toBe('واحد اثنان ثلاثة…');
  });

  it('keeps one word whole when even that does not fit', async () => {
    expect(await fitTitle('Supercalifragilistic word', upTo(5))).toBe('Supercalifragilistic…');
  });
});

describe('the card fonts', () => {
  it('read the character maps of the font files', async () => {
    const naskh = fonts.find((f) => f.family === ARABIC_FAMILY)!;
    const hebrew = fonts.find((f) => f.family === HEBREW_FAMILY)!;
    expect(naskh.coverage.has(0x062b)).toBe(true); // ث
    expect(naskh.coverage.has(0x064b)).toBe(true); // tanween fath ً
    expect(naskh.coverage.has(0x06af)).toBe(true); // Persian gaf گ
    expect(naskh.coverage.has(0x0041)).toBe(true); // A
    expect(naskh.coverage.has(0x05d0)).toBe(false); // א
    expect(hebrew.coverage.has(0x05d0)).toBe(true);
    expect(cmapCoverage(await readFace(naskh)).equals(naskh.coverage)).toBe(true);
  });

  it("read from a family's bold face, which maps what its regular face maps", async () => {
    for (const font of fonts.filter((f) => f.weight === 400))
      expect(cmapCoverage(await readFace(font)).equals(font.coverage), font.family).toBe(true);
  });

  it('cover the sample titles, their authors and dates', () => {
    for (const [name, card] of Object.entries(SAMPLE_CARDS)) {
      expect(
        missingCharacters([card.title, card.siteName, ...card.authors, card.date].join(' '), coverage),
        name,
      ).toEqual([]);
    }
  });

  it('tell which characters no font has, once each, ignoring joiners and marks that draw nothing', () => {
    expect(missingCharacters('مرحبا ሰላም بالعالم ሰ ក', coverage)).toEqual(['ሰ', 'ላ', 'ም', 'ក']);
    expect(missingCharacters('می‌خواهیم\u200F DeepSeek\u2067x\u2069', coverage)).toEqual([]);
    expect(missingCharacters('中文 title 🚀 ✨', coverage)).toEqual([]);
  });

  it('leave out what they cannot draw, never a box', () => {
    expect(drawableText('ក إطلاق  النموذج ក', coverage)).toBe('إطلاق النموذج');
    expect(drawableText('Open models', coverage)).toBe('Open models');
  });

  it('draw Latin in the sans, each script in its own font', () => {
    expect(fontStack(SAMPLE_CARDS.hebrew!.title, 'he')).toEqual([SANS_FAMILY, HEBREW_FAMILY]);
    expect(fontStack(SAMPLE_CARDS.seed!.title, 'ar')).toEqual([SANS_FAMILY, ARABIC_FAMILY]);
    expect(fontStack('Open models', 'en')).toEqual([SANS_FAMILY]);
  });
});

describe('cardHtml', () => {
  it('sets the direction and language on the card root and on each text', () => {
    const html = cardHtml(SAMPLE_CARDS.latinFirst!);
    expect(html).toMatch(/<div class="card" dir="rtl" lang="ar"/);
    expect(html).toMatch(/<div class="title" lang="ar" dir="rtl" style="[^"]*">Janus-Pro من DeepSeek/);
  });

  it('escapes markup in the title', () => {
    const html = cardHtml({...SAMPLE_CARDS.seed!, title: '</div><script>alert(1)</script> & "x"'});
    expect(html).toContain('&lt;/div&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;');
    expect(html).not.toContain('<script>');
  });

  it('lists the authors as the locale does', () => {
    expect(cardHtml({...SAMPLE_CARDS.seed!, authors: ['لارك', 'سارة', 'علي']})).toContain('لارك وسارة وعلي');
    expect(cardHtml({...SAMPLE_CARDS.seed!, locale: 'en', localeDir: 'ltr', authors: ['Lark', 'Sara']})).toContain(
      'Lark and Sara',
    );
  });
});

describe('cardHash', () => {
  const digest = 'fonts-v1';
  const card = SAMPLE_CARDS.seed!;

  it('is the same for the same card', () => {
    expect(cardHash({...card}, digest)).toBe(cardHash(card, digest));
    expect(cardHash(card, digest)).toMatch(/^[0-9a-f]{32}$/);
  });

  it('changes with everything the card shows, and with the fonts', () => {
    const base = cardHash(card, digest);
    const variants = [
      cardHash({...card, title: `${card.title}!`}, digest),
      cardHash({...card, authors: ['سارة']}, digest),
      cardHash({...card, date: '30 يناير 2025'}, digest),
      cardHash({...card, locale: 'ar-EG'}, digest),
      cardHash({...card, lang: 'fa'}, digest),
      cardHash({...card, siteName: 'Qalam'}, digest),
      cardHash({...card, logo: undefined}, digest),
      cardHash(card, 'fonts-v2'),
    ];
    for (const variant of variants) expect(variant).not.toBe(base);
    expect(new Set(variants).size).toBe(variants.length);
  });
});

describe('rendering', () => {
  const decode = (png: Buffer) => PNG.sync.read(png);

  it(`draws a ${CARD_WIDTH}×${CARD_HEIGHT} PNG`, async () => {
    const png = await renderer.render(SAMPLE_CARDS.seed!);
    expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    const image = decode(png);
    expect([image.width, image.height]).toEqual([CARD_WIDTH, CARD_HEIGHT]);
  });

  it('mirrors the layout of a right-to-left card: the band is on the right', async () => {
    const band = (png: Buffer, x: number) => {
      const {data, width} = decode(png);
      const i = (300 * width + x) * 4;
      return [data[i], data[i + 1], data[i + 2]];
    };
    const rtl = await renderer.render(SAMPLE_CARDS.seed!);
    const ltr = await renderer.render({...SAMPLE_CARDS.seed!, title: 'Open models', lang: 'en', dir: 'ltr'});
    const green = [0x0b, 0x6e, 0x4f];
    expect(band(rtl, CARD_WIDTH - 5)).toEqual(green);
    expect(band(rtl, 5)).not.toEqual(green);
    expect(band(ltr, 5)).toEqual(green);
    expect(band(ltr, CARD_WIDTH - 5)).not.toEqual(green);
  });

  it(`keeps a short title whole and shortens a long one by words to ${MAX_TITLE_LINES} lines`, async () => {
    expect((await renderer.fit(SAMPLE_CARDS.seed!)).title).toBe(SAMPLE_CARDS.seed!.title);
    const long = SAMPLE_CARDS.long!.title;
    const fitted = (await renderer.fit(SAMPLE_CARDS.long!)).title;
    expect(fitted).toMatch(/…$/);
    const kept = fitted.slice(0, -1).split(' ');
    expect(long.startsWith(kept.join(' '))).toBe(true);
    expect(long.split(' ')).toEqual(expect.arrayContaining(kept));
    // One more word would not fit: the cut is as late as it can be.
    const oneMore = shortenByWords(long, kept.length + 1);
    expect((await renderer.fit({...SAMPLE_CARDS.long!, title: oneMore})).title).not.toBe(oneMore);
  });

  it('draws a title with a character no font has without it', async () => {
    expect((await renderer.fit({...SAMPLE_CARDS.seed!, title: 'ក إطلاق النموذج'})).title).toBe('إطلاق النموذج');
  });
});

describe('cards of posts', () => {
  const site: CardSite = {
    locale: 'ar',
    htmlLang: 'ar',
    localeDir: 'rtl',
    baseUrl: '/ar/',
    digits: 'latn',
    siteName: 'قلم',
    all: false,
    fontDigest: 'fonts',
  };
  const blogPost = (permalink: string, frontMatter: Record<string, unknown> = {}, title = 'عنوان المقال') =>
    ({
      id: permalink,
      content: '',
      metadata: {
        permalink,
        title,
        date: new Date('2025-01-29T00:00:00Z'),
        frontMatter,
        authors: [{key: 'lark', name: 'لارك'}],
        source: '@site/i18n/ar/docusaurus-plugin-content-blog/x.md',
      },
    }) as unknown as BlogPost;

  it('put a card at a stable URL per post and locale', () => {
    expect(cardFileOf('/ar/2025/01/29/deepseek', '/ar/')).toBe('img/cards/2025/01/29/deepseek.png');
    expect(cardFileOf('/blog/2025/01/29/deepseek/', '/')).toBe('img/cards/blog/2025/01/29/deepseek.png');
    expect(cardFileOf('/ar/%D9%85%D9%82%D8%A7%D9%84', '/ar/')).toBe('img/cards/مقال.png');
    expect(cardFileOf('/ar/', '/ar/')).toBe('img/cards/index.png');
  });

  it('writes the date as the locale does, in its digits', () => {
    expect(formatCardDate(new Date('2025-01-29'), {locale: 'ar', digits: 'latn'})).toBe('29 يناير 2025');
    expect(formatCardDate(new Date('2025-01-29'), {locale: 'ar', digits: 'arab'})).toBe('٢٩ يناير ٢٠٢٥');
    expect(formatCardDate(new Date('2025-01-29'), {locale: 'en', digits: 'latn'})).toBe('January 29, 2025');
  });

  it('writes the date in a form the fonts draw: the numeric form, else the ISO day, never with letters dropped', () => {
    const day = new Date('2024-06-24');
    expect(formatCardDate(day, {locale: 'ar', digits: 'latn', coverage})).toBe('24 يونيو 2024');
    expect(formatCardDate(day, {locale: 'fr', digits: 'latn', coverage})).toBe('24 juin 2024');
    expect(formatCardDate(day, {locale: 'zh', digits: 'latn', coverage})).toBe('2024年6月24日');
    expect(formatCardDate(day, {locale: 'ru', digits: 'latn', coverage})).toBe('24 июня 2024 г.');
    expect(formatCardDate(day, {locale: 'hi', digits: 'deva', coverage})).toBe('२४ जून २०२४');
    // Khmer letters are not in the cards' fonts: the numeric form; Khmer digits neither: the ISO day.
    expect(formatCardDate(day, {locale: 'km', digits: 'latn', coverage})).toBe('24/6/2024');
    expect(formatCardDate(day, {locale: 'km', digits: 'khmr', coverage})).toBe('2024-06-24');
  });

  it('leave out a site name or an author the fonts cannot draw whole, and say so', () => {
    const khmer = {...site, siteName: 'ប្លុក', coverage};
    const post = {
      ...blogPost('/ar/2025/01/29/x'),
      metadata: {
        ...blogPost('/ar/2025/01/29/x').metadata,
        authors: [
          {key: 'a', name: 'لارك'},
          {key: 'b', name: 'አበበ'},
        ],
      },
    } as unknown as BlogPost;
    const {jobs, omitted} = attachCards([post], khmer);
    expect(jobs[0]!.card).toMatchObject({siteName: '', authors: ['لارك']});
    expect(omitted).toEqual([
      {what: 'the site name', text: 'ប្លុក', missing: ['ប', '្', 'ល', 'ុ', 'ក']},
      {what: 'the author', text: 'አበበ', missing: ['አ', 'በ']},
    ]);
  });

  it('point a post without image at its card, with the head facts', () => {
    const {posts, jobs} = attachCards([blogPost('/ar/2025/01/29/x')], site);
    const metadata = posts[0]!.metadata as BlogPost['metadata'] & {socialCard?: unknown};
    expect(metadata.frontMatter.image).toBe('/img/cards/2025/01/29/x.png');
    expect(metadata.socialCard).toEqual({
      url: '/img/cards/2025/01/29/x.png',
      width: 1200,
      height: 630,
      type: 'image/png',
      alt: 'عنوان المقال',
      generated: true,
    });
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({file: 'img/cards/2025/01/29/x.png', pathname: '/ar/img/cards/2025/01/29/x.png'});
    expect(jobs[0]!.card).toMatchObject({
      title: 'عنوان المقال',
      lang: 'ar',
      dir: 'rtl',
      authors: ['لارك'],
      date: '29 يناير 2025',
    });
  });

  it('leave a post with its own image alone, unless every post gets a card', () => {
    const withImage = blogPost('/ar/y', {image: 'https://example.com/y.png'});
    expect(attachCards([withImage], site)).toEqual({posts: [withImage], jobs: [], omitted: []});
    const all = attachCards([withImage], {...site, all: true});
    expect(all.jobs).toHaveLength(1);
    expect(all.posts[0]!.metadata.frontMatter.image).toBe('/img/cards/y.png');
  });

  it("take the post's own language: an English post in the Arabic blog gets a left-to-right card", () => {
    const english = blogPost('/ar/z', {lang: 'en'}, 'Open models');
    expect(attachCards([english], site).jobs[0]!.card).toMatchObject({
      lang: 'en',
      dir: 'ltr',
      locale: 'ar',
      localeDir: 'rtl',
    });
  });
});

describe('title-glyph-missing', () => {
  const text = (title: string, image = '') =>
    `---\ntitle: ${JSON.stringify(title)}\n${image ? `image: ${image}\n` : ''}---\n`;
  const facts = (all = false) =>
    siteFacts({settings: {required: [], socialCards: true, socialCardsAll: all}, cardCoverage: coverage});
  const check = (title: string, image = '', all = false) => {
    const p = post(text(title, image), 'ar');
    return checkTitleGlyphs(p, p.parsed.data!, facts(all));
  };

  it('reports a character of the title that no card font has', () => {
    expect(check('إطلاق النموذج ក')).toEqual([
      {
        rule: 'title-glyph-missing',
        messageId: 'missing',
        path: ['title'],
        message:
          'The title holds "ក" (U+1780), which none of the social card\'s fonts and emoji images (tried: Noto Sans, Noto Naskh Arabic, Noto Sans Hebrew, Noto Sans Devanagari, Noto Sans Thai, Noto Sans JP, Noto Sans SC, Noto Sans TC, Noto Sans KR, Twemoji (@twemoji/svg)) can draw: the card would show an empty box. Remove it from the title, or give the post its own "image".',
      },
    ]);
  });

  it('is quiet for the sample titles, a post with its own image, and when cards are off', () => {
    for (const card of Object.values(SAMPLE_CARDS)) expect(check(card.title)).toEqual([]);
    expect(check('إطلاق ក', '/img/x.png')).toEqual([]);
    const p = post(text('إطلاق ក'), 'ar');
    expect(checkTitleGlyphs(p, p.parsed.data!, siteFacts({cardCoverage: coverage}))).toEqual([]);
  });

  it('also checks posts with an image when every post gets a card', () => {
    expect(check('إطلاق ក ሰ', '/img/x.png', true)[0]!.message).toBe(
      'The title holds "ក" (U+1780), "ሰ" (U+1230), which none of the social card\'s fonts and emoji images (tried: Noto Sans, Noto Naskh Arabic, Noto Sans Hebrew, Noto Sans Devanagari, Noto Sans Thai, Noto Sans JP, Noto Sans SC, Noto Sans TC, Noto Sans KR, Twemoji (@twemoji/svg)) can draw: the card would show empty boxes. Remove them from the title, or give the post its own "image" and set the blog plugin\'s socialCards.all to false.',
    );
  });
});

describe('the socialCards option', () => {
  it('defaults to cards for posts without image, and refuses unknown keys', () => {
    expect(normalizeCheckerOptions({}).socialCards).toEqual({enabled: true, all: false});
    expect(normalizeCheckerOptions({socialCards: {all: true}}).socialCards).toEqual({enabled: true, all: true});
    expect(normalizeCheckerOptions({socialCards: {enabled: false, logo: false}}).socialCards).toEqual({
      enabled: false,
      all: false,
      logo: false,
    });
    expect(() => normalizeCheckerOptions({socialCards: {everyPost: true}})).toThrow();
    expect(() => normalizeCheckerOptions({socialCards: {logo: ''}})).toThrow();
  });
});

describe('loadLogo', () => {
  const staticDirs = [path.join(ROOT, 'static')];

  it('reads a logo of a static folder as a data: URL, with or without a leading slash', async () => {
    expect(await loadLogo('img/logo.svg', staticDirs)).toMatch(/^data:image\/svg\+xml;base64,PHN2Zy/);
    expect(await loadLogo('/img/logo.svg', staticDirs)).toBe(await loadLogo('img/logo.svg', staticDirs));
  });

  it('gives none for a remote, missing, escaping or unknown-format logo', async () => {
    expect(await loadLogo('https://example.com/logo.png', staticDirs)).toBeUndefined();
    expect(await loadLogo('/img/missing.png', staticDirs)).toBeUndefined();
    expect(await loadLogo('/../tests/fixtures/sites/cards/static/img/logo.svg', staticDirs)).toBeUndefined();
    expect(await loadLogo('/img/logo.gif', staticDirs)).toBeUndefined();
    expect(await loadLogo(undefined, staticDirs)).toBeUndefined();
    expect(await loadLogo('/img/%E0%A4%A.svg', staticDirs)).toBeUndefined();
  });
});
