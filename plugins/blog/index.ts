/**
 * The blog plugin: @docusaurus/plugin-content-blog with the front matter
 * checker around it. Same options as the blog plugin, plus ours (options.ts).
 *
 * - build: the whole site (every locale) is checked once; any error fails the
 *   build with the full report, warnings are printed once.
 * - dev server: never stops on a bad post. The report is printed when it
 *   changes; posts the blog plugin could not load are replaced by a page that
 *   lists their problems, and other posts with problems show them in a banner.
 * - tags written by their label in the post's locale resolve to their key.
 */
import {existsSync} from 'node:fs';
import path from 'node:path';
import logger from '@docusaurus/logger';
import * as blogPluginModule from '@docusaurus/plugin-content-blog';
import type {BlogPost, Options as BlogPluginUserOptions, PluginOptions as BlogPluginOptions} from '@docusaurus/plugin-content-blog';
import type {LoadContext, OptionValidationContext, Plugin} from '@docusaurus/types';
import {normalizeUrl} from '@docusaurus/utils';
import {checkSite, type CheckResult} from './check';
import {OWN_OPTION_KEYS, checkerOptionsSchema, normalizeCheckerOptions, type CheckerOptions} from './options';
import {formatReport, formatText, summary} from './check/report';
import type {Diagnostic, RuleId} from './check/rules';
import {resolveTag} from './check/rules/tags';
import {patchFeeds} from './plugin/feedLanguage';
import {repairFeeds, safeFeedItems} from './plugin/feedSafety';
import {folderFingerprint, oneReloadAtATime, whenSettled} from './plugin/devReloads';
import {BLOG_PLUGIN_FOLDER} from './check/load';
import {BLOG_PLUGIN_NAME, contentPathsOf, loadLocaleOnlyPosts, postLanguages, postLocales, withLanguages, type PostWithLanguage} from './plugin/localizedPosts';
import {createSocialCards} from './cards';
import remarkContinuousHeadings from './plugin/headings';
import {dateFormat} from './client/postDate';

export type PluginOptions = BlogPluginOptions & CheckerOptions;
export type Options = BlogPluginUserOptions & Partial<CheckerOptions>;

const blogPlugin = ((blogPluginModule as {default?: unknown}).default ?? blogPluginModule) as (
  context: LoadContext,
  options: BlogPluginOptions,
) => Promise<Plugin<BlogContent>>;
type BlogContent = {blogPosts: BlogPost[]} & Record<string, unknown>;

/** Problems that keep the blog plugin from loading a post at all. */
const BLOCKING: ReadonlySet<RuleId> = new Set<RuleId>([
  'frontmatter-missing',
  'frontmatter-fenced',
  'frontmatter-unclosed',
  'frontmatter-not-mapping',
  'encoding-invalid',
  'yaml-syntax',
  'yaml-duplicate-key',
  'yaml-custom-tag',
  'yaml-alias',
  'yaml-too-large',
  'field-type',
  'field-required',
  'author-unknown',
  'date-invalid',
  // A slug with ".." would make the blog plugin write the page outside the build.
  'slug-invalid',
]);

/**
 * The last report printed per site: one report per build, not one per locale.
 * Docusaurus loads this module afresh for each locale, so the memory is global.
 */
const printed: Map<string, string> = ((globalThis as Record<symbol, unknown>)[Symbol.for('qalam.blog.printed')] ??= new Map()) as Map<string, string>;

/** A build's check of the whole site, shared by its locales (global for the same reason). */
const checkedInBuild: Map<string, Promise<CheckResult>> = ((globalThis as Record<symbol, unknown>)[Symbol.for('qalam.blog.checked')] ??= new Map()) as Map<
  string,
  Promise<CheckResult>
>;

export interface PostProblems {
  file: string;
  diagnostics: Pick<Diagnostic, 'line' | 'column' | 'severity' | 'rule' | 'field' | 'message'>[];
}

