/**
 * Which posts get a social card, what their card shows, and where it lives.
 * Pure: posts and the site's facts in, posts (pointing at their card) and card
 * jobs out; the cards are drawn and written by socialCardCache.ts.
 *
 * A card's URL is stable per post and locale: the post's path under the
 * locale's base URL, in `img/cards/`, as a PNG. For the post
 * `/ar/2025/01/29/deepseek` it is `/ar/img/cards/2025/01/29/deepseek.png`.
 */
import type {BlogPost} from '@docusaurus/plugin-content-blog';
import {directionOf} from '../i18n/direction';
import {CARD_HEIGHT, CARD_TYPE, CARD_WIDTH, cardHash, type SocialCard} from './card';
import {dateFormat} from '../client/postDate';
import type {CodePoints} from './codePoints';
import {missingCharacters} from './fonts';
import type {SocialCardMeta} from '../client/types';

const CARDS_FOLDER = 'img/cards';

export interface CardJob {
  card: SocialCard;
  hash: string;
  /** Where the PNG goes, relative to the locale's build folder (decoded, with forward slashes). */
  file: string;
  /** The URL path the dev server answers, with the base URL (decoded). */
  pathname: string;
}

export interface CardSite {
  /** The locale being built, its base URL ("/ar/") and direction. */
  locale: string;
  localeDir: 'ltr' | 'rtl';
  baseUrl: string;
  htmlLang: string;
  calendar?: string;
  digits: string;
  siteName: string;
  logo?: string;
  /** A card for every post, not only those without `image`. */
  all: boolean;
  fontDigest: string;
  /** The code points the cards' fonts draw; without it, every text is taken as drawable. */
  coverage?: CodePoints;
}

type PostMetadata = BlogPost['metadata'] & {language?: {lang: string; dir: 'ltr' | 'rtl'}; socialCard?: SocialCardMeta};

/** Whether a post gets a drawn card. */
function wantsCard(post: BlogPost, all: boolean): boolean {
  const image = post.metadata.frontMatter.image;
  return all || typeof image !== 'string' || image.trim() === '';
}

/** The card's file in the build, from the post's permalink: `img/cards/<path>.png`. */
export function cardFileOf(permalink: string, baseUrl: string): string {
  const relative = permalink.startsWith(baseUrl) ? permalink.slice(baseUrl.length) : permalink.replace(/^\/+/, '');
  let decoded: string;
  try {
    decoded = decodeURI(relative);
  } catch {
    decoded = relative;
  }
  // normalizeUrl leaves no "." or ".." in a permalink; drop them anyway, a file must stay in img/cards.
  const segments = decoded.split('/').filter((s) => s !== '' && s !== '.' && s !== '..');
  return `${CARDS_FOLDER}/${segments.length ? segments.join('/') : 'index'}.png`;
}

export function formatCardDate(
  date: Date | string | number,
  site: Pick<CardSite, 'locale' | 'calendar' | 'digits' | 'coverage'>,
): string {
  const style = {lang: site.locale, digits: site.digits, ...(site.calendar ? {calendar: site.calendar} : {})};
  const day = new Date(date);
  const drawable = (text: string) => !site.coverage || missingCharacters(text, site.coverage).length === 0;
  // The locale's long form ("24 juin 2024"); where the fonts lack its letters
  // (Khmer: "24 មិថុនា 2024"), its numeric form ("24/6/2024"); else the ISO day.
  for (const numeric of [false, true]) {
    const text = dateFormat(style, numeric ? NUMERIC_DATE : undefined).format(day);
    if (drawable(text)) return text;
  }
  return day.toISOString().slice(0, 10);
}

const NUMERIC_DATE: Intl.DateTimeFormatOptions = {day: 'numeric', month: 'numeric', year: 'numeric'};

/** A text a card would draw with characters missing: what it is, for the build's warning. */
export interface CardOmission {
  what: string;
  text: string;
  missing: string[];
}

