/**
 * Social cards in the plugin's lifecycle, so that index.ts only wires:
 * - when posts are loaded, each post that gets a card points at it (`image`,
 *   `socialCard`), and the card's job (data, hash, file) is kept;
 * - a build then draws the cards the cache does not hold, in a child process,
 *   while the site is bundled (cards/child.ts says why);
 * - postBuild copies the locale's cards from the cache into the build, and
 *   says how many were drawn;
 * - the dev server draws a card when its URL is asked for.
 */
import path from 'node:path';
import logger from '@docusaurus/logger';
import type {BlogPost} from '@docusaurus/plugin-content-blog';
import type {LoadContext} from '@docusaurus/types';
import type {ImageFacts} from '../check/context';
import {directionOf} from '../i18n/direction';
import {classifyImage} from '../check/rules/image';
import type {SocialCardOptions} from '../check/options';
import {createCardRenderer, type CardRenderer} from '../cards/card';
import {drawInChild, missingFromCache} from '../cards/child';
import {CACHE_FOLDER, cardMiddleware, createCardStore, loadLogo, writeCards} from '../cards/files';
import {combinedCoverage, fontsDigest, loadCardFonts} from '../cards/fonts';
import {attachCards, localImageMeta, type CardJob, type CardSite} from '../cards/posts';

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
  const warned = new Set<string>();

  const cacheDir = path.join(siteDir, CACHE_FOLDER);
  // In this process, only the dev server draws (and a build whose cache lost a card after drawAhead).
  let renderer: Promise<CardRenderer> | undefined;
  const store = createCardStore(cacheDir, () => (renderer ??= loadCardFonts().then(createCardRenderer)));
  /** The build's drawing in a child process (drawAhead), which postBuild waits for. */
  let ahead: Promise<{drawn: number; ms: number}> | undefined;

  let site: Promise<CardSite> | undefined;
  const siteOf = () =>
    (site ??= (async () => {
      const navbarLogo = (siteConfig.themeConfig as {navbar?: {logo?: {src?: string}}}).navbar?.logo?.src;
      const logoSrc = options.logo === false ? undefined : (options.logo ?? navbarLogo);
      const logo = await loadLogo(logoSrc, staticDirs);
      if (logoSrc && !logo)
        logger.warn(
          `Social cards: the logo "${logoSrc}" is not a PNG, JPEG, WebP or SVG file in a static folder; the cards show none. Set the blog plugin's socialCards.logo to such a file, or to false.`,
        );
      const htmlLang = localeConfig?.htmlLang ?? locale;
      const fonts = await loadCardFonts();
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
        fontDigest: fontsDigest(fonts),
        coverage: combinedCoverage(fonts),
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
      // Once per text: the dev server processes the posts again on every save.
      for (const {what, text, missing} of result.omitted.filter((o) => !warned.has(`${o.what}\0${o.text}`))) {
        warned.add(`${what}\0${text}`);
        logger.warn(
          `Social cards (${locale}): ${what} "${text}" has characters the cards' fonts cannot draw (${missing.join(' ')}); the cards leave it out.`,
        );
      }
      jobs = new Map(result.jobs.map((job) => [job.pathname, job]));
      return result.posts;
    },

    /**
     * Build: starts drawing the cards the cache lacks in a child process, so
     * that takumi's memory is never the build's. Call once the posts are
     * loaded: the child then draws while the site is bundled, early, when the
     * build's process is far below its peak. Rejects with a one-line reason
     * when the cards cannot be drawn; postBuild waits for it.
     */
    drawAhead(): Promise<void> {
      if (!options.enabled || isDev || jobs.size === 0) return Promise.resolve();
      const started = Date.now();
      const all = [...jobs.values()];
      ahead = (async () => {
        const missing = await missingFromCache(all, store);
        await drawInChild(missing, cacheDir);
        const drawn = new Set(missing.map((job) => job.hash));
        return {drawn: all.filter((job) => drawn.has(job.hash)).length, ms: Date.now() - started};
      })();
      return ahead.then(() => undefined);
    },

    async postBuild(outDir: string): Promise<void> {
      if (!options.enabled || jobs.size === 0) return;
      const before = (await ahead) ?? {drawn: 0, ms: 0};
      ahead = undefined;
      const started = Date.now();
      // Copies from the cache; draws here only a card the cache lost since.
      const {drawn} = await writeCards([...jobs.values()], outDir, store);
      const total = before.drawn + drawn;
      logger.info(
        `Social cards (${locale}): ${total} drawn, ${jobs.size - total} reused from the cache, in ${before.ms + Date.now() - started} ms.`,
      );
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