export default async function pluginQalamBlog(context: LoadContext, options: PluginOptions): Promise<Plugin<BlogContent>> {
  const {siteDir, i18n} = context;
  const checker: CheckerOptions = {
    rules: options.rules,
    requiredFields: options.requiredFields,
    untranslatedPosts: options.untranslatedPosts,
    digits: options.digits,
    socialCards: options.socialCards,
    headingLevels: options.headingLevels,
  };
  const isDefaultLocale = i18n.currentLocale === i18n.defaultLocale;
  const localeConfig = i18n.localeConfigs[i18n.currentLocale];
  const pageLang = localeConfig?.htmlLang ?? i18n.currentLocale;
  const digits = checker.digits[i18n.currentLocale] ?? 'latn';
  // Posts carry their date as the page prints it, so the browser builds no date formatter (client/postDate.ts).
  const pageDate = dateFormat({lang: pageLang, digits, calendar: localeConfig?.calendar ?? 'gregory'});
  const blogFolder = path.relative(siteDir, path.resolve(siteDir, blogOptionsPath(options))).split(path.sep).join('/');
  const blogOptions = Object.fromEntries(
    Object.entries(options).filter(([key]) => !(OWN_OPTION_KEYS as readonly string[]).includes(key)),
  ) as BlogPluginOptions;
  const isDev = process.env.NODE_ENV !== 'production';
  const baseExclude = [...blogOptions.exclude];
  const userProcess = blogOptions.processBlogPosts;
  const routeBase = normalizeUrl([context.baseUrl, blogOptions.routeBasePath]);
  const tagsBase = normalizeUrl([routeBase, blogOptions.tagsBasePath]);

  let lastCheck: CheckResult | undefined;
  /** Which locales have which posts, as of the last check. */
  let lastLocales: ReturnType<typeof postLocales> | undefined;
  /** Dev server: the last content loaded, and the state of the blog's files it was loaded from. */
  let lastLoad: {fingerprint: string; content: BlogContent} | undefined;
  const blogFolders = [path.resolve(siteDir, blogOptions.path), ...i18n.locales.map((l) => path.join(path.dirname(context.localizationDir), l, BLOG_PLUGIN_FOLDER))];
  const registryFiles = [blogOptions.authorsMapPath, typeof blogOptions.tags === 'string' ? blogOptions.tags : 'tags.yml'].map((file) => path.resolve(siteDir, blogOptions.path, file));

  // Social cards (cards/index.ts): posts point at their card when loaded,
  // a build draws them in a child process while the site is bundled and
  // postBuild copies them into the build; the dev server draws them when asked.
  const cards = createSocialCards({
    context,
    options: options.socialCards,
    isDev,
    digits,
    imageFacts: (file) => lastCheck?.facts.images.get(file),
  });

  // The blog plugin reads `exclude` and `processBlogPosts` from this object on
  // every load, so the dev server can set them per load.
  const innerOptions: BlogPluginOptions = {
    ...blogOptions,
    // Unknown tags are the checker's to report, with a location and a fix.
    onInlineTags: 'ignore',
    // Before Docusaurus's plugins, so the table of contents gets the same levels (plugin/headings.ts).
    beforeDefaultRemarkPlugins:
      checker.headingLevels === 'continuous' ? [...blogOptions.beforeDefaultRemarkPlugins, remarkContinuousHeadings] : blogOptions.beforeDefaultRemarkPlugins,
    // Front matter reaches the feeds as text, never as markup (plugin/feedSafety.ts).
    feedOptions: {...blogOptions.feedOptions, createFeedItems: safeFeedItems(blogOptions.feedOptions.createFeedItems)},
    processBlogPosts: async (params) => {
      let posts = params.blogPosts;
      if (!isDefaultLocale && lastCheck) {
        const localeOnly = lastLocales!.localeOnly(i18n.currentLocale, i18n.defaultLocale);
        if (localeOnly.length) {
          posts = [...posts, ...(await loadLocaleOnlyPosts(context, innerOptions, localeOnly))];
          posts.sort((a, b) => b.metadata.date.getTime() - a.metadata.date.getTime());
          if (innerOptions.sortPosts === 'ascending') posts.reverse();
        }
      }
      posts = withLanguages(posts.map(resolveTagsOfPost), {
        context,
        blogFolder,
        untranslated: checker.untranslatedPosts,
        localesOf: (relativePath) => lastLocales?.localesOf(relativePath) ?? [],
      });
      posts = posts.map((post) => ({...post, metadata: {...post.metadata, formattedDate: pageDate.format(post.metadata.date)}}));
      const processed = userProcess ? ((await userProcess({...params, blogPosts: posts})) ?? posts) : posts;
      return cards.process(processed);
    },
  };
  const inner = await blogPlugin(context, innerOptions);

  function resolveTagsOfPost(post: BlogPost): BlogPost {
    const registry = lastCheck?.facts.tags[i18n.currentLocale];
    if (!registry) return post;
    const tags = post.metadata.tags.map((tag) => {
      if (!tag.inline) return tag;
      const entry = resolveTag(tag.label, registry);
      return entry
        ? {label: entry.label, permalink: normalizeUrl([tagsBase, entry.permalink]), description: entry.description, inline: false}
        : tag;
    });
    return {...post, metadata: {...post.metadata, tags}};
  }

  async function runCheck(): Promise<CheckResult> {
    const check = () =>
      checkSite(siteDir, {
        defaultLocale: i18n.defaultLocale,
        locales: i18n.locales,
        blogPath: blogOptions.path,
        staticDirs: context.siteConfig.staticDirectories,
        tagsFile: typeof blogOptions.tags === 'string' ? blogOptions.tags : 'tags.yml',
        authorsFile: blogOptions.authorsMapPath,
        checker,
      });
    // A build checks every locale's posts once, for its first locale; the
    // files do not change during a build, so the next locales reuse it. The
    // dev server checks again on every load.
    let result: CheckResult;
    if (isDev) result = await check();
    else {
      const key = `${siteDir}\0${blogOptions.path}\0${JSON.stringify(checker)}`;
      let pending = checkedInBuild.get(key);
      if (!pending) checkedInBuild.set(key, (pending = check()));
      result = await pending;
    }
    lastCheck = result;
    lastLocales = postLocales(result.posts, i18n.locales);
    const report = result.diagnostics.length ? formatText(result) : summary(result);
    if (printed.get(siteDir) !== report) {
      printed.set(siteDir, report);
      if (result.errors) logger.error(`Front matter check:\n\n${report}`);
      else if (result.warnings) logger.warn(`Front matter check:\n\n${report}`);
      else if (isDev) logger.success(`Front matter check: ${report}`);
    }
    return result;
  }

  /** Posts of the current locale that the blog plugin cannot load, by blog-relative path. */
  function blockedPosts(result: CheckResult, all: boolean) {
    return result.posts.filter(
      (p) => p.post.locale === i18n.currentLocale && p.diagnostics.some((d) => d.severity === 'error' && (all || BLOCKING.has(d.rule))),
    );
  }

  const plugin: Plugin<BlogContent> = {
    ...inner,
    name: BLOG_PLUGIN_NAME,

    getThemePath() {
      return path.join(__dirname, 'theme');
    },

    getClientModules() {
      return [...(inner.getClientModules?.() ?? []), path.join(__dirname, 'client/rtl.css')];
    },

    getPathsToWatch() {
      // The blog plugin watches its tags and authors files by path: one deleted
      // and restored, or created after the dev server started, goes unseen. A
      // glob over the blog folder's YAML files sees them come and go.
      const {contentPath} = contentPathsOf(context, blogOptions);
      return [...(inner.getPathsToWatch?.() ?? []), `${contentPath.split(path.sep).join('/')}/*.{yml,yaml}`];
    },

    async loadContent() {
      if (!isDev) {
        const result = await runCheck();
        if (result.errors) {
          // The report above names every problem; Docusaurus would add its own
          // stack traces around any error thrown here, so the build ends now.
          logger.error(
            `Build stopped: the front matter check found ${result.errors} error${result.errors === 1 ? '' : 's'} (report above). Fix them, or change a rule's severity in the blog plugin's "rules" option.`,
          );
          process.exit(1);
        }
        const content = await inner.loadContent!();
        // Drawn in a child process while the site is bundled (cards/child.ts);
        // postBuild waits for it. A failure stops the build at once.
        cards.drawAhead().catch((error: unknown) => {
          logger.error(
            `Build stopped: the social cards (${i18n.currentLocale}) could not be drawn: ${(error as Error).message}. Fix the cause, or turn cards off with the blog plugin's socialCards.enabled: false.`,
          );
          process.exit(1);
        });
        return content;
      }
      // The dev server reloads on the first sign of a save, often twice for one
      // save: check what the save leaves, and load again only what changed.
      const fingerprint = () => folderFingerprint(blogFolders, registryFiles);
      if (lastLoad && lastLoad.fingerprint === (await fingerprint())) return lastLoad.content;
      const settled = await whenSettled(fingerprint, runCheck);
      const result = settled.result;
      // The blog plugin stops on a tags file its options name but cannot find
      // (deleted while the dev server runs); the checker reports the posts'
      // tags instead, so the blog loads as if the option were not set.
      innerOptions.tags = typeof blogOptions.tags === 'string' && !tagsFileExists(blogOptions.tags) ? undefined : blogOptions.tags;
      const load = async (blocked: ReturnType<typeof blockedPosts>) => {
        innerOptions.exclude = [...baseExclude, ...blocked.map((p) => p.post.relativePath)];
        const content = await inner.loadContent!();
        return {...content, qalamBlocked: blocked.map((p) => ({relativePath: p.post.relativePath, file: p.post.file, slug: p.data?.slug, diagnostics: p.diagnostics}))};
      };
      let content: BlogContent;
      try {
        content = await load(blockedPosts(result, false));
      } catch (error) {
        // A problem we do not classify as blocking still stopped the blog
        // plugin: leave out every post with an error rather than stop.
        logger.warn(`The blog could not load (${(error as Error).message.split('\n')[0]}); posts with front matter errors are left out until fixed.`);
        content = await load(blockedPosts(result, true));
      }
      lastLoad = {fingerprint: settled.fingerprint, content};
      return content;
    },

    async contentLoaded(args) {
      await inner.contentLoaded!(args);
      const {content, actions} = args;
      const globalData: Record<string, unknown> = {
        digits,
        ...postLanguages(content.blogPosts as PostWithLanguage[], i18n),
      };
      if (!isDev || !lastCheck) {
        actions.setGlobalData(globalData);
        return;
      }
      const problems: Record<string, PostProblems> = {};
      const byFile = new Map(lastCheck.posts.map((p) => [p.post.file, p]));
      for (const post of content.blogPosts) {
        const file = post.metadata.source.replace(/^@site\//, '');
        const checked = byFile.get(file);
        if (checked?.diagnostics.length) problems[post.metadata.permalink] = {file, diagnostics: checked.diagnostics.map(slim)};
      }
      const blocked = (content as {qalamBlocked?: {relativePath: string; file: string; slug?: unknown; diagnostics: Diagnostic[]}[]}).qalamBlocked ?? [];
      for (const post of blocked) {
        const permalink = permalinkOf(post.relativePath, post.slug);
        problems[permalink] = {file: post.file, diagnostics: post.diagnostics.map(slim)};
        actions.addRoute({
          path: permalink,
          component: '@theme/FrontMatterProblemsPage',
          exact: true,
          props: {problems: problems[permalink]},
        });
      }
      actions.setGlobalData({...globalData, problems});
    },

    configureWebpack(config, isServer, utils, content) {
      const own = inner.configureWebpack?.(config, isServer, utils, content);
      const devServer = cards.devServer(isServer);
      const resolve = {...own?.resolve, alias: {...own?.resolve?.alias, ...prismOnDemand(isServer)}};
      return {...own, resolve, ...(devServer ? {devServer} : {}), ...persistentCacheKey(config, checker.headingLevels)};
    },

    async postBuild(props) {
      await inner.postBuild?.(props);
      await cards.postBuild(props.outDir);
      const {outDir, content} = props;
      if (blogOptions.feedOptions.type) {
        const feedLang = blogOptions.feedOptions.language ?? pageLang;
        await patchFeeds(path.join(outDir, blogOptions.routeBasePath), content.blogPosts as PostWithLanguage[], context.siteConfig.url, feedLang);
        await repairFeeds(path.join(outDir, blogOptions.routeBasePath));
      }
    },
  };
  return isDev ? oneReloadAtATime(plugin) : plugin;

  /** Where the blog plugin looks for its tags file: the locale's folder, then blog/. */
  function tagsFileExists(file: string): boolean {
    const {contentPath, contentPathLocalized} = contentPathsOf(context, blogOptions);
    return [contentPathLocalized, contentPath].some((dir) => dir !== undefined && existsSync(path.resolve(dir, file)));
  }

  function permalinkOf(relativePath: string, slug: unknown): string {
    if (typeof slug === 'string' && slug.trim()) {
      return slug.startsWith('/') ? normalizeUrl([context.baseUrl, slug]) : normalizeUrl([routeBase, slug]);
    }
    const noExt = relativePath.replace(/(?:\/index)?\.mdx?$/, '');
    const m = /^(?:(.*)\/)?(\d{4})[-/](\d{1,2})[-/](\d{1,2})[-/]?(.*)$/.exec(noExt);
    const tail = m ? `${m[2]}/${m[3]!.padStart(2, '0')}/${m[4]!.padStart(2, '0')}/${[m[1], m[5]].filter(Boolean).join('/')}` : noExt;
    return normalizeUrl([routeBase, tail]);
  }
}

const blogOptionsPath = (options: {path?: string}) => options.path ?? 'blog';

/**
 * The browser bundle loads Prism when a code block first renders, not when
 * every page starts (client/prismOnDemand.js says why): the classic theme's
 * startup client module is dropped and `prism-react-renderer` resolves to the
 * on-demand module. Sites without the classic theme are left as they are.
 */
function prismOnDemand(isServer: boolean): Record<string, string | false> {
  if (isServer) return {};
  let themeLib: string;
  try {
    themeLib = path.dirname(require.resolve('@docusaurus/theme-classic'));
  } catch {
    return {};
  }
  return {
    [`${path.join(themeLib, 'prism-include-languages')}$`]: false,
    'prism-react-renderer$': path.join(__dirname, 'client/prismOnDemand.js'),
  };
}

/**
 * Rspack's persistent cache keeps compiled posts across builds, and evicts it
 * when the site's config file changes. Our remark plugin and options change
 * compiled posts too (headingLevels), also when the config sets them from the
 * environment, and so does a new version of this plugin: both join the key.
 */
function persistentCacheKey(config: {experiments?: object}, compileOptions: string) {
  const cache = (config.experiments as {cache?: {type?: string; version?: string}} | undefined)?.cache;
  if (!cache || cache.type !== 'persistent') return {};
  // webpack-merge joins arrays and replaces strings.
  return {experiments: {cache: {version: `${cache.version ?? ''}-qalam-${compileOptions}`, buildDependencies: [__filename, path.join(__dirname, 'plugin/headings.ts')]}}};
}

const slim = ({line, column, severity, rule, field, message}: Diagnostic) => ({line, column, severity, rule, field, message});

export function validateOptions({validate, options}: OptionValidationContext<Options, PluginOptions>): PluginOptions {
  const ours: Record<string, unknown> = {};
  const theirs: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(options ?? {})) {
    ((OWN_OPTION_KEYS as readonly string[]).includes(key) ? ours : theirs)[key] = value;
  }
  const parsed = checkerOptionsSchema.safeParse(ours);
  if (!parsed.success) {
    throw new Error(`Invalid options of the blog plugin: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  const blog = (blogPluginModule as unknown as {validateOptions: typeof validateOptions}).validateOptions({validate, options: theirs as Options});
  return {...blog, ...normalizeCheckerOptions(ours)};
}

export {formatReport};
