/**
 * Search, offline: after each locale's build, Pagefind indexes its posts as
 * built (title, authors, text and tags as the page shows them, with the
 * description and keywords) into `<locale's outDir>/pagefind/`, one index per
 * locale, which the theme's SearchBar and SearchPage load on demand.
 *
 * The text is indexed in its matching form (i18n/searchText.ts), and the
 * browser puts the query in the same form, so that a reader finds "الذَّكاءُ"
 * by typing "ذكاء". The matching form is only in the index; results show the
 * post's own title and description.
 *
 * A post shown untranslated in a locale is not in that locale's index, as it
 * is not in its sitemap (plugin/sitemap.ts): its page there names its
 * original as canonical, and the original's locale indexes it in its own
 * language.
 */
import {existsSync} from 'node:fs';
import {createRequire} from 'node:module';
import {mkdir, readFile, rm, stat, readdir} from 'node:fs/promises';
import path from 'node:path';
import logger from '@docusaurus/logger';
import type {BlogPost} from '@docusaurus/plugin-content-blog';
import type {LoadContext, PluginContentLoadedActions} from '@docusaurus/types';
import {normalizeUrl} from '@docusaurus/utils';
import {applyTrailingSlash} from '@docusaurus/utils-common';
import type {PostWithExtras} from '../client/types';
import {searchText} from '../i18n/searchText';
import {messageOf} from '../shared/text';
import {builtPage} from './upstream/builtPage';

/**
 * Pages sent to Pagefind before the first of them is answered. Measured on a
 * 1,000-post locale (2026-12-02): one at a time, 3.9 s; 16 at a time, the
 * same index, byte for byte.
 */
const IN_FLIGHT = 16;

/** The folder of a locale's index, under its outDir and baseUrl; the theme loads `pagefind.js` from it. */
const SEARCH_FOLDER = 'pagefind';

/** Pagefind's own interfaces, which the theme does not use. */
const UNUSED = /^pagefind-(ui|component-ui|modular-ui|highlight)\./;

/** `/search` in the locale: the search page (theme/SearchPage). */
export function addSearchPage({baseUrl}: LoadContext, {addRoute}: PluginContentLoadedActions): void {
  addRoute({path: normalizeUrl([baseUrl, 'search']), component: '@theme/SearchPage', exact: true});
}

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"]/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'})[c]!);

/**
 * The page as Pagefind reads it: the post's article with every text in its
 * matching form, the description and keywords the page only has in its head,
 * and the title and description as written, for the results.
 */
function searchDocument(html: string, post: BlogPost, language: string): string | undefined {
  const start = html.indexOf('<article');
  const end = html.lastIndexOf('</article>');
  if (start < 0 || end < start) return undefined;
  const article = html.slice(start, end + '</article>'.length).replace(/>([^<]+)</g, (_, text: string) => {
    return `>${searchText(text)}<`;
  });
  const {title, description, frontMatter} = post.metadata;
  const keywords = Array.isArray(frontMatter.keywords) ? frontMatter.keywords.join(' ') : '';
  const hidden = (name: string, value: string) =>
    `<span data-pagefind-meta="${name}" data-pagefind-ignore>${escapeHtml(value)}</span>`;
  return (
    `<html lang="${escapeHtml(language)}"><body><main data-pagefind-body>${article}` +
    `<p>${escapeHtml(searchText(`${description} ${keywords}`))}</p>` +
    `${hidden('title', title)}${hidden('description', description)}</main></body></html>`
  );
}

type Pagefind = typeof import('pagefind');

/**
 * Pagefind's Node API is an ES module that exports nothing to `require`, and
 * Docusaurus loads this plugin as CommonJS through jiti, which turns `import()`
 * into `require()`: Node's own `require` of the module's file (Node 20.19 and
 * later load an ES module so) reaches it.
 */
