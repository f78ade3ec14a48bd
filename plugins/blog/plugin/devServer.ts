/**
 * The blog in the dev server, which never stops on a bad post: posts the blog
 * plugin cannot load are left out and replaced by a page that lists their
 * problems, and other posts with problems show them in a banner (theme/
 * FrontMatterProblems). A post the check lets through but the blog plugin
 * refuses is found by reading each post alone (plugin/refusals.ts) and left
 * out the same way, with what Docusaurus said. A save reloads only what it changed.
 */
import path from 'node:path';
import logger from '@docusaurus/logger';
import type {BlogContent, PluginOptions as BlogPluginOptions} from '@docusaurus/plugin-content-blog';
import type {PluginContentLoadedActions} from '@docusaurus/types';
import {getPluginI18nPath} from '@docusaurus/utils';
import type {CheckResult} from '../check';
import {formatFieldPath} from '../check/rules';
import {docusaurusRefused} from '../check/rules/docusaurus';
import type {PostProblems, ShownDiagnostic} from '../client/types';
import {firstLine} from '../shared/text';
import {blockedPosts} from './blocking';
import {folderFingerprint, whenSettled} from './devReloads';
import {BLOG_PLUGIN_NAME, contentPathsOf} from './localizedPosts';
import {permalinkOf} from './permalink';
import {readablePosts, refusedPosts, type Refusal} from './refusals';
import type {PluginSetup} from './setup';
import type {SiteCheck} from './siteCheck';
import {tagsOptionForLoad} from './upstream/tagsFile';

/** A post the blog plugin could not load: enough to give it a page of its problems. */
interface BlockedPost {
  relativePath: string;
  file: string;
  slug: unknown;
  diagnostics: ShownDiagnostic[];
}

/** The blog's content as the plugin loads it: the blog plugin's, and in the dev server the posts left out. */
export type QalamBlogContent = BlogContent & {qalamBlocked?: BlockedPost[]};

