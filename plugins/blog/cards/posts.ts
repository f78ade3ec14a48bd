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
  site: Pick<CardSite, 'locale' | 'calendar' | 'digits'>,
): string {
  return dateFormat({
    lang: site.locale,
    digits: site.digits,
    ...(site.calendar ? {calendar: site.calendar} : {}),
  }).format(new Date(date));
}

/** What a post's card shows. The title is the post's, whole: takumi shortens it to fit when drawing. */
function cardOfPost(post: BlogPost, site: CardSite): SocialCard {
  const metadata = post.metadata as PostMetadata;
  const declared = typeof metadata.frontMatter.lang === 'string' ? metadata.frontMatter.lang : undefined;
  const lang = metadata.language?.lang ?? declared ?? site.htmlLang;
  return {
    title: metadata.title,
    lang,
    dir: metadata.language?.dir ?? directionOf(lang),
    siteName: site.siteName,
    ...(site.logo ? {logo: site.logo} : {}),
    authors: metadata.authors.map((a) => a.name ?? a.key ?? '').filter((name): name is string => name.trim() !== ''),
    date: formatCardDate(metadata.date, site),
    locale: site.htmlLang,
    localeDir: site.localeDir,
  };
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
): {posts: BlogPost[]; jobs: CardJob[]} {
  const jobs: CardJob[] = [];
  const out = posts.map((post) => {
    if (!wantsCard(post, site.all)) {
      const meta = imageMeta(post);
      return meta ? withMetadata(post, {socialCard: meta}) : post;
    }
    const card = cardOfPost(post, site);
    const file = cardFileOf(post.metadata.permalink, site.baseUrl);
    jobs.push({card, hash: cardHash(card, site.fontDigest), file, pathname: `${site.baseUrl}${file}`});
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
  return {posts: out, jobs};
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
