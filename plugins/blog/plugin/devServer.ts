/**
 * The blog in the dev server, which never stops on a bad post: posts the blog
 * plugin cannot load are left out and replaced by a page that lists their
 * problems, and other posts with problems show them in a banner (theme/
 * FrontMatterProblems). A save reloads only what it changed.
 */
import path from 'node:path';
import logger from '@docusaurus/logger';
import type {BlogContent} from '@docusaurus/plugin-content-blog';
import type {PluginContentLoadedActions} from '@docusaurus/types';
import type {CheckResult} from '../check';
import {BLOG_PLUGIN_FOLDER} from '../check/load';
import type {Diagnostic} from '../check/rules';
import type {PostProblems} from '../client/types';
import {blockedPosts} from './blocking';
import {folderFingerprint, whenSettled} from './devReloads';
import {contentPathsOf} from './localizedPosts';
import {permalinkOf} from './permalink';
import type {PluginSetup} from './setup';
import type {SiteCheck} from './siteCheck';
import {tagsOptionForLoad} from './upstream/tagsFile';

/** A post the blog plugin could not load: enough to give it a page of its problems. */
interface BlockedPost {
  relativePath: string;
  file: string;
  slug: unknown;
  diagnostics: Diagnostic[];
}

/** The blog's content as the plugin loads it: the blog plugin's, and in the dev server the posts left out. */
export type QalamBlogContent = BlogContent & {qalamBlocked?: BlockedPost[]};

export interface DevServerParams {
  setup: PluginSetup;
  check: SiteCheck;
  /** The options the blog plugin loads with: `exclude` and `tags` are set per load. */
  readerOptions: {exclude: string[]; tags?: string | false | null};
  /** The blog plugin's own load. */
  loadBlog: () => Promise<BlogContent>;
}

export function devServerLoader({
  setup,
  check,
  readerOptions,
  loadBlog,
}: DevServerParams): () => Promise<QalamBlogContent> {
  const {context, blogOptions} = setup;
  const {siteDir, i18n} = context;
  const baseExclude = [...blogOptions.exclude];
  const blogFolders = [
    path.resolve(siteDir, blogOptions.path),
    ...i18n.locales.map((locale) => path.join(path.dirname(context.localizationDir), locale, BLOG_PLUGIN_FOLDER)),
  ];
  const registryFiles = [blogOptions.authorsMapPath, setup.tagsFile].map((file) =>
    path.resolve(siteDir, blogOptions.path, file),
  );
  const fingerprint = () => folderFingerprint(blogFolders, registryFiles);
  /** The last content loaded, and the state of the blog's files it was loaded from. */
  let lastLoad: {fingerprint: string; content: QalamBlogContent} | undefined;

  async function loadWithout(blocked: CheckResult['posts']): Promise<QalamBlogContent> {
    readerOptions.exclude = [...baseExclude, ...blocked.map((p) => p.post.relativePath)];
    const content = await loadBlog();
    const qalamBlocked = blocked.map((p) => ({
      relativePath: p.post.relativePath,
      file: p.post.file,
      slug: p.data?.slug,
      diagnostics: p.diagnostics,
    }));
    return {...content, qalamBlocked};
  }

  return async () => {
    // The dev server reloads on the first sign of a save, often twice for one
    // save: check what the save leaves, and load again only what changed.
    if (lastLoad && lastLoad.fingerprint === (await fingerprint())) return lastLoad.content;
    const settled = await whenSettled(fingerprint, () => check.run());
    readerOptions.tags = tagsOptionForLoad(blogOptions.tags, contentPathsOf(context, blogOptions));
    let content: QalamBlogContent;
    try {
      content = await loadWithout(blockedPosts(settled.result, i18n.currentLocale));
    } catch (error) {
      // A problem we do not classify as blocking still stopped the blog
      // plugin: leave out every post with an error rather than stop.
      const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0];
      logger.warn(`The blog could not load (${reason}); posts with front matter errors are left out until fixed.`);
      content = await loadWithout(blockedPosts(settled.result, i18n.currentLocale, true));
    }
    lastLoad = {fingerprint: settled.fingerprint, content};
    return content;
  };
}

const slim = ({line, column, severity, rule, field, message}: Diagnostic) => ({
  line,
  column,
  severity,
  rule,
  field,
  message,
});

/**
 * The problems of each post that has some, by permalink; a post left out gets
 * a page of its own at the URL it will have once fixed.
 */
export function problemPages(
  {setup, check}: Pick<DevServerParams, 'setup' | 'check'>,
  content: QalamBlogContent,
  actions: PluginContentLoadedActions,
): Record<string, PostProblems> {
  const problems: Record<string, PostProblems> = {};
  const byFile = new Map(check.last?.posts.map((p) => [p.post.file, p]));
  for (const post of content.blogPosts) {
    const file = post.metadata.source.replace(/^@site\//, '');
    const checked = byFile.get(file);
    if (checked?.diagnostics.length)
      problems[post.metadata.permalink] = {file, diagnostics: checked.diagnostics.map(slim)};
  }
  const route = {baseUrl: setup.context.baseUrl, routeBasePath: setup.blogOptions.routeBasePath};
  for (const post of content.qalamBlocked ?? []) {
    const permalink = permalinkOf(route, post.relativePath, post.slug);
    const pageProblems = {file: post.file, diagnostics: post.diagnostics.map(slim)};
    problems[permalink] = pageProblems;
    actions.addRoute({
      path: permalink,
      component: '@theme/FrontMatterProblemsPage',
      exact: true,
      props: {problems: pageProblems},
    });
  }
  return problems;
}