/**
 * What a post's card shows. The title is the post's, whole: takumi shortens
 * it to fit when drawing (a title the fonts cannot draw is the checker's
 * title-glyph-missing). The site name and authors the fonts cannot draw whole
 * are left out, and said in `omitted`.
 */
function cardOfPost(post: BlogPost, site: CardSite, omitted: CardOmission[]): SocialCard {
  const metadata = post.metadata as PostMetadata;
  const declared = typeof metadata.frontMatter.lang === 'string' ? metadata.frontMatter.lang : undefined;
  const lang = metadata.language?.lang ?? declared ?? site.htmlLang;
  return {
    title: metadata.title,
    lang,
    dir: metadata.language?.dir ?? directionOf(lang),
    siteName: drawnWhole('the site name', site.siteName, site, omitted),
    ...(site.logo ? {logo: site.logo} : {}),
    authors: metadata.authors
      .map((a) => drawnWhole('the author', a.name ?? a.key ?? '', site, omitted))
      .filter((name) => name.trim() !== ''),
    date: formatCardDate(metadata.date, site),
    locale: site.htmlLang,
    localeDir: site.localeDir,
  };
}

/** The text, when the fonts draw all of it; else nothing, and the omission said. */
function drawnWhole(what: string, text: string, site: CardSite, omitted: CardOmission[]): string {
  const missing = site.coverage ? missingCharacters(text, site.coverage) : [];
  if (missing.length === 0) return text;
  if (!omitted.some((o) => o.what === what && o.text === text)) omitted.push({what, text, missing});
  return '';
}

/**
 * Points every post that gets a card at it: `image` (which the theme turns
 * into og:image and twitter:image, absolute) and `socialCard` (width, height,
 * type and alt). Other posts keep their image; `imageMeta` may tell its size.
 */
export function attachCards(
  posts: readonly BlogPost[],
  site: CardSite,
  imageMeta: (post: BlogPost) => SocialCardMeta | undefined = () => undefined,
): {posts: BlogPost[]; jobs: CardJob[]; omitted: CardOmission[]} {
  const jobs: CardJob[] = [];
  const omitted: CardOmission[] = [];
  const out = posts.map((post) => {
    if (!wantsCard(post, site.all)) {
      const meta = imageMeta(post);
      return meta ? withMetadata(post, {socialCard: meta}) : post;
    }
    const card = cardOfPost(post, site, omitted);
    const file = cardFileOf(post.metadata.permalink, site.baseUrl);
    // The hash on first use: a build needs every card's, the dev server only
    // those of the cards asked for, and it attaches the cards on every save
    // (the card's HTML, hashed, is 0.1 ms a post).
    let hash: string | undefined;
    jobs.push({
      card,
      get hash() {
        return (hash ??= cardHash(card, site.fontDigest));
      },
      file,
      pathname: `${site.baseUrl}${file}`,
    });
    const url = `/${encodeURI(file)}`;
    const socialCard: SocialCardMeta = {
      url,
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      type: CARD_TYPE,
      alt: post.metadata.title,
      generated: true,
    };
    return withMetadata(post, {socialCard, frontMatter: {...post.metadata.frontMatter, image: url}});
  });
  return {posts: out, jobs, omitted};
}

function withMetadata(post: BlogPost, extra: Partial<PostMetadata>): BlogPost {
  return {...post, metadata: {...post.metadata, ...extra}};
}

const IMAGE_TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  gif: 'image/gif',
};

/** The head's facts of a post's own local image, from its file's facts. */
export function localImageMeta(
  image: string,
  facts: {width?: number; height?: number; format?: string} | undefined,
): SocialCardMeta | undefined {
  if (!facts?.width || !facts.height) return undefined;
  const type = facts.format ? IMAGE_TYPES[facts.format.toLowerCase()] : undefined;
  return {url: image, width: facts.width, height: facts.height, ...(type ? {type} : {}), generated: false};
}
