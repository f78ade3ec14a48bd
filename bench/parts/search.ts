/**
 * 8. Search: the bench's blogs of 100 and 1,000 posts per locale (20 with
 * --quick), built by the repository's site, so Pagefind indexes them as the
 * site's build does (plugin/search.ts).
 * - The index of each locale: its size on disk, what a first query downloads
 *   (gzipped by bench/lib/serve.ts, as a host serves it), and the build's time
 *   to write it (from the build's log; the index of a locale another follows is
 *   written while that one builds).
 * - Query time in Chromium, from the query to the first page of results (six
 *   posts' titles and descriptions): the first query of a page, which loads
 *   the index, and later queries (medians over the runs).
 */
import {readdirSync, statSync} from 'node:fs';
import path from 'node:path';
import {launchChromium} from '../../tests/helpers/browser';
import {searchText} from '../../plugins/blog/i18n/searchText';
import {generateBlog} from '../lib/generate';
import {median, round} from '../lib/measure';
import {WORK} from '../lib/paths';
import {serveStatic} from '../lib/serve';
import {writeSite} from '../lib/sites';
import type {BenchOptions, PartResult, Row} from '../lib/types';
import {buildSite, clearBuild} from './build';

/** Words of the seed post (bench/lib/generate.ts writes posts from them), as the search box sends them. */
const QUERIES = {
  en: ['open source', 'model', 'DeepSeek', 'training', 'community'],
  ar: ['الذكاء الاصطناعي', 'مفتوح المصدر', 'النموذج', 'DeepSeek', 'التدريب'],
};
type Locale = keyof typeof QUERIES;
const LOCALES = Object.keys(QUERIES) as Locale[];

/** "Search (ar): 100 posts indexed, 412 KB, in 1.3 s." per locale. */
function searchLogged(output: string): Record<string, {posts: number; kb: number; seconds: number}> {
  return Object.fromEntries(
    [...output.matchAll(/Search \(([^)]+)\): (\d+) posts indexed, (\d+) KB, in ([\d.]+) s/g)].map((m) => [
      m[1]!,
      {posts: Number(m[2]), kb: Number(m[3]), seconds: Number(m[4])},
    ]),
  );
}

function folderBytes(folder: string): number {
  return readdirSync(folder, {withFileTypes: true, recursive: true})
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(path.join(entry.parentPath, entry.name)).size, 0);
}

interface QueryRun {
  /** Milliseconds from each query to its first six results, in order: the first one loads the index. */
  ms: number[];
  /** Bytes on the wire of the index files fetched by the queries. */
  bytes: number;
}

/** The locale's queries on a fresh page of that locale, with the same bundle and calls as the theme. */
async function runQueries(base: string, locale: Locale): Promise<QueryRun> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(base + (locale === 'en' ? '/' : `/${locale}/`), {waitUntil: 'networkidle'});
    const sizes: Promise<number>[] = [];
    page.on('requestfinished', (request) => {
      // A request the browser drops (the page closing) has no sizes: counted as nothing, not a crash.
      if (request.url().includes('/pagefind/'))
        sizes.push(
          request.sizes().then(
            (size) => size.responseBodySize + size.responseHeadersSize,
            () => 0,
          ),
        );
    });
    const bundle = `${locale === 'en' ? '' : `/${locale}`}/pagefind/pagefind.js`;
    const ms = await page.evaluate(
      async ({bundle, queries}) => {
        interface Pagefind {
          options(o: object): Promise<void>;
          search(q: string): Promise<{results: {data(): Promise<unknown>}[]}>;
        }
        const times: number[] = [];
        for (const [i, query] of queries.entries()) {
          const started = performance.now();
          const pagefind = (await import(bundle)) as Pagefind;
          if (i === 0) await pagefind.options({baseUrl: '/'});
          const {results} = await pagefind.search(query);
          await Promise.all(results.slice(0, 6).map((r) => r.data()));
          times.push(performance.now() - started);
        }
        return times;
      },
      {bundle, queries: QUERIES[locale].map(searchText)},
    );
    await page.waitForLoadState('networkidle');
    const bytes = (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
    return {ms, bytes};
  } finally {
    await browser.close();
  }
}

export async function searchPart({quick, runs, log}: BenchOptions): Promise<PartResult> {
  const sizes = quick ? [20] : [100, 1000];
  const rows: Row[] = [];
  const data: Record<string, unknown> = {};
  for (const postsPerLocale of sizes) {
    const siteDir = path.join(WORK, `search-${postsPerLocale}`);
    const outDir = path.join(WORK, `out-search-${postsPerLocale}`);
    writeSite(siteDir, 'ours');
    generateBlog(siteDir, {postsPerLocale, faultRate: 0, seed: 8});
    clearBuild(siteDir, outDir);
    log(`search: building ${postsPerLocale} posts × 2 locales in ${siteDir}`);
    const built = await buildSite(siteDir, outDir);
    const logged = searchLogged(built.output);
    const served = await serveStatic(outDir);
    try {
      for (const locale of LOCALES) {
        const folder = path.join(outDir, locale === 'en' ? '' : locale, 'pagefind');
        const runsOf: QueryRun[] = [];
        for (let run = 0; run < runs; run++) {
          const r = await runQueries(served.url, locale);
          log(`search ${postsPerLocale} ${locale} #${run + 1}: ${r.ms.map((ms) => round(ms)).join(', ')} ms`);
          runsOf.push(r);
        }
        const first = median(runsOf.map((r) => r.ms[0]!));
        const later = median(runsOf.flatMap((r) => r.ms.slice(1)));
        const fetchedKb = median(runsOf.map((r) => r.bytes)) / 1024;
        const diskKb = folderBytes(folder) / 1024;
        const indexing = logged[locale];
        data[`${postsPerLocale}-${locale}`] = {
          posts: indexing?.posts,
          indexSeconds: indexing?.seconds,
          diskKb: round(diskKb),
          fetchedKb: round(fetchedKb, 1),
          firstQueryMs: round(first, 1),
          laterQueryMs: round(later, 1),
          raw: runsOf,
        };
        const what = `${postsPerLocale} posts, ${locale}`;
        rows.push(
          {
            item: '8',
            metric: `search index, ${what}: on disk / fetched by 5 queries (gzip) / time to write`,
            ours: `${round(diskKb)} KB / ${round(fetchedKb, 1)} KB / ${indexing ? `${indexing.seconds} s` : '?'}`,
          },
          {
            item: '8',
            metric: `search query to its first 6 results, ${what}: first (loads the index) / later (median)`,
            ours: `${round(first, 1)} ms / ${round(later, 1)} ms`,
          },
        );
      }
    } finally {
      await served.stop();
    }
  }
  return {rows, data};
}
