/**
 * Social cards in the plugin's lifecycle, so that index.ts only wires:
 * - when posts are loaded, each post that gets a card points at it (`image`,
 *   `socialCard`), and the card's job (data, hash, file) is kept;
 * - postBuild writes the locale's cards into the build, drawing only those
 *   the cache does not hold, and says how many it drew;
 * - the dev server draws a card when its URL is asked for.
 */
import path from 'node:path';
import logger from '@docusaurus/logger';
import type {BlogPost} from '@docusaurus/plugin-content-blog';
import type {LoadContext} from '@docusaurus/types';
import type {ImageFacts} from './context';
import {directionOf} from './direction';
import {classifyImage} from './image';
import type {SocialCardOptions} from './options';
import {createCardRenderer, type CardRenderer} from './socialCard';
import {CACHE_FOLDER, cardMiddleware, createCardStore, loadLogo, writeCards} from './socialCardFiles';
import {fontsDigest, loadCardFonts} from './socialCardFonts';
import {attachCards, localImageMeta, type CardJob, type CardSite} from './socialCardPosts';

export interface SocialCardsParams {
  context: LoadContext;
  options: SocialCardOptions;
  isDev: boolean;
  /** The digits the locale writes dates in: an Intl numbering system (latn, arab, arabext). */
  digits: string;
  /** Facts of a local image file (by absolute path), as the checker read them. */
  imageFacts: (absolutePath: string) => ImageFacts | undefined;
}

type DevServerMiddleware = {name: string; middleware: ReturnType<typeof cardMiddleware>};

export function createSocialCards({context, options, isDev, digits, imageFacts}: SocialCardsParams) {
  const {siteDir, i18n, siteConfig} = context;
  const locale = i18n.currentLocale;
  const localeConfig = i18n.localeConfigs[locale];
  const staticDirs = siteConfig.staticDirectories.map((dir) => path.resolve(siteDir, dir));
  let jobs = new Map<string, CardJob>();

  let renderer: Promise<CardRenderer> | undefined;
  const store = createCardStore(path.join(siteDir, CACHE_FOLDER), () => (renderer ??= loadCardFonts().then(createCardRenderer)));

  let site: Promise<CardSite> | undefined;
  const siteOf = () =>
    (site ??= (async () => {
      const navbarLogo = (siteConfig.themeConfig as {navbar?: {logo?: {src?: string}}}).navbar?.logo?.src;
      const logoSrc = options.logo === false ? undefined : (options.logo ?? navbarLogo);
      const logo = await loadLogo(logoSrc, staticDirs);
      if (logoSrc && !logo) logger.warn(`Social cards: the logo "${logoSrc}" is not a PNG, JPEG, WebP or SVG file in a static folder; the cards show none. Set the blog plugin's socialCards.logo to such a file, or to false.`);
      const htmlLang = localeConfig?.htmlLang ?? locale;
      return {
        locale,
        htmlLang,
        localeDir: localeConfig?.direction ?? directionOf(htmlLang),
        baseUrl: context.baseUrl,
        ...(localeConfig?.calendar ? {calendar: localeConfig.calendar} : {}),
        digits,
        siteName: siteConfig.title,
        ...(logo ? {logo} : {}),
        all: options.all,
        fontDigest: fontsDigest(await loadCardFonts()),
      };
    })());

  /** The width, height and type of a post's own local image, when the checker could read them. */
  function ownImageMeta(post: BlogPost) {
    const image = post.metadata.frontMatter.image;
    if (typeof image !== 'string') return undefined;
    const postFile = path.join(siteDir, post.metadata.source.replace(/^@site\//, ''));
    const ref = classifyImage(image, postFile, staticDirs, siteDir);
    if (ref.kind !== 'local') return undefined;
    const found = ref.candidates.map(imageFacts).find((facts) => facts?.exists);
    return localImageMeta(image, found);
  }

  return {
    /** Points the posts that get a card at it; remembers the cards to draw. */
    async process(posts: BlogPost[]): Promise<BlogPost[]> {
      if (!options.enabled) return posts;
      const result = attachCards(posts, await siteOf(), ownImageMeta);
      jobs = new Map(result.jobs.map((job) => [job.pathname, job]));
      return result.posts;
    },

    async postBuild(outDir: string): Promise<void> {
      if (!options.enabled || jobs.size === 0) return;
      const started = Date.now();
      const {drawn, reused} = await writeCards([...jobs.values()], outDir, store);
      logger.info(`Social cards (${locale}): ${drawn} drawn, ${reused} reused from the cache, in ${Date.now() - started} ms.`);
    },

    /** The dev server's part of the client's config: the cards' URLs. */
    devServer(isServer: boolean) {
      if (!options.enabled || !isDev || isServer) return undefined;
      const ours: DevServerMiddleware = {name: 'qalam-social-cards', middleware: cardMiddleware(() => jobs, store)};
      return {
        // webpack-merge joins this function with Docusaurus's own by calling
        // both on the same array and concatenating what they return: ours adds
        // itself to that array and returns nothing more, or every middleware
        // would run twice. The dev server test fetches a card through it.
        setupMiddlewares: (middlewares: unknown[]) => {
          if (!middlewares.includes(ours)) middlewares.unshift(ours);
          return [];
        },
      };
    },
  };
}
