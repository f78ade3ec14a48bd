/**
 * 6. The page: the repository's Arabic seed post, built by the repository's
 * own site and by a default Docusaurus over the same posts (bench/lib/sites.ts),
 * both served by `docusaurus serve` on 127.0.0.1.
 * - Bytes on first load in Chromium (a fresh context each time, requests to
 *   other hosts aborted: the post's body image is remote), until the network is
 *   idle, by kind: HTML, CSS, JS, fonts (what the target counts), and the rest.
 * - Lighthouse 12.2.3 (its CLI, default mobile settings with simulated
 *   throttling) on both, the median score per category.
 * - What search costs the post page: its requests on first load (none should
 *   be search's: the engine and the index load on demand), what the first
 *   query then downloads, and the search box's own code in the page's bundle
 *   (its modules minified and gzipped alone, as the bundler cannot tell them
 *   apart in main.js).
 */
import {spawn} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {gzipSync} from 'node:zlib';
import {build} from 'esbuild';
import {CHROMIUM_FLAGS, chromiumPath, launchChromium} from '../../tests/helpers/browser';
import {SEED_FILE} from '../lib/generate';
import {interleaved, median, round} from '../lib/measure';
import {ROOT, WORK} from '../lib/paths';
import {serveStatic, type Served} from '../lib/serve';
import {writePageSites} from '../lib/sites';
import type {BenchOptions, PartResult, Row} from '../lib/types';
import {buildSite, clearBuild} from './build';

const SEED_PATH = `/ar/${SEED_FILE.slice(0, 10).replace(/-/g, '/')}/${SEED_FILE.slice(11, -3)}`;
const TARGET_EXTRA_KB = 100;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const TARGETS: Record<(typeof CATEGORIES)[number], number> = {
  performance: 90,
  accessibility: 100,
  'best-practices': 95,
  seo: 100,
};

type Kind = 'ours' | 'vanilla';
type Bytes = Record<'html' | 'css' | 'js' | 'font' | 'image' | 'other', number>;

function kindOf(resourceType: string, url: string): keyof Bytes {
  const ext = path.extname(new URL(url).pathname).toLowerCase();
  if (resourceType === 'document') return 'html';
  if (resourceType === 'stylesheet' || ext === '.css') return 'css';
  if (resourceType === 'script' || ext === '.js') return 'js';
  if (resourceType === 'font' || ['.woff2', '.woff', '.ttf', '.otf'].includes(ext)) return 'font';
  if (resourceType === 'image') return 'image';
  return 'other';
}

interface Load {
  /** Bytes on the wire (headers and gzipped bodies), by kind. */
  bytes: Bytes;
  /** The same bodies uncompressed, by kind. */
  decoded: Bytes;
  requests: {url: string; kind: string; bytes: number; decoded: number}[];
}

const noBytes = (): Bytes => ({html: 0, css: 0, js: 0, font: 0, image: 0, other: 0});

/** One first load in a fresh context, counted as DevTools' "transferred" column counts (CDP's encodedDataLength). */
async function pageBytes(url: string): Promise<Load> {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const seen = new Map<string, {url: string; type: string; decoded: number}>();
    const done: {id: string; encoded: number}[] = [];
    cdp.on('Network.responseReceived', (e) =>
      seen.set(e.requestId, {url: e.response.url, type: e.type.toLowerCase(), decoded: 0}),
    );
    cdp.on('Network.dataReceived', (e) => {
      const r = seen.get(e.requestId);
      if (r) r.decoded += e.dataLength;
    });
    cdp.on('Network.loadingFinished', (e) => done.push({id: e.requestId, encoded: e.encodedDataLength}));
    await cdp.send('Network.enable');
    // Nothing leaves the machine: the post's body image is on another host.
    await cdp.send('Network.setBlockedURLs', {urls: ['https://*']});
    await page.goto(url, {waitUntil: 'networkidle'});
    // Links seen on screen prefetch their routes when the browser is idle: let a busy machine get there.
    await page.waitForTimeout(1000);
    await page.waitForLoadState('networkidle');
    const origin = new URL(url).origin;
    const load: Load = {bytes: noBytes(), decoded: noBytes(), requests: []};
    for (const {id, encoded} of done) {
      const r = seen.get(id);
      if (!r) continue;
      const kind = kindOf(r.type, r.url);
      load.bytes[kind] += encoded;
      load.decoded[kind] += r.decoded;
      load.requests.push({url: r.url.slice(origin.length), kind, bytes: encoded, decoded: r.decoded});
    }
    await context.close();
    return load;
  } finally {
    await browser.close();
  }
}

