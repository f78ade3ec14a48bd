/**
 * A post's social card (its Open Graph image): the data it shows, the one
 * template (HTML and CSS that takumi and a browser both draw), titles
 * shortened by whole words, the hash of everything a card shows, and the
 * rendering of data to PNG bytes with @takumi-rs/core.
 *
 * Why takumi: it shapes Arabic with its dots and marks in place and lays out
 * right-to-left text line for line as Chromium does (Satori does not). Its
 * pitfalls, each handled here: the card's root needs `dir`; fonts must be
 * registered with `registerFont`; `line-clamp` cuts right-to-left text at the
 * wrong end, so long titles are shortened by words in code, measuring with
 * takumi itself; it finds no word breaks in Thai and breaks Japanese and
 * Chinese between any two characters, so the title's breaks are given to it
 * (lines.ts).
 *
 * Each text of the card names the fonts its characters need (fonts.ts
 * fontStack), and only those faces are loaded, once per renderer: a build of
 * Arabic posts never reads the 10 MB of a Chinese font.
 */
import {createHash} from 'node:crypto';
import {existsSync, readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {fromHtml} from '@takumi-rs/helpers/html';
import {emojiImages, isEmoji, mayHoldEmoji} from './emoji';
import {
  combinedCoverage,
  drawableText,
  facesOf,
  familyCoverage,
  fontStack,
  fontsDigest,
  readFace,
  type CardFont,
  type CardFontFile,
  type CardWeight,
} from './fonts';
import {lineUnits, shortenByUnits, withBreaks} from './lines';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
export const CARD_TYPE = 'image/png';

/** Everything a card shows. */
export interface SocialCard {
  title: string;
  /** The title's language and direction: the post's. The layout follows them. */
  lang: string;
  dir: 'ltr' | 'rtl';
  siteName: string;
  /** A data: URL of the site's logo, or none. */
  logo?: string;
  authors: readonly string[];
  /** The date as the locale writes it. */
  date: string;
  /** The locale the site name, authors and date are written in, and its direction. */
  locale: string;
  localeDir: 'ltr' | 'rtl';
}

const TITLE_SIZE = 64;
const TITLE_LINE_HEIGHT = 1.5;
/** A fourth line would push the authors and the date off the card. */
export const MAX_TITLE_LINES = 3;
const BAND = 24;
const PADDING_BLOCK = 56;
const PADDING_INLINE = 72;
const CONTENT_WIDTH = CARD_WIDTH - BAND - 2 * PADDING_INLINE;

/**
 * The card's CSS. Physical sides are never named: the band sits at the
 * inline start through the flex row, which `dir` mirrors (takumi ignores
 * `border-inline-start`, so the band is an element of its own).
 */
const CARD_CSS = `
.card{display:flex;flex-direction:row;width:${CARD_WIDTH}px;height:${CARD_HEIGHT}px;box-sizing:border-box;background-color:#fbfaf5;color:#1c1c1a}
.band{width:${BAND}px;height:${CARD_HEIGHT}px;flex-shrink:0;background-color:#0b6e4f}
.body{display:flex;flex-direction:column;justify-content:space-between;width:${CARD_WIDTH - BAND}px;height:${CARD_HEIGHT}px;box-sizing:border-box;padding:${PADDING_BLOCK}px ${PADDING_INLINE}px}
.site{display:flex;flex-direction:row;align-items:center;gap:20px;height:72px}
.logo{width:64px;height:64px;flex-shrink:0}
.site-name{font-size:36px;font-weight:700;line-height:1.4;color:#0b6e4f}
.title{width:${CONTENT_WIDTH}px;font-size:${TITLE_SIZE}px;font-weight:700;line-height:${TITLE_LINE_HEIGHT};text-align:start;word-break:keep-all}
.emoji{width:1em;height:1em;margin:0 0.05em;vertical-align:-0.1em}
.meta{display:flex;flex-direction:row;justify-content:space-between;align-items:center;gap:32px;width:${CONTENT_WIDTH}px;font-size:30px;font-weight:400;line-height:1.5;color:#4a4a45}
`.trim();

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'})[c]!);

/** The authors as the locale lists them ("A, B and C"). */
function listAuthors(authors: readonly string[], locale: string): string {
  try {
    return new Intl.ListFormat(locale, {type: 'conjunction'}).format(authors);
  } catch {
    return authors.join(', ');
  }
}

/** One of the card's texts: class, text, language, direction and weight. */
type Piece = {cls: string; text: string; lang: string; dir: string; weight: CardWeight};

/** The title's piece: the only one a title's measure needs. */
const titlePiece = (card: SocialCard): Piece => ({
  cls: 'title',
  text: card.title,
  lang: card.lang,
  dir: card.dir,
  weight: 700,
});

/** The card's texts, in the template's order. */
function piecesOf(card: SocialCard): Piece[] {
  return [
    {cls: 'site-name', text: card.siteName, lang: card.locale, dir: card.localeDir, weight: 700},
    titlePiece(card),
    {cls: 'authors', text: listAuthors(card.authors, card.locale), lang: card.locale, dir: card.localeDir, weight: 400},
    {cls: 'date', text: card.date, lang: card.locale, dir: card.localeDir, weight: 400},
  ];
}

const graphemes = new Intl.Segmenter(undefined, {granularity: 'grapheme'});

/**
 * Whether a grapheme is drawn as an emoji image: an emoji by default or by
 * request, or a pictograph no font has, and Twemoji has its image.
 */
function drawnAsEmoji(grapheme: string): boolean {
  const pictograph =
    isEmoji(grapheme) ||
    (/\p{Extended_Pictographic}/u.test(grapheme) &&
      ![...familyCoverage().values()].some((c) => c.has(grapheme.codePointAt(0)!)));
  return pictograph && emojiImages(grapheme).length > 0;
}

/** A text as the card's HTML: escaped, each emoji an image. */
function inlineHtml(text: string): string {
  if (!mayHoldEmoji(text)) return escapeHtml(text);
  let html = '';
  for (const {segment} of graphemes.segment(text)) {
    html += drawnAsEmoji(segment)
      ? emojiImages(segment)
          .map((src) => `<img class="emoji" src="${src}" alt="">`)
          .join('')
      : escapeHtml(segment);
  }
  return html;
}

/** The fonts a card's text needs (its emoji aside), in the order it tries them. */
function stackOf(text: string, lang: string): string[] {
  if (!mayHoldEmoji(text)) return fontStack(text, lang);
  let rest = '';
  for (const {segment} of graphemes.segment(text)) if (!drawnAsEmoji(segment)) rest += segment;
  return fontStack(rest, lang);
}

/** The font faces that draw a card: each text's stack at its weight. */
export function cardFaces(card: SocialCard): CardFontFile[] {
  const faces = new Set<CardFontFile>();
  for (const piece of piecesOf(card))
    for (const face of facesOf(stackOf(piece.text, piece.lang), piece.weight)) faces.add(face);
  return [...faces];
}

/** One of the card's texts as its element. */
function pieceHtml({cls, text, lang, dir}: Piece): string {
  const fonts = stackOf(text, lang)
    .map((family) => `'${family}'`)
    .join(',');
  const content = inlineHtml(cls === 'title' ? withBreaks(text, lang) : text);
  return `<div class="${cls}" lang="${escapeHtml(lang)}" dir="${dir}" style="font-family:${escapeHtml(fonts)}">${content}</div>`;
}

/**
 * The card's title alone, as the card lays it out: its element has the
 * card's content width of its own, so nothing around it changes its lines.
 * `fitTitle` measures this rather than the whole card, whose other texts
 * would be shaped for nothing.
 */
function titleOnlyHtml(card: SocialCard): string {
  return `<style>${CARD_CSS}</style><div dir="${card.dir}" lang="${escapeHtml(card.lang)}">${pieceHtml(titlePiece(card))}</div>`;
}

/**
 * The card as one HTML fragment: a <style> and the card's root. takumi reads
 * it with `fromHtml`; a browser shows it as it is, with the same fonts
 * (fontFaceCss of cardFaces). Every text sits in its own element with its own
 * language, direction and fonts, so a date in Arabic on a left-to-right card
 * keeps its order and a Japanese title takes Japanese Han forms.
 */
export function cardHtml(card: SocialCard): string {
  const [siteName, title, authors, date] = piecesOf(card).map(pieceHtml);
  return [
    `<style>${CARD_CSS}</style>`,
    `<div class="card" dir="${card.dir}" lang="${escapeHtml(card.lang)}">`,
    `<div class="band"></div>`,
    `<div class="body">`,
    `<div class="site">`,
    card.logo ? `<img class="logo" src="${escapeHtml(card.logo)}" width="64" height="64" alt="">` : '',
    siteName,
    `</div>`,
    title,
    `<div class="meta">`,
    authors,
    date,
    `</div>`,
    `</div>`,
    `</div>`,
  ].join('');
}

/** The first `count` words of a title (as lines.ts cuts it for `lang`), with an ellipsis. */
export function shortenByWords(title: string, count: number, lang = 'en'): string {
  return shortenByUnits(lineUnits(title.trim(), lang), count);
}

/**
 * The longest start of the title, cut at a word boundary, that `fits`:
 * the whole title when it fits, else as many whole words as fit, with an
 * ellipsis. A single word too long for the card is kept whole (the card
 * then shows it clipped rather than as a meaningless piece of a word).
 */
export async function fitTitle(title: string, fits: (text: string) => Promise<boolean>, lang = 'en'): Promise<string> {
  const whole = title.trim();
  if (await fits(whole)) return whole;
  const units = lineUnits(whole, lang);
  let low = 1;
  let high = units.length - 1;
  let best = 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (await fits(shortenByUnits(units, middle))) {
      best = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return shortenByUnits(units, best);
}

/** The renderer's version, from its package.json (which its `exports` do not expose). */
const TAKUMI_VERSION = ((): string => {
  let dir = path.dirname(createRequire(__filename).resolve('@takumi-rs/core'));
  while (!existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return (JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as {version: string}).version;
})();

/**
 * Changes of this file that the template's HTML and CSS do not show (how
 * titles are shortened, what is left out) must bump it, so cached cards are
 * drawn again.
 */
const DRAWING_VERSION = 2;

/**
 * The hash of everything a card shows: the template with the card's data in
 * it (title, authors, date, locale, site name, logo), the layout constants,
 * the fonts' bytes and the renderer's version. Same hash, same PNG.
 */
export function cardHash(card: SocialCard, fontDigest: string): string {
  return createHash('sha256')
    .update(cardHtml(card))
    .update(`\0${DRAWING_VERSION}\0${MAX_TITLE_LINES}\0${TAKUMI_VERSION}\0${fontDigest}`)
    .digest('hex')
    .slice(0, 32);
}

export interface CardRenderer {
  /** The card with its title shortened to fit, and any character no font has left out. */
  fit(card: SocialCard): Promise<SocialCard>;
  /** The PNG of a card (fitted first). */
  render(card: SocialCard): Promise<Buffer>;
  /** What `cardHash` needs besides the card. */
  fontDigest: string;
}

/**
 * A takumi renderer of cards in the given fonts, each registered when a card
 * first needs it. Data in, PNG bytes out; the only files read are the fonts'.
 */
export function createCardRenderer(fonts: readonly CardFont[]): Promise<CardRenderer> {
  // Required here, not imported at the top: a build hashes cards in its own
  // process but draws them in a child (cards/child.ts), and the native
  // library would add some 5 MB to the build's process for nothing.
  const {Renderer} = createRequire(__filename)('@takumi-rs/core') as typeof import('@takumi-rs/core');
  const renderer = new Renderer();
  const coverage = combinedCoverage(fonts);
  const registered = new Map<string, Promise<unknown>>();

  /** Registers the faces a card needs that are not yet: a font file is read once, when a card first needs it. */
  function loadFaces(card: SocialCard): Promise<unknown> {
    const wanted = cardFaces(card).filter((face) =>
      fonts.some((font) => font.family === face.family && font.weight === face.weight),
    );
    return Promise.all(
      wanted.map((face) => {
        const key = `${face.family}/${face.weight}`;
        let done = registered.get(key);
        // A `fonts` option of the constructor was silently ignored (empty boxes):
        // registerFont is the way that works.
        done ??= readFace(face).then((data) =>
          renderer.registerFont({name: face.family, data, weight: face.weight, style: 'normal'}),
        );
        registered.set(key, done);
        return done;
      }),
    );
  }
  const size = {width: CARD_WIDTH, height: CARD_HEIGHT};

  async function titleLines(card: SocialCard): Promise<number> {
    await loadFaces(card);
    const {node, css} = fromHtml(titleOnlyHtml(card));
    const measured = (await renderer.measure(node, {...size, css})).children[0]!;
    return Math.round(measured.height / (TITLE_SIZE * TITLE_LINE_HEIGHT));
  }

  async function fit(card: SocialCard): Promise<SocialCard> {
    const drawable = {
      ...card,
      title: drawableText(card.title, coverage),
      siteName: drawableText(card.siteName, coverage),
      authors: card.authors.map((a) => drawableText(a, coverage)).filter(Boolean),
      date: drawableText(card.date, coverage),
    };
    const title = await fitTitle(
      drawable.title,
      async (text) => (await titleLines({...drawable, title: text})) <= MAX_TITLE_LINES,
      card.lang,
    );
    return {...drawable, title};
  }

  return Promise.resolve({
    fit,
    fontDigest: fontsDigest(fonts),
    async render(card) {
      const fitted = await fit(card);
      await loadFaces(fitted);
      const {node, css} = fromHtml(cardHtml(fitted));
      return renderer.render(node, {...size, css, format: 'png'});
    },
  });
}
