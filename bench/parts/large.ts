/**
 * A large blog (`npm run bench -- --large`): builds that take minutes each, in
 * this order:
 *
 * - bytes per post: our site at 1 (the seed alone), 100 and 1,000 posts per
 *   locale, two locales. A post's share of the output is what the output grows
 *   by beyond the one-post site (the theme's bundles, fonts and pages every
 *   site has), divided by the posts added; at 1,000 it must be within 10 % of
 *   its value at 100: no page carries every post.
 * - the same 100 posts with the sidebar listing every post (`blogSidebarCount:
 *   'ALL'`): what the bounded sidebar saves, per post;
 * - 1,000 × 2 built by our plugin and by the preset's blog with the same
 *   content and sidebar, interleaved (ours, preset; preset, ours; …: PAIRS runs
 *   of each), medians: our build's time and peak memory against it;
 * - one locale of the 1,000 × 2 site (`docusaurus build --locale ar`): what one
 *   machine of a per-locale fan-out needs;
 * - the fifteen-locale fixture (tests/fixtures/sites/fifteen) built whole:
 *   time, memory and output of a site in fifteen locales.
 *
 * Every build is cold (clearBuild). Peak memory is the process tree's: our
 * social cards are drawn in a child process, and count. Docusaurus's own
 * timings (DOCUSAURUS_PERF_LOGGER) of each 1,000 × 2 build go to latest.json:
 * where the time goes, step by step.
 */
import {cpSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {generateBlog} from '../lib/generate';
import {interleaved, loadAverage, measure, median, round, type Measured} from '../lib/measure';
import {DOCUSAURUS, ROOT, WORK} from '../lib/paths';
import {copyContent, SIDEBAR_COUNT, writeSite, type SiteKind} from '../lib/sites';
import type {BenchOptions, PartResult, Row} from '../lib/types';
import {clearBuild} from './build';

/** Bytes per post at the large size against the small one: at most this far apart. */
const BYTES_PER_POST_SPREAD = 0.1;
const TIME_RATIO = 1.1;
const MEMORY_RATIO = 1.0;
/** Runs of each side of the 1,000 × 2 comparison, interleaved. */
const PAIRS = 5;
/** Docusaurus's timings worth keeping: a second or more. */
const PERF_MIN_MS = 1000;
const FIFTEEN = path.join(ROOT, 'tests/fixtures/sites/fifteen');

interface Built {
  posts: number;
  s: number;
  peakRssMb: number;
  /** CPU seconds of the build's process tree (user + system). */
  cpuS: number;
  bytes: number;
  /** Docusaurus's timed steps of a second or more: label → seconds. */
  steps: Record<string, number>;
}

/** Bytes of every file under `dir`. */
function sizeOf(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, {withFileTypes: true, recursive: true}))
    if (entry.isFile()) total += statSync(path.join(entry.parentPath, entry.name)).size;
  return total;
}

/** "[PERF] Build > en > Load site > Load plugins content - 12.34 seconds! - (Heap …)" → label → seconds. */
function stepsOf(output: string): Record<string, number> {
  const steps: Record<string, number> = {};
  for (const m of output.matchAll(/\[PERF\](?:\[KO\])? (.+?) - ([\d.]+) (ms|seconds)/g)) {
    const ms = Number(m[2]) * (m[3] === 'seconds' ? 1000 : 1);
    // A label met twice (a step of each locale under the same name) adds up.
    if (ms >= PERF_MIN_MS) steps[m[1]!] = round((steps[m[1]!] ?? 0) + ms / 1000, 1);
  }
  return steps;
}

/** The fifteen-locale fixture, its posts and config as they are. */
function writeFifteen(siteDir: string): void {
  rmSync(siteDir, {recursive: true, force: true});
  mkdirSync(siteDir, {recursive: true});
  for (const folder of ['blog', 'i18n'])
    cpSync(path.join(FIFTEEN, folder), path.join(siteDir, folder), {recursive: true});
  writeFileSync(
    path.join(siteDir, 'package.json'),
    `${JSON.stringify({name: 'bench-fifteen-build', private: true})}\n`,
  );
  const config = path.relative(siteDir, path.join(FIFTEEN, 'docusaurus.config.js')).split(path.sep).join('/');
  writeFileSync(
    path.join(siteDir, 'docusaurus.config.js'),
    `// Written by bench/parts/large.ts: the fifteen-locale fixture as it is.\nmodule.exports = require('./${config}');\n`,
  );
}

/** Posts of a site: Markdown files under blog/ and i18n/. */
function postsOf(siteDir: string): number {
  let count = 0;
  for (const folder of ['blog', 'i18n'])
    for (const entry of readdirSync(path.join(siteDir, folder), {withFileTypes: true, recursive: true}))
      if (entry.isFile() && /\.mdx?$/.test(entry.name)) count++;
  return count;
}

