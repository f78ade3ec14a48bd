/**
 * Search, offline: after each locale's build, Pagefind indexes its posts as
 * built (title, authors, text and tags as the page shows them, with the
 * description and keywords) into `<locale's outDir>/pagefind/`, one index per
 * locale, which the theme's SearchBar and SearchPage load on demand. The index
 * is written in a child process (plugin/searchIndex.ts says how).
 *
 * A post shown untranslated in a locale is not in that locale's index, as it
 * is not in its sitemap (plugin/sitemap.ts): its page there names its
 * original as canonical, and the original's locale indexes it in its own
 * language.
 */
import logger from '@docusaurus/logger';
import type {BlogPost} from '@docusaurus/plugin-content-blog';
import type {LoadContext, PluginContentLoadedActions} from '@docusaurus/types';
import {normalizeUrl} from '@docusaurus/utils';
import {applyTrailingSlash} from '@docusaurus/utils-common';
import path from 'node:path';
import type {PostWithExtras} from '../client/types';
import {pluginCommand, runInChild} from '../shared/child';
import {messageOf} from '../shared/text';
import type {SearchIndexRequest, SearchIndexResult, SearchPage} from './searchIndex';
import {builtPage} from './upstream/builtPage';

/** The folder of a locale's index, under its outDir and baseUrl; the theme loads `pagefind.js` from it. */
const SEARCH_FOLDER = 'pagefind';

/** The command that writes an index: commands/indexSearch.ts. */
const INDEX_COMMAND: readonly string[] = pluginCommand('indexSearch');

/** `/search` in the locale: the search page (theme/SearchPage). */
export function addSearchPage({baseUrl}: LoadContext, {addRoute}: PluginContentLoadedActions): void {
  addRoute({path: normalizeUrl([baseUrl, 'search']), component: '@theme/SearchPage', exact: true});
}

/**
 * The built page of a post. Docusaurus writes the page of its route, whose path
 * is the permalink as it is (never encoded or decoded: `/a%20b` and `/مرحبا`
 * are the folders `a%20b` and `مرحبا`) with the site's trailingSlash applied by
 * `addRoute`, as here: with `trailingSlash: false`, the permalink `/x/` is the
 * route `/x`, written to `x.html`.
 */
function postPage({baseUrl, siteConfig: {trailingSlash}}: LoadContext, outDir: string, permalink: string): string {
  const pathname = applyTrailingSlash(permalink, {baseUrl, trailingSlash});
  return builtPage({outDir, baseUrl, pathname, trailingSlash});
}

/** What the child needs to index the locale's listed posts written in it (not those shown untranslated). */
export function searchIndexRequest(
  context: LoadContext,
  outDir: string,
  posts: readonly PostWithExtras<BlogPost>[],
): SearchIndexRequest {
  const {i18n} = context;
  const htmlLang = i18n.localeConfigs[i18n.currentLocale]?.htmlLang ?? i18n.currentLocale;
  const pages: SearchPage[] = [];
  for (const {metadata} of posts) {
    if (metadata.unlisted || metadata.language?.untranslatedFrom) continue;
    const {permalink, source, title, description, frontMatter} = metadata;
    pages.push({
      url: permalink,
      file: postPage(context, outDir, permalink),
      source,
      title,
      description,
      keywords: Array.isArray(frontMatter.keywords) ? frontMatter.keywords.map(String) : [],
    });
  }
  // Pagefind names an index by an ISO 639-1 code; each locale has its own bundle.
  return {folder: path.join(outDir, SEARCH_FOLDER), language: htmlLang.split('-')[0]!.toLowerCase(), pages};
}

/**
 * The locale's search index, written before it resolves; rejects with the
 * locale and the reason when it cannot be.
 */
export async function indexLocale(
  context: LoadContext,
  outDir: string,
  posts: readonly PostWithExtras<BlogPost>[],
): Promise<void> {
  const locale = context.i18n.currentLocale;
  const started = performance.now();
  const request = searchIndexRequest(context, outDir, posts);
  let result: SearchIndexResult;
  try {
    result = JSON.parse(
      await runInChild(INDEX_COMMAND, JSON.stringify(request), 'the search process'),
    ) as SearchIndexResult;
  } catch (error) {
    throw new Error(`the search index (${locale}) could not be written: ${messageOf(error)}`, {cause: error});
  }
  for (const source of result.missing) {
    logger.warn(`Search: no built page for ${source}; the post is left out of the index.`);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  logger.info(`Search (${locale}): ${result.indexed} posts indexed, ${result.kb} KB, in ${seconds} s.`);
}
