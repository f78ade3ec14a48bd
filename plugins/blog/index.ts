/**
 * The blog plugin: @docusaurus/plugin-content-blog with the front matter
 * checker around it. Same options as the blog plugin, plus ours (check/options.ts).
 * This file wires the steps of Docusaurus's lifecycle to the modules that do
 * them (plugin/, cards/); plugin/upstream/ holds what works around Docusaurus.
 *
 * - build: the whole site (every locale) is checked once; any error fails the
 *   build with the full report, warnings are printed once.
 * - dev server: never stops on a bad post. The report is printed when it
 *   changes; posts the blog plugin could not load are replaced by a page that
 *   lists their problems, and other posts with problems show them in a banner.
 * - tags written by their label in the post's locale resolve to their key.
 * - search: each locale's posts are indexed after its build (plugin/search.ts).
 */
import path from 'node:path';
import pluginContentBlog from '@docusaurus/plugin-content-blog';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {safeFrontMatterReader} from './check/parse/safeFrontMatter';
import {stopBuild} from './plugin/stopBuild';
import {createSocialCards} from './plugin/cards';
import {buildLoader} from './plugin/build';
import {configureBundler} from './plugin/bundler';
import {devServerLoader, problemPages, type QalamBlogContent} from './plugin/devServer';
import {finishFeeds, localizedFeedLinks} from './plugin/feeds';
import {preloadArabicFont} from './plugin/fontPreload';
import {blogGlobalData} from './plugin/globalData';
import {BLOG_PLUGIN_NAME, contentPathsOf} from './plugin/localizedPosts';
import {processPosts} from './plugin/posts';
import {readerOptionsOf} from './plugin/readerOptions';
import {addSearchPage, indexLocale} from './plugin/search';
import {pluginSetup, type PluginOptions} from './plugin/setup';
import {createSiteCheck} from './plugin/siteCheck';
import {refuseFilesOutside} from './plugin/filesOutside';
import {anotherLocaleFollows, exitWhenBuilt} from './plugin/upstream/buildCommand';
import {oneReloadAtATime} from './plugin/upstream/oneReloadAtATime';
import {recordSitemapPosts} from './plugin/sitemap';
import {shippedTranslations} from './plugin/translations';
import {translationStatusPage} from './plugin/translationStatus';
import {yamlFilesGlob} from './plugin/upstream/tagsFile';
import {messageOf} from './shared/text';

// What Docusaurus reads of the plugin's module besides the plugin (entry.ts
// passes it on). A site's config imports config.ts, not this.
export {validateOptions} from './plugin/validateOptions';

export default async function pluginQalamBlog(
  siteContext: LoadContext,
  options: PluginOptions,
): Promise<Plugin<QalamBlogContent>> {
  // Docusaurus reads every post through this context: with a front matter
  // reader that runs no code and reads no post from outside the site.
  const {siteConfig, siteDir} = siteContext;
  const context: LoadContext = {
    ...siteContext,
    siteConfig: {
      ...siteConfig,
      markdown: {
        ...siteConfig.markdown,
        parseFrontMatter: safeFrontMatterReader(
          siteConfig.markdown.parseFrontMatter,
          siteDir,
          process.env.NODE_ENV === 'production' ? stopBuild : undefined,
        ),
      },
    },
  };
  const setup = pluginSetup(context, options);
  const {i18n} = context;
  const {checker, blogOptions, isDev} = setup;
  const check = createSiteCheck(setup);
  if (!isDev) exitWhenBuilt();

  // Social cards (plugin/cards.ts): posts point at their card when loaded,
  // a build draws them in a child process while the site is bundled and
  // postBuild copies them into the build; the dev server draws them when asked.
  const cards = createSocialCards({
    context,
    options: checker.socialCards,
    isDev,
    digits: setup.digits,
    imageFacts: (file) => check.last?.facts.images.get(file),
  });

  const readerOptions = readerOptionsOf(setup);
  readerOptions.processBlogPosts = processPosts({
    setup,
    check,
    readerOptions,
    withCards: (posts) => cards.process(posts),
  });
  const inner = await pluginContentBlog(context, readerOptions);
  const loadBlog = async () => {
    if (!inner.loadContent) throw new Error('The blog plugin loads no content.');
    return inner.loadContent();
  };
  const loadContent = isDev
    ? devServerLoader({setup, check, readerOptions, loadBlog})
    : buildLoader({
        check,
        locale: i18n.currentLocale,
        loadBlog,
        drawCards: () => cards.drawAhead(),
        refuse: (result) => refuseFilesOutside(context, result),
      });

  const plugin: Plugin<QalamBlogContent> = {
    ...inner,
    name: BLOG_PLUGIN_NAME,

    getThemePath() {
      return path.join(__dirname, 'theme');
    },

    async getDefaultCodeTranslationMessages() {
      return {...(await inner.getDefaultCodeTranslationMessages?.()), ...shippedTranslations(i18n.currentLocale)};
    },

    getClientModules() {
      return [
        ...(inner.getClientModules?.() ?? []),
        path.join(__dirname, 'client/rtl.css'),
        path.join(__dirname, 'client/idlePrefetch.ts'),
      ];
    },

    getPathsToWatch() {
      // Also the tags and authors files created or restored after start (plugin/upstream/tagsFile.ts).
      return [...(inner.getPathsToWatch?.() ?? []), yamlFilesGlob(contentPathsOf(context, blogOptions).contentPath)];
    },

    loadContent,

    injectHtmlTags(args) {
      const tags = inner.injectHtmlTags?.(args) ?? {};
      return {...tags, headTags: localizedFeedLinks(setup, tags.headTags)};
    },

    async contentLoaded(args) {
      await inner.contentLoaded?.(args);
      const {content, actions} = args;
      const problems = isDev && check.last ? problemPages({setup, check}, content, actions) : undefined;
      actions.setGlobalData(blogGlobalData(setup, content, problems, check.last));
      translationStatusPage(setup, check.last, content.blogPosts, actions);
      addSearchPage(context, actions);
      recordSitemapPosts(context, content.blogPosts);
    },

    configureWebpack: configureBundler({
      blogPlugin: inner.configureWebpack,
      devServer: (isServer) => cards.devServer(isServer),
      compileOptions: checker.headingLevels,
      isDev,
    }),

    async postBuild(props) {
      await inner.postBuild?.(props);
      // The search index, which reads the pages in a child process, is
      // written while the pages get the Arabic font's preload, the cards are
      // copied and the feeds finished, or while the next locale builds, when
      // one follows in this process.
      const indexed = indexLocale(context, props.outDir, props.content.blogPosts).catch((error: unknown) =>
        stopBuild(`${messageOf(error)}. Fix the cause, then build again.`),
      );
      await Promise.all([
        anotherLocaleFollows(context) ? undefined : indexed,
        preloadArabicFont(props),
        cards.postBuild(props.outDir),
        finishFeeds(setup, props.outDir, props.content.blogPosts),
      ]);
    },
  };
  return isDev ? oneReloadAtATime(plugin) : plugin;
}