export async function largePart({quick, log}: BenchOptions): Promise<PartResult> {
  const [small, large] = quick ? [10, 40] : [100, 1_000];
  const pairs = quick ? 1 : PAIRS;
  const built: Record<string, Built> = {};

  async function measureBuild(name: string, siteDir: string, outDir: string, posts: number, extra: string[] = []) {
    clearBuild(siteDir, outDir);
    const m: Measured = await measure(DOCUSAURUS, ['build', siteDir, '--out-dir', outDir, ...extra], {
      cwd: siteDir,
      env: {DOCUSAURUS_PERF_LOGGER: 'true'},
    });
    // The whole output, to read every step's time later.
    writeFileSync(path.join(WORK, `log-${name}.txt`), m.output);
    if (m.code !== 0) throw new Error(`the build of ${siteDir} failed (${m.code}):\n${m.output.slice(-3000)}`);
    const result: Built = {
      posts,
      s: m.ms / 1000,
      peakRssMb: m.peakRssMb,
      cpuS: m.cpuS,
      bytes: sizeOf(outDir),
      steps: stepsOf(m.output),
    };
    const top = Object.entries(result.steps)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 4)
      .map(([label, s]) => `${label} ${s} s`);
    log(
      `large ${name}: ${posts} posts, ${round(result.s, 1)} s (CPU ${round(m.cpuS)} s), ${round(m.peakRssMb)} MB, ${mb(result.bytes)}; load ${loadNow()}${top.length ? `; ${top.join('; ')}` : ''}`,
    );
    built[name] = result;
    return result;
  }

  const siteOf = (kind: SiteKind, postsPerLocale: number, sidebar?: 'ALL') =>
    path.join(WORK, `large-${postsPerLocale}-${kind}${sidebar ? '-all' : ''}`);
  /** Writes the site (our site generates the posts; the others copy ours). */
  function prepare(kind: SiteKind, postsPerLocale: number, sidebar?: 'ALL'): string {
    const siteDir = siteOf(kind, postsPerLocale, sidebar);
    if (kind === 'ours' && !sidebar) {
      writeSite(siteDir, 'ours');
      generateBlog(siteDir, {postsPerLocale, faultRate: 0, seed: 18});
    } else {
      copyContent(siteOf('ours', postsPerLocale), siteDir, kind);
      if (sidebar) writeSite(siteDir, kind, sidebar);
    }
    return siteDir;
  }
  const build = (name: string, kind: SiteKind, postsPerLocale: number, extra: string[] = [], sidebar?: 'ALL') =>
    measureBuild(
      name,
      siteOf(kind, postsPerLocale, sidebar),
      path.join(WORK, `out-${name}`),
      postsPerLocale * (extra.includes('--locale') ? 1 : 2),
      extra,
    );

  prepare('ours', 1);
  const base = await build('ours-1', 'ours', 1);
  prepare('ours', small);
  const atSmall = await build(`ours-${small}`, 'ours', small);
  prepare('ours', small, 'ALL');
  const allSidebar = await build(`ours-${small}-sidebar-all`, 'ours', small, [], 'ALL');

  prepare('ours', large);
  prepare('preset', large);
  const compared = await interleaved(['ours', 'preset'] as const, pairs, (kind, run) =>
    build(`${kind}-${large}-${run + 1}`, kind, large),
  );
  const atLarge = compared.ours[0]!;
  const oneLocale = await build(`ours-${large}-ar`, 'ours', large, ['--locale', 'ar']);

  const fifteenDir = path.join(WORK, 'fifteen-build');
  writeFifteen(fifteenDir);
  const fifteen = await measureBuild('fifteen', fifteenDir, path.join(WORK, 'out-fifteen-build'), postsOf(fifteenDir));

  const med = (kind: 'ours' | 'preset', key: 's' | 'peakRssMb' | 'cpuS') => median(compared[kind].map((b) => b[key]));
  const [oursS, presetS, oursMb, presetMb] = [
    med('ours', 's'),
    med('preset', 's'),
    med('ours', 'peakRssMb'),
    med('preset', 'peakRssMb'),
  ];
  const perPost = (b: Built) => (b.bytes - base.bytes) / (b.posts - base.posts);
  const spread = perPost(atLarge) / perPost(atSmall) - 1;
  const [oursCpu, presetCpu] = [med('ours', 'cpuS'), med('preset', 'cpuS')];
  const timeRatio = oursS / presetS;
  const memoryRatio = oursMb / presetMb;
  const sizeLabel = `${large.toLocaleString('en-US')} × 2`;
  const runsLabel = `median of ${pairs}, interleaved`;
  const rows: Row[] = [
    {
      item: '2',
      metric: `output per post, ${small} × 2 → ${sizeLabel} (sidebar of ${SIDEBAR_COUNT})`,
      ours: `${kb(perPost(atLarge))} at ${large}, total ${mb(atLarge.bytes)}`,
      baseline: `${kb(perPost(atSmall))} at ${small}`,
      ratio: `${spread >= 0 ? '+' : ''}${(spread * 100).toFixed(1)} %`,
      ...(quick
        ? {}
        : {target: `within ${BYTES_PER_POST_SPREAD * 100} %`, pass: Math.abs(spread) <= BYTES_PER_POST_SPREAD}),
    },
    {
      item: '2',
      metric: `  output per post, ${small} × 2, sidebar of every post ('ALL')`,
      ours: `${kb(perPost(allSidebar))} ('ALL')`,
      baseline: `${kb(perPost(atSmall))} (${SIDEBAR_COUNT})`,
      ratio: `${(perPost(allSidebar) / perPost(atSmall)).toFixed(2)}×`,
    },
    {
      item: '3',
      metric: `build wall time, ${sizeLabel}: ours vs preset blog (${runsLabel})`,
      ours: `${oursS.toFixed(0)} s`,
      baseline: `${presetS.toFixed(0)} s`,
      ratio: timeRatio.toFixed(3),
      ...(quick ? {} : {target: `≤ ${TIME_RATIO}`, pass: timeRatio <= TIME_RATIO}),
    },
    {
      item: '3',
      metric: `  build CPU time (user + system), ${sizeLabel}: ours vs preset blog`,
      ours: `${oursCpu.toFixed(0)} s`,
      baseline: `${presetCpu.toFixed(0)} s`,
      ratio: (oursCpu / presetCpu).toFixed(3),
    },
    {
      item: '3',
      metric: `build peak memory, ${sizeLabel}: ours vs preset blog (${runsLabel})`,
      ours: `${round(oursMb)} MB (${(oursMb / atLarge.posts).toFixed(2)} MB/post)`,
      baseline: `${round(presetMb)} MB`,
      ratio: memoryRatio.toFixed(3),
      ...(quick ? {} : {target: `≤ ${MEMORY_RATIO}`, pass: memoryRatio <= MEMORY_RATIO}),
    },
    {
      item: '3',
      metric: `  build output, ${sizeLabel}: ours vs preset blog`,
      ours: `${mb(atLarge.bytes)}, ${kb(atLarge.bytes / atLarge.posts)}/post`,
      baseline: `${mb(compared.preset[0]!.bytes)}, ${kb(compared.preset[0]!.bytes / compared.preset[0]!.posts)}/post`,
      ratio: (atLarge.bytes / compared.preset[0]!.bytes).toFixed(2),
    },
    {
      item: '4',
      metric: `one locale of ${sizeLabel} (build --locale ar)`,
      ours: `${oneLocale.s.toFixed(0)} s (CPU ${oneLocale.cpuS.toFixed(0)} s), ${round(oneLocale.peakRssMb)} MB, ${mb(oneLocale.bytes)}`,
      baseline: `both locales ${oursS.toFixed(0)} s, ${round(oursMb)} MB`,
    },
    {
      item: '5',
      metric: `fifteen-locale fixture, all 15 locales (${fifteen.posts} posts, one run)`,
      ours: `${fifteen.s.toFixed(0)} s (CPU ${fifteen.cpuS.toFixed(0)} s), ${round(fifteen.peakRssMb)} MB, ${mb(fifteen.bytes)}`,
    },
  ];
  const data = {
    what: `cold builds; the ${sizeLabel} comparison interleaved (${pairs} of each), medians; bytes per post = (output − output of the one-post site) / posts added; steps: Docusaurus's own timings (DOCUSAURUS_PERF_LOGGER) of a second or more`,
    sidebarCount: SIDEBAR_COUNT,
    builds: Object.fromEntries(
      Object.entries(built).map(([name, b]) => [
        name,
        {
          posts: b.posts,
          s: round(b.s, 1),
          cpuS: round(b.cpuS, 1),
          peakRssMb: round(b.peakRssMb),
          bytes: b.bytes,
          steps: b.steps,
        },
      ]),
    ),
    bytesPerPost: {
      small: round(perPost(atSmall)),
      large: round(perPost(atLarge)),
      sidebarAll: round(perPost(allSidebar)),
    },
    runs: {
      ours: compared.ours.map((b) => ({s: round(b.s, 1), cpuS: round(b.cpuS, 1), peakRssMb: round(b.peakRssMb)})),
      preset: compared.preset.map((b) => ({s: round(b.s, 1), cpuS: round(b.cpuS, 1), peakRssMb: round(b.peakRssMb)})),
    },
    ratios: {
      timeOursPreset: round(timeRatio, 3),
      cpuOursPreset: round(oursCpu / presetCpu, 3),
      memOursPreset: round(memoryRatio, 3),
      bytesSpread: round(spread, 3),
    },
  };
  return {rows, data};
}

const loadNow = () => loadAverage().join(' ');
const mb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(1)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