/** The query typed into the navbar's box: words of the seed post. */
const SEARCH_QUERY = 'الذكاء الاصطناعي';

interface SearchCost {
  /** Requests of the first load under /pagefind/ (the index and its engine). */
  firstLoad: {url: string; bytes: number}[];
  /** What the first query downloads: the engine's chunk, Pagefind's bundle and the index, by kind. */
  firstQuery: Bytes;
  requests: {url: string; kind: string; bytes: number}[];
}

/**
 * The seed post's first load, then a query typed into the navbar's box, each
 * request counted as headers and body on the wire. Playwright's request events
 * rather than the page's DevTools session: Pagefind fetches its index from a
 * worker, which that session does not see.
 */
async function searchCost(url: string): Promise<SearchCost> {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext();
    // Nothing leaves the machine: the post's body image is on another host.
    await context.route(/^https:/, (route) => route.abort());
    const page = await context.newPage();
    const origin = new URL(url).origin;
    const finished: Promise<{url: string; kind: keyof Bytes; bytes: number}>[] = [];
    page.on('requestfinished', (request) =>
      finished.push(
        request.sizes().then(
          (size) => ({
            url: request.url().slice(origin.length),
            kind: kindOf(request.resourceType(), request.url()),
            bytes: Math.max(0, size.responseBodySize) + size.responseHeadersSize,
          }),
          () => ({url: request.url().slice(origin.length), kind: 'other' as const, bytes: 0}),
        ),
      ),
    );
    await page.goto(url, {waitUntil: 'networkidle'});
    await page.waitForSelector('html[data-has-hydrated="true"]');
    await page.waitForTimeout(1000);
    await page.waitForLoadState('networkidle');
    const loaded = finished.length;
    const box = page.locator('nav form[role=search]').first();
    await box.getByRole('searchbox').fill(SEARCH_QUERY);
    await box.getByRole('status').filter({hasText: /\d/}).waitFor({timeout: 60_000});
    await page.waitForLoadState('networkidle');
    const all = await Promise.all(finished);
    const firstLoad = all
      .slice(0, loaded)
      .filter((r) => r.url.includes('/pagefind/'))
      .map(({url, bytes}) => ({url, bytes}));
    const requests = all.slice(loaded);
    const firstQuery = noBytes();
    for (const r of requests) firstQuery[r.kind] += r.bytes;
    await context.close();
    return {firstLoad, firstQuery, requests};
  } finally {
    await browser.close();
  }
}

/**
 * The search box's own modules (theme/SearchBar without the engine it imports
 * on demand, nor what the rest of the theme shares), minified and gzipped at
 * level 6 as bench/lib/serve.ts serves: what the box adds to the page's bundle.
 */
