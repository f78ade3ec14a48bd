/**
 * A locale's search index, written by Pagefind from the locale's built post
 * pages. plugin/search.ts runs this in a child process
 * (commands/indexSearch.ts), which reads the pages itself: the build's own
 * thread is then free for the next locale, and the index never waits on it.
 *
 * The text is indexed in its matching form (i18n/searchText.ts), and the
 * browser puts the query in the same form, so that a reader finds "الذَّكاءُ"
 * by typing "ذكاء". The matching form is only in the index; results show the
 * post's own title and description.
 */
import {existsSync} from 'node:fs';
import {createRequire} from 'node:module';
import {mkdir, readFile, readdir, rm, stat} from 'node:fs/promises';
import path from 'node:path';
import {searchText} from '../i18n/searchText';

/** A post's built page, and what the index keeps of it besides its text. */
export interface SearchPage {
  /** The post's permalink: the URL a result links to. */
  url: string;
  /** The built page's file. */
  file: string;
  /** The post's source (`@site/blog/…`), named when its page is missing. */
  source: string;
  title: string;
  description: string;
  keywords: readonly string[];
}

export interface SearchIndexRequest {
  /** `<locale's outDir>/pagefind`. */
  folder: string;
  /** ISO 639-1: Pagefind names an index by it. */
  language: string;
  pages: readonly SearchPage[];
}

export interface SearchIndexResult {
  indexed: number;
  kb: number;
  /** The sources of the posts without a built page, left out of the index. */
  missing: string[];
}

/**
 * Pages sent to Pagefind before the first of them is answered. Measured on a
 * 1,000-post locale (2026-12-02): one at a time, 3.9 s; 16 at a time, the
 * same index, byte for byte.
 */
const IN_FLIGHT = 16;

/** Pagefind's own interfaces, which the theme does not use. */
const UNUSED = /^pagefind-(ui|component-ui|modular-ui|highlight)\./;

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"]/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'})[c]!);

/**
 * The page as Pagefind reads it: the post's article with every text in its
 * matching form, the description and keywords the page only has in its head,
 * and the title and description as written, for the results.
 */
function searchDocument(html: string, page: Omit<SearchPage, 'file'>, language: string): string | undefined {
  const start = html.indexOf('<article');
  const end = html.lastIndexOf('</article>');
  if (start < 0 || end < start) return undefined;
  const article = html.slice(start, end + '</article>'.length).replace(/>([^<]+)</g, (_, text: string) => {
    return `>${searchText(text)}<`;
  });
  const {title, description, keywords} = page;
  const hidden = (name: string, value: string) =>
    `<span data-pagefind-meta="${name}" data-pagefind-ignore>${escapeHtml(value)}</span>`;
  return (
    `<html lang="${escapeHtml(language)}"><body><main data-pagefind-body>${article}` +
    `<p>${escapeHtml(searchText(`${description} ${keywords.join(' ')}`))}</p>` +
    `${hidden('title', title)}${hidden('description', description)}</main></body></html>`
  );
}

type Pagefind = typeof import('pagefind');

/**
 * Pagefind's Node API is an ES module that exports nothing to `require`, and
 * this module is loaded as CommonJS (bundled by bin/run.mjs, or through jiti,
 * which turns `import()` into `require()`): Node's own `require` of the
 * module's file (Node 20.19 and later load an ES module so) reaches it.
 */
function loadPagefind(): Pagefind {
  const require = createRequire(__filename);
  const folders = require.resolve.paths('pagefind') ?? [];
  const entry = folders.map((folder) => path.join(folder, 'pagefind/lib/index.js')).find((file) => existsSync(file));
  if (!entry) throw new Error('The pagefind package is not installed: run npm ci.');
  return require(entry) as Pagefind;
}

async function folderSize(folder: string): Promise<number> {
  let size = 0;
  for (const entry of await readdir(folder, {withFileTypes: true, recursive: true})) {
    if (entry.isFile()) size += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return size;
}

/**
 * A promise that rejects, rather than stays pending, when nothing is left to
 * settle it: once the process has nothing else to run ('beforeExit'). When
 * Pagefind's process ends without answering (a panic of its own), its Node
 * API leaves the call pending and the process would end as if it had finished.
 */
export function answered<T>(call: Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const stalled = () =>
      reject(new Error("Pagefind's process ended without answering (its own message, if any, is above)"));
    process.once('beforeExit', stalled);
    call.then(resolve, reject).finally(() => process.off('beforeExit', stalled));
  });
}

/** Indexes the pages into the request's folder; rejects with Pagefind's or the system's reason. */
export function writeSearchIndex(request: SearchIndexRequest): Promise<SearchIndexResult> {
  return answered(writeIndex(request));
}

async function writeIndex({folder, language, pages}: SearchIndexRequest): Promise<SearchIndexResult> {
  // Made here: Pagefind's process stops without an answer when it cannot make it.
  await mkdir(folder, {recursive: true});
  const pagefind = loadPagefind();
  try {
    const {index, errors} = await pagefind.createIndex({forceLanguage: language});
    if (!index) throw new Error(errors.join('\n'));
    let indexed = 0;
    const missing: string[] = [];
    // Pages go to Pagefind in the posts' order, up to IN_FLIGHT before the
    // first answer is awaited: the next page is read and prepared here while
    // Pagefind parses the ones before it. The first refusal stops the index.
    const sent: Promise<void>[] = [];
    let refused: Error | undefined;
    for (const page of pages) {
      if (refused) break;
      const html = await readFile(page.file, 'utf8').catch(() => undefined);
      const document = html && searchDocument(html, page, language);
      if (!document) {
        missing.push(page.source);
        continue;
      }
      sent.push(
        index.addHTMLFile({url: page.url, content: document}).then(
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
    return {indexed, kb: Math.round((await folderSize(folder)) / 1024), missing};
  } finally {
    await pagefind.close();
  }
}
