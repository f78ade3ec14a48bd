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
 * takumi itself.
 */
import {createHash} from 'node:crypto';
import {existsSync, readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {fromHtml} from '@takumi-rs/helpers/html';
import {combinedCoverage, drawableText, fontStack, fontsDigest, type CardFont} from './fonts';

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
.title{width:${CONTENT_WIDTH}px;font-size:${TITLE_SIZE}px;font-weight:700;line-height:${TITLE_LINE_HEIGHT};text-align:start}
.meta{display:flex;flex-direction:row;justify-content:space-between;align-items:center;gap:32px;width:${CONTENT_WIDTH}px;font-size:30px;font-weight:400;line-height:1.5;color:#4a4a45}
`.trim();

/** Where the title is in the template: card > body (2nd) > title (2nd). `fitTitle` measures it. */
const TITLE_PATH = [1, 1] as const;

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

/**
 * The card as one HTML fragment: a <style> and the card's root. takumi reads
 * it with `fromHtml`; a browser shows it as it is, with the same fonts
 * (fontFaceCss). Every text sits in its own element with its own language and
 * direction, so a date in Arabic on a left-to-right card keeps its order.
 */
export function cardHtml(card: SocialCard): string {
  const fonts = fontStack(card.title)
    .map((family) => `'${family}'`)
    .join(',');
  const piece = (cls: string, text: string, lang: string, dir: string) =>
    `<div class="${cls}" lang="${escapeHtml(lang)}" dir="${dir}">${escapeHtml(text)}</div>`;
  const authors = listAuthors(card.authors, card.locale);
  return [
    `<style>${CARD_CSS}</style>`,
    `<div class="card" dir="${card.dir}" lang="${escapeHtml(card.lang)}" style="font-family:${fonts}">`,
    `<div class="band"></div>`,
    `<div class="body">`,
    `<div class="site">`,
    card.logo ? `<img class="logo" src="${escapeHtml(card.logo)}" width="64" height="64" alt="">` : '',
    piece('site-name', card.siteName, card.locale, card.localeDir),
    `</div>`,
    piece('title', card.title, card.lang, card.dir),
    `<div class="meta">`,
    piece('authors', authors, card.locale, card.localeDir),
    piece('date', card.date, card.locale, card.localeDir),
    `</div>`,
    `</div>`,
    `</div>`,
  ].join('');
}

/** Punctuation that should not stand before the ellipsis of a shortened title. */
const TRAILING = /[\s\p{Pd},.:;!?،؛؟·|/]+$/u;

/** The first `count` words of a title, with an ellipsis. */
export function shortenByWords(title: string, count: number): string {
  const words = title.trim().split(/\s+/u);
  if (count >= words.length) return title.trim();
  return `${words.slice(0, Math.max(1, count)).join(' ').replace(TRAILING, '')}…`;
}

/**
 * The longest start of the title, cut at a word boundary, that `fits`:
 * the whole title when it fits, else as many whole words as fit, with an
 * ellipsis. A single word too long for the card is kept whole (the card
 * then shows it clipped rather than as a meaningless piece of a word).
 */
export async function fitTitle(title: string, fits: (text: string) => Promise<boolean>): Promise<string> {
  const whole = title.trim();
  if (await fits(whole)) return whole;
  const words = whole.split(/\s+/u).length;
  let low = 1;
  let high = words - 1;
  let best = 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (await fits(shortenByWords(whole, middle))) {
      best = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return shortenByWords(whole, best);
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
const DRAWING_VERSION = 1;

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

/** A takumi renderer with the card fonts registered. Data in, PNG bytes out: no file is touched. */
export async function createCardRenderer(fonts: readonly CardFont[]): Promise<CardRenderer> {
  // Required here, not imported at the top: a build hashes cards in its own
  // process but draws them in a child (cards/child.ts), and the native
  // library would add some 5 MB to the build's process for nothing.
  const {Renderer} = createRequire(__filename)('@takumi-rs/core') as typeof import('@takumi-rs/core');
  const renderer = new Renderer();
  // A `fonts` option of the constructor was silently ignored (empty boxes):
  // registerFont is the way that works.
  for (const font of fonts)
    await renderer.registerFont({name: font.family, data: font.data, weight: font.weight, style: 'normal'});
  const coverage = combinedCoverage(fonts);
  const size = {width: CARD_WIDTH, height: CARD_HEIGHT};

  async function titleLines(card: SocialCard): Promise<number> {
    const {node, css} = fromHtml(cardHtml(card));
    let measured = await renderer.measure(node, {...size, css});
    for (const index of TITLE_PATH) measured = measured.children[index]!;
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
    );
    return {...drawable, title};
  }

  return {
    fit,
    fontDigest: fontsDigest(fonts),
    async render(card) {
      const {node, css} = fromHtml(cardHtml(await fit(card)));
      return renderer.render(node, {...size, css, format: 'png'});
    },
  };
}