function loadPagefind(): Pagefind {
  const require = createRequire(__filename);
  const folders = require.resolve.paths('pagefind') ?? [];
  const entry = folders.map((folder) => path.join(folder, 'pagefind/lib/index.js')).find((file) => existsSync(file));
  if (!entry) throw new Error('The pagefind package is not installed: run npm ci.');
  return require(entry) as Pagefind;
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

async function folderSize(folder: string): Promise<number> {
  let size = 0;
  for (const entry of await readdir(folder, {withFileTypes: true, recursive: true})) {
    if (entry.isFile()) size += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return size;
}

/** Indexes the locale's listed posts written in it (not those shown untranslated) into `<outDir>/pagefind/`. */
async function writeSearchIndex(
  context: LoadContext,
  outDir: string,
  posts: readonly PostWithExtras<BlogPost>[],
): Promise<void> {
  const started = performance.now();
  const {i18n} = context;
  const htmlLang = i18n.localeConfigs[i18n.currentLocale]?.htmlLang ?? i18n.currentLocale;
  // Pagefind names an index by an ISO 639-1 code; each locale has its own bundle.
  const language = htmlLang.split('-')[0]!.toLowerCase();
  const folder = path.join(outDir, SEARCH_FOLDER);
  // Made here: Pagefind's process stops without an answer when it cannot make it.
  await mkdir(folder, {recursive: true});
  const pagefind = loadPagefind();
  try {
    const {index, errors} = await pagefind.createIndex({forceLanguage: language});
    if (!index) throw new Error(errors.join('\n'));
    let indexed = 0;
    // Pages go to Pagefind in the posts' order, up to IN_FLIGHT before the
    // first answer is awaited: the next page is read and prepared here while
    // Pagefind parses the ones before it. The first refusal stops the index.
    const sent: Promise<void>[] = [];
    let refused: Error | undefined;
    for (const post of posts) {
      if (refused) break;
      if (post.metadata.unlisted || post.metadata.language?.untranslatedFrom) continue;
      const html = await readFile(postPage(context, outDir, post.metadata.permalink), 'utf8').catch(() => undefined);
      const document = html && searchDocument(html, post, language);
      if (!document) {
        logger.warn(`Search: no built page for ${post.metadata.source}; the post is left out of the index.`);
        continue;
      }
      sent.push(
        index.addHTMLFile({url: post.metadata.permalink, content: document}).then(
          (added) => {
            if (added.errors.length) refused ??= new Error(added.errors.join('\n'));
          },
          (error: unknown) => {
            refused ??= error instanceof Error ? error : new Error(String(error));
          },
        ),
      );
      indexed += 1;
      if (sent.length >= IN_FLIGHT) await sent.shift();
    }
    await Promise.all(sent);
    if (refused) throw refused;
    const written = await index.writeFiles({outputPath: folder});
    if (written.errors.length) throw new Error(written.errors.join('\n'));
    for (const name of await readdir(folder)) {
      if (UNUSED.test(name)) await rm(path.join(folder, name));
    }
    const kb = Math.round((await folderSize(folder)) / 1024);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    logger.info(`Search (${i18n.currentLocale}): ${indexed} posts indexed, ${kb} KB, in ${seconds} s.`);
  } finally {
    await pagefind.close();
  }
}

/**
 * A promise that rejects, rather than stays pending, when nothing is left to
 * settle it: once the process has nothing else to run ('beforeExit'). When
 * Pagefind's process ends without answering (a panic of its own), its Node
 * API leaves the call pending and the build would end as if it had finished.
 */
export function answered<T>(call: Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const stalled = () =>
      reject(new Error("Pagefind's process ended without answering (its own message, if any, is above)"));
    process.once('beforeExit', stalled);
    call.then(resolve, reject).finally(() => process.off('beforeExit', stalled));
  });
}

/**
 * The locale's search index, in the build's postBuild: written before it
 * returns; rejects with the locale and the reason when it cannot be.
 *
 * Writing it while the next locale builds was tried (2026-12-02, 1,000 posts
 * × 2): the index then took 29 s instead of 3.5, its reading of the pages
 * waiting on the build's busy thread, and the build was no quicker.
 */
export async function indexLocale(
  context: LoadContext,
  outDir: string,
  posts: readonly PostWithExtras<BlogPost>[],
): Promise<void> {
  try {
    await answered(writeSearchIndex(context, outDir, posts));
  } catch (error) {
    throw new Error(`the search index (${context.i18n.currentLocale}) could not be written: ${messageOf(error)}`, {
      cause: error,
    });
  }
}