export interface DevServerParams {
  setup: PluginSetup;
  check: SiteCheck;
  /** The options the blog plugin loads with: `exclude` and `tags` are set per load. */
  readerOptions: BlogPluginOptions;
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
    ...i18n.locales.map((locale) =>
      getPluginI18nPath({
        localizationDir: path.join(path.dirname(context.localizationDir), locale),
        pluginName: BLOG_PLUGIN_NAME,
        pluginId: blogOptions.id,
      }),
    ),
  ];
  const registryFiles = [blogOptions.authorsMapPath, setup.tagsFile].map((file) =>
    path.resolve(siteDir, blogOptions.path, file),
  );
  const fingerprint = () => folderFingerprint(blogFolders, registryFiles);
  /** The last content loaded, and the state of the blog's files it was loaded from. */
  let lastLoad: {fingerprint: string; content: QalamBlogContent} | undefined;
  /**
   * Posts the blog plugin refused, with the state of what the refusal depends
   * on: while that stays the same, the post is left out at once, and the blog
   * plugin neither fails nor prints its refusal again on every reload.
   */
  let refusedBefore: {refusal: Refusal; state: string}[] = [];

  async function loadWithout(blocked: BlockedPost[]): Promise<QalamBlogContent> {
    readerOptions.exclude = [...baseExclude, ...blocked.map((p) => p.relativePath)];
    const content = await loadBlog();
    return {...content, qalamBlocked: blocked};
  }

  /** The posts the blog plugin refuses although the check let them through. */
  async function refusedByBlog(result: CheckResult, blocked: BlockedPost[]): Promise<Refusal[]> {
    const left = new Set(blocked.map((p) => p.relativePath));
    const candidates = readablePosts(result, i18n.currentLocale, i18n.defaultLocale).filter((p) => !left.has(p));
    return refusedPosts(context, {...readerOptions, exclude: baseExclude}, candidates);
  }

  return async () => {
    // The dev server reloads on the first sign of a save, often twice for one
    // save: check what the save leaves, and load again only what changed.
    if (lastLoad && lastLoad.fingerprint === fingerprint()) return lastLoad.content;
    const settled = await whenSettled(fingerprint, () => check.run());
    readerOptions.tags = tagsOptionForLoad(blogOptions.tags, contentPathsOf(context, blogOptions));
    const {result} = settled;
    const blocked = blockedPosts(result, i18n.currentLocale).map(asBlocked);
    const stateOf = (relativePath: string) => refusalState(settled.fingerprint, relativePath);
    const byCheck = new Set(blocked.map((p) => p.relativePath));
    const remembered = refusedBefore.filter(
      ({refusal, state}) =>
        !byCheck.has(refusal.relativePath) &&
        state === stateOf(refusal.relativePath) &&
        result.posts.some((p) => p.post.relativePath === refusal.relativePath),
    );
    const left = [...blocked, ...remembered.map(({refusal}) => refusedPost(result, refusal, i18n.currentLocale))];
    let content: QalamBlogContent;
    try {
      content = await loadWithout(left);
      refusedBefore = remembered;
    } catch (error) {
      const reason = firstLine(error);
      // Reading posts alone needs the registries the load needs: if they fail, so does this.
      const refusals = await refusedByBlog(result, left).catch((): Refusal[] => []);
      const refused = refusals.map((refusal) => refusedPost(result, refusal, i18n.currentLocale));
      try {
        if (!refused.length) throw error;
        content = await loadWithout([...left, ...refused]);
        refusedBefore = [
          ...remembered,
          ...refusals.map((refusal) => ({refusal, state: stateOf(refusal.relativePath)})),
        ];
        const names = refused.map((p) => p.file).join(', ');
        logger.warn(
          `Docusaurus's blog plugin refuses ${names}: left out until fixed, the reason is shown at the post's URL.`,
        );
      } catch {
        // A problem not found in any one post still stopped the blog plugin:
        // leave out every post with an error rather than stop.
        logger.warn(`The blog could not load (${reason}); posts with front matter errors are left out until fixed.`);
        const withErrors = blockedPosts(result, i18n.currentLocale, true).map(asBlocked);
        const ids = new Set(withErrors.map((p) => p.relativePath));
        content = await loadWithout([...withErrors, ...[...left, ...refused].filter((p) => !ids.has(p.relativePath))]);
        refusedBefore = [];
      }
    }
    lastLoad = {fingerprint: settled.fingerprint, content};
    return content;
  };
}

/**
 * What a refusal of a post depends on, from a fingerprint of the blog's files
 * (plugin/devReloads.ts): the post's files in every locale, and every YAML
 * file (the tags and authors registries).
 */
function refusalState(fingerprint: string, relativePath: string): string {
  const own = path.sep + relativePath.split('/').join(path.sep);
  return fingerprint
    .split('\n')
    .filter((line) => {
      const file = line.replace(/:(\d+:[\d.]+|none|gone)$/, '');
      return file.endsWith(own) || /\.ya?ml$/i.test(file);
    })
    .join('\n');
}

const asBlocked = (p: CheckResult['posts'][number]): BlockedPost => ({
  relativePath: p.post.relativePath,
  file: p.post.file,
  slug: p.data?.slug,
  diagnostics: p.diagnostics,
});

/**
 * A post the blog plugin refused: the check's own problems of it, and what
 * Docusaurus said, at the field it names (else at the front matter's start).
 * The locale's own file if it has one, else the blog folder's.
 */
function refusedPost(result: CheckResult, refusal: Refusal, locale: string): BlockedPost {
  const same = result.posts.filter((p) => p.post.relativePath === refusal.relativePath);
  const checked = same.find((p) => p.post.locale === locale) ?? same[0]!;
  const at = refusal.field.length ? checked.post.parsed.locate(refusal.field, 'key') : {line: 1, column: 1};
  const refused: ShownDiagnostic = {
    line: at.line,
    column: at.column,
    severity: 'error',
    rule: docusaurusRefused.id,
    field: formatFieldPath(refusal.field),
    message: `Docusaurus's blog plugin cannot load this post: ${refusal.reason}`,
  };
  return {...asBlocked(checked), diagnostics: [refused, ...checked.diagnostics]};
}

const slim = ({line, column, severity, rule, field, message}: ShownDiagnostic) => ({
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