async function searchBoxBytes(): Promise<{js: number; css: number}> {
  const result = await build({
    entryPoints: [path.join(ROOT, 'plugins/blog/theme/SearchBar/index.tsx')],
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    write: false,
    outdir: path.join(tmpdir(), 'qalam-search-box'),
    jsx: 'automatic',
    loader: {'.module.css': 'local-css'},
    external: ['react', 'react/*', '@docusaurus/*', '@theme/*'],
    plugins: [
      {
        name: 'shared-client',
        setup(b) {
          b.onResolve({filter: /\/client\//}, (args) => ({path: args.path, external: true}));
        },
      },
    ],
  });
  const gz = (text: string) => gzipSync(text, {level: 6}).length;
  const entry = result.outputFiles.find((f) => f.path.endsWith('index.js'));
  const css = result.outputFiles.find((f) => f.path.endsWith('.css'));
  return {js: entry ? gz(entry.text) : 0, css: css ? gz(css.text) : 0};
}

interface LighthouseRun {
  scores: Record<(typeof CATEGORIES)[number], number>;
  /** Audits that count in a category and did not pass. */
  failing: string[];
  metrics: Record<string, number>;
}

function lighthouse(url: string): Promise<LighthouseRun> {
  const dir = mkdtempSync(path.join(tmpdir(), 'qalam-lh-'));
  const out = path.join(dir, 'report.json');
  const args = [
    path.join(ROOT, 'node_modules/lighthouse/cli/index.js'),
    url,
    '--output=json',
    `--output-path=${out}`,
    `--only-categories=${CATEGORIES.join(',')}`,
    `--chrome-flags=${['--headless=new', ...CHROMIUM_FLAGS].join(' ')}`,
    '--quiet',
  ];
  return new Promise((resolve, reject) => {
    const child = spawn('node', args, {
      cwd: ROOT,
      env: {...process.env, CHROME_PATH: chromiumPath()},
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    child.on('error', reject);
    child.on('close', (code) => {
      try {
        if (code !== 0) throw new Error(`lighthouse exited ${code}:\n${log.slice(-2000)}`);
        const lhr = JSON.parse(readFileSync(out, 'utf8')) as {
          categories: Record<string, {score: number; auditRefs: {id: string; weight: number}[]}>;
          audits: Record<string, {score: number | null; numericValue?: number; scoreDisplayMode: string}>;
        };
        const scores = Object.fromEntries(
          CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]),
        ) as LighthouseRun['scores'];
        const failing = CATEGORIES.flatMap((c) =>
          (lhr.categories[c]?.auditRefs ?? [])
            .filter(
              (ref) => ref.weight > 0 && lhr.audits[ref.id]?.score !== null && (lhr.audits[ref.id]?.score ?? 1) < 0.9,
            )
            .map((ref) => `${c}:${ref.id}(${lhr.audits[ref.id]!.score})`),
        );
        const metrics = Object.fromEntries(
          [
            'first-contentful-paint',
            'largest-contentful-paint',
            'total-blocking-time',
            'cumulative-layout-shift',
            'speed-index',
          ].map((id) => [id, round(lhr.audits[id]?.numericValue ?? Number.NaN, 3)]),
        );
        resolve({scores, failing, metrics});
      } catch (error) {
        reject(error);
      } finally {
        rmSync(dir, {recursive: true, force: true});
      }
    });
  });
}

export async function pagePart({quick, runs, reuse, log}: BenchOptions): Promise<PartResult> {
  const siteDirs = {ours: path.join(WORK, 'page-ours'), vanilla: path.join(WORK, 'page-vanilla')};
  const outDirs = {ours: path.join(WORK, 'out-page-ours'), vanilla: path.join(WORK, 'out-page-vanilla')};
  const reused =
    reuse && existsSync(path.join(outDirs.ours, 'index.html')) && existsSync(path.join(outDirs.vanilla, 'index.html'));
  if (!reused) writePageSites(siteDirs.ours, siteDirs.vanilla);
  for (const kind of reused ? [] : (['ours', 'vanilla'] as const)) {
    clearBuild(siteDirs[kind], outDirs[kind]);
    const m = await buildSite(siteDirs[kind], outDirs[kind]);
    log(`page: built ${kind} in ${round(m.ms / 1000, 1)} s`);
  }
  const served: Partial<Record<Kind, Served>> = {};
  try {
    for (const kind of ['ours', 'vanilla'] as const) served[kind] = await serveStatic(outDirs[kind]);
    const urlOf = (kind: Kind) => `${served[kind]!.url}${SEED_PATH}`;

    const loads = await interleaved(['ours', 'vanilla'] as const, quick ? 1 : 3, async (kind) => {
      const result = await pageBytes(urlOf(kind));
      log(`page bytes ${kind}: ${JSON.stringify(result.bytes)}`);
      return result;
    });
    const counted = (b: Bytes) => b.html + b.css + b.js + b.font;
    const medianOf = (kind: Kind, field: 'bytes' | 'decoded') =>
      Object.fromEntries(
        (Object.keys(noBytes()) as (keyof Bytes)[]).map((k) => [k, median(loads[kind].map((l) => l[field][k]))]),
      ) as Bytes;
    const bytes = {ours: medianOf('ours', 'bytes'), vanilla: medianOf('vanilla', 'bytes')};
    const decoded = {ours: medianOf('ours', 'decoded'), vanilla: medianOf('vanilla', 'decoded')};
    const extraKb = (counted(bytes.ours) - counted(bytes.vanilla)) / 1024;
    const extraDecodedKb = (counted(decoded.ours) - counted(decoded.vanilla)) / 1024;

    const searchRuns: SearchCost[] = [];
    for (let run = 0; run < (quick ? 1 : 3); run++) {
      const cost = await searchCost(urlOf('ours'));
      log(`page search: first load ${JSON.stringify(cost.firstLoad)}, first query ${JSON.stringify(cost.firstQuery)}`);
      searchRuns.push(cost);
    }
    const searchQuery = Object.fromEntries(
      (Object.keys(noBytes()) as (keyof Bytes)[]).map((k) => [k, median(searchRuns.map((r) => r.firstQuery[k]))]),
    ) as Bytes;
    const searchFirstLoad = median(searchRuns.map((r) => r.firstLoad.reduce((sum, x) => sum + x.bytes, 0)));
    const searchBox = await searchBoxBytes();

    const lhRuns = await interleaved(['ours', 'vanilla'] as const, runs, async (kind, run) => {
      const result = await lighthouse(urlOf(kind));
      log(
        `lighthouse ${kind} #${run + 1}: ${JSON.stringify(result.scores)}${result.failing.length ? ` failing ${result.failing.join(' ')}` : ''}`,
      );
      return result;
    });
    const medianScores = (kind: Kind) =>
      Object.fromEntries(
        CATEGORIES.map((c) => [c, median(lhRuns[kind].map((r) => r.scores[c]))]),
      ) as LighthouseRun['scores'];
    const scores = {ours: medianScores('ours'), vanilla: medianScores('vanilla')};
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    const breakdown = (b: Bytes) => `html ${kb(b.html)}, css ${kb(b.css)}, js ${kb(b.js)}, font ${kb(b.font)}`;
    const rows: Row[] = [
      {
        item: '6',
        metric: `bytes transferred (gzip), first load of ${SEED_PATH}, HTML+CSS+JS+fonts`,
        ours: kb(counted(bytes.ours)),
        baseline: kb(counted(bytes.vanilla)),
        ratio: `${extraKb >= 0 ? '+' : ''}${extraKb.toFixed(1)} KB`,
        target: `≤ +${TARGET_EXTRA_KB} KB`,
        pass: extraKb <= TARGET_EXTRA_KB,
      },
      {item: '6', metric: '  by kind, transferred', ours: breakdown(bytes.ours), baseline: breakdown(bytes.vanilla)},
      {
        item: '6',
        metric: '  the same, uncompressed',
        ours: kb(counted(decoded.ours)),
        baseline: kb(counted(decoded.vanilla)),
        ratio: `${extraDecodedKb >= 0 ? '+' : ''}${extraDecodedKb.toFixed(1)} KB`,
      },
      {
        item: '6',
        metric: `search on the post page: its index and engine on first load / the box's code in the bundle (gzip)`,
        ours: `${kb(searchFirstLoad)} / ${kb(searchBox.js)} JS + ${kb(searchBox.css)} CSS`,
      },
      {
        item: '6',
        metric: `  loaded by the first query ("${SEARCH_QUERY}"), transferred`,
        ours: `${kb(Object.values(searchQuery).reduce((a, b) => a + b, 0))} (js ${kb(searchQuery.js)}, other ${kb(searchQuery.other)})`,
      },
      ...CATEGORIES.map((c) => ({
        item: '6',
        metric: `Lighthouse ${c} (median of ${runs})`,
        ours: String(scores.ours[c]),
        baseline: String(scores.vanilla[c]),
        target: TARGETS[c] === 100 ? '100' : `≥ ${TARGETS[c]}`,
        pass: scores.ours[c] >= TARGETS[c],
      })),
    ];
    return {
      rows,
      data: {
        url: SEED_PATH,
        served:
          'bench/lib/serve.ts: gzip level 6 for text, assets cached; bytes = CDP encodedDataLength (headers + body on the wire)',
        bytes: {
          ours: bytes.ours,
          vanilla: bytes.vanilla,
          countedOurs: counted(bytes.ours),
          countedVanilla: counted(bytes.vanilla),
          extraKb: round(extraKb, 1),
        },
        decoded: {ours: decoded.ours, vanilla: decoded.vanilla, extraKb: round(extraDecodedKb, 1)},
        requests: {ours: loads.ours[0]!.requests, vanilla: loads.vanilla[0]!.requests},
        search: {
          query: SEARCH_QUERY,
          firstLoadBytes: searchFirstLoad,
          firstQuery: searchQuery,
          box: searchBox,
          requests: searchRuns[0]!.requests,
        },
        lighthouse: {version: '12.2.3', medians: scores, runs: lhRuns},
      },
    };
  } finally {
    for (const s of Object.values(served)) await s?.stop();
  }
}
