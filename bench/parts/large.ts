/**
 * A large blog (`npm run bench -- --large`): builds that take minutes each, so
 * one run of each, in this order:
 *
 * - bytes per post: our site at 1 (the seed alone), 100 and 1,000 posts per
 *   locale, two locales. A post's share of the output is what the output grows
 *   by beyond the one-post site (the theme's bundles, fonts and pages every
 *   site has), divided by the posts added; at 1,000 it must be within 10 % of
 *   its value at 100: no page carries every post.
 * - the same 100 posts with the sidebar listing every post (`blogSidebarCount:
 *   'ALL'`): what the bounded sidebar saves, per post;
 * - 1,000 × 2 built by the preset's blog with the same content and sidebar:
 *   our build's time and peak memory against it;
 * - one locale of the 1,000 × 2 site (`docusaurus build --locale en`): what one
 *   machine of a per-locale fan-out needs.
 *
 * Every build is cold (clearBuild). Peak memory is the process tree's: our
 * social cards are drawn in a child process, and count.
 */
import {readdirSync, statSync} from 'node:fs';
import path from 'node:path';
import {generateBlog} from '../lib/generate';
import {measure, round, type Measured} from '../lib/measure';
import {DOCUSAURUS, WORK} from '../lib/paths';
import {copyContent, SIDEBAR_COUNT, writeSite, type SiteKind} from '../lib/sites';
import type {BenchOptions, PartResult, Row} from '../lib/types';
import {clearBuild} from './build';

/** Bytes per post at the large size against the small one: at most this far apart. */
const BYTES_PER_POST_SPREAD = 0.1;
const TIME_RATIO = 1.1;
const MEMORY_RATIO = 1.0;

interface Built {
  posts: number;
  s: number;
  peakRssMb: number;
  bytes: number;
}

/** Bytes of every file under `dir`. */
function sizeOf(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, {withFileTypes: true, recursive: true}))
    if (entry.isFile()) total += statSync(path.join(entry.parentPath, entry.name)).size;
  return total;
}

export async function largePart({quick, log}: BenchOptions): Promise<PartResult> {
  const [small, large] = quick ? [10, 40] : [100, 1_000];
  const built: Record<string, Built> = {};

  async function build(name: string, kind: SiteKind, postsPerLocale: number, extra: string[] = [], sidebar?: 'ALL') {
    const siteDir = path.join(WORK, `large-${postsPerLocale}-${kind}${sidebar ? '-all' : ''}`);
    const outDir = path.join(WORK, `out-${name}`);
    const oursDir = path.join(WORK, `large-${postsPerLocale}-ours`);
    if (kind === 'ours' && !sidebar) {
      writeSite(siteDir, 'ours');
      generateBlog(siteDir, {postsPerLocale, faultRate: 0, seed: 18});
    } else {
      copyContent(oursDir, siteDir, kind);
      if (sidebar) writeSite(siteDir, kind, sidebar);
    }
    clearBuild(siteDir, outDir);
    const m: Measured = await measure(DOCUSAURUS, ['build', siteDir, '--out-dir', outDir, ...extra], {cwd: siteDir});
    if (m.code !== 0) throw new Error(`the build of ${siteDir} failed (${m.code}):\n${m.output.slice(-3000)}`);
    const locales = extra.includes('--locale') ? 1 : 2;
    const result = {posts: postsPerLocale * locales, s: m.ms / 1000, peakRssMb: m.peakRssMb, bytes: sizeOf(outDir)};
    log(`large ${name}: ${result.posts} posts, ${round(result.s, 1)} s, ${round(m.peakRssMb)} MB, ${mb(result.bytes)}`);
    built[name] = result;
    return result;
  }

  const base = await build('ours-1', 'ours', 1);
  const atSmall = await build(`ours-${small}`, 'ours', small);
  const atLarge = await build(`ours-${large}`, 'ours', large);
  const preset = await build(`preset-${large}`, 'preset', large);
  const oneLocale = await build(`ours-${large}-en`, 'ours', large, ['--locale', 'en']);
  const allSidebar = await build(`ours-${small}-sidebar-all`, 'ours', small, [], 'ALL');

  const perPost = (b: Built) => (b.bytes - base.bytes) / (b.posts - base.posts);
  const spread = perPost(atLarge) / perPost(atSmall) - 1;
  const timeRatio = atLarge.s / preset.s;
  const memoryRatio = atLarge.peakRssMb / preset.peakRssMb;
  const sizeLabel = `${large.toLocaleString('en-US')} × 2`;
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
      metric: `build wall time, ${sizeLabel}: ours vs preset blog (one run)`,
      ours: `${atLarge.s.toFixed(0)} s`,
      baseline: `${preset.s.toFixed(0)} s`,
      ratio: timeRatio.toFixed(3),
      ...(quick ? {} : {target: `≤ ${TIME_RATIO}`, pass: timeRatio <= TIME_RATIO}),
    },
    {
      item: '3',
      metric: `build peak memory, ${sizeLabel}: ours vs preset blog (one run)`,
      ours: `${round(atLarge.peakRssMb)} MB (${(atLarge.peakRssMb / atLarge.posts).toFixed(2)} MB/post)`,
      baseline: `${round(preset.peakRssMb)} MB`,
      ratio: memoryRatio.toFixed(3),
      ...(quick ? {} : {target: `≤ ${MEMORY_RATIO}`, pass: memoryRatio <= MEMORY_RATIO}),
    },
    {
      item: '3',
      metric: `  build output, ${sizeLabel}: ours vs preset blog`,
      ours: `${mb(atLarge.bytes)}, ${kb(atLarge.bytes / atLarge.posts)}/post`,
      baseline: `${mb(preset.bytes)}, ${kb(preset.bytes / preset.posts)}/post`,
      ratio: (atLarge.bytes / preset.bytes).toFixed(2),
    },
    {
      item: '4',
      metric: `one locale of ${sizeLabel} (build --locale en)`,
      ours: `${oneLocale.s.toFixed(0)} s, ${round(oneLocale.peakRssMb)} MB`,
      baseline: `both locales ${atLarge.s.toFixed(0)} s, ${round(atLarge.peakRssMb)} MB`,
    },
  ];
  const data = {
    what: 'one cold build each; bytes per post = (output − output of the one-post site) / posts added',
    sidebarCount: SIDEBAR_COUNT,
    builds: Object.fromEntries(
      Object.entries(built).map(([name, b]) => [
        name,
        {posts: b.posts, s: round(b.s, 1), peakRssMb: round(b.peakRssMb), bytes: b.bytes},
      ]),
    ),
    bytesPerPost: {
      small: round(perPost(atSmall)),
      large: round(perPost(atLarge)),
      sidebarAll: round(perPost(allSidebar)),
    },
    ratios: {timeOursPreset: round(timeRatio, 3), memOursPreset: round(memoryRatio, 3), bytesSpread: round(spread, 3)},
  };
  return {rows, data};
}

const mb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(1)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
