/**
 * 2. Build overhead and 3. against a default Docusaurus: the same posts in two
 * locales built by three sites (bench/lib/sites.ts), interleaved, each run
 * cold: the site's .docusaurus/, node_modules/.cache/ (Rspack's and webpack's
 * persistent caches, our card cache) and the output are deleted first, so our
 * site draws every card each time. Wall time and peak memory of the process
 * tree, medians over the runs.
 */
import {rmSync} from 'node:fs';
import path from 'node:path';
import {generateBlog} from '../lib/generate';
import {interleaved, measure, median, round, type Measured} from '../lib/measure';
import {DOCUSAURUS, WORK} from '../lib/paths';
import {copyContent, writeSite, type SiteKind} from '../lib/sites';
import type {BenchOptions, PartResult} from '../lib/types';

const KINDS = ['ours', 'preset', 'vanilla'] as const satisfies readonly SiteKind[];

const siteDirOf = (kind: SiteKind, prefix = 'build') => path.join(WORK, `${prefix}-${kind}`);

/** Deletes everything a previous build left: the next build is cold. */
export function clearBuild(siteDir: string, outDir: string): void {
  for (const dir of [path.join(siteDir, '.docusaurus'), path.join(siteDir, 'node_modules/.cache'), outDir])
    rmSync(dir, {recursive: true, force: true});
}

export async function buildSite(siteDir: string, outDir: string): Promise<Measured> {
  // Run from the site, whose own package.json keeps the bundlers' caches in the site (sites.ts).
  const m = await measure(DOCUSAURUS, ['build', siteDir, '--out-dir', outDir], {cwd: siteDir});
  if (m.code !== 0) throw new Error(`the build of ${siteDir} failed (${m.code}):\n${m.output.slice(-3000)}`);
  return m;
}

/** "Social cards (en): 82 drawn, 0 reused from the cache, in 734 ms." per locale. */
export function cardsLogged(output: string): {locale: string; drawn: number; reused: number; ms: number}[] {
  return [...output.matchAll(/Social cards \(([^)]+)\): (\d+) drawn, (\d+) reused from the cache, in (\d+) ms/g)].map(
    (m) => ({
      locale: m[1]!,
      drawn: Number(m[2]),
      reused: Number(m[3]),
      ms: Number(m[4]),
    }),
  );
}

export async function buildPart({quick, runs, log}: BenchOptions): Promise<PartResult> {
  const postsPerLocale = quick ? 10 : 100;
  const ours = siteDirOf('ours');
  writeSite(ours, 'ours');
  generateBlog(ours, {postsPerLocale, faultRate: 0, seed: 2});
  copyContent(ours, siteDirOf('preset'), 'preset');
  copyContent(ours, siteDirOf('vanilla'), 'vanilla');
  log(`build: ${postsPerLocale} posts × 2 locales in ${KINDS.map((k) => siteDirOf(k)).join(', ')}`);

  const results = await interleaved(KINDS, runs, async (kind, run) => {
    const siteDir = siteDirOf(kind);
    const outDir = path.join(WORK, `out-${kind}`);
    clearBuild(siteDir, outDir);
    const m = await buildSite(siteDir, outDir);
    const cards = kind === 'ours' ? cardsLogged(m.output) : [];
    log(
      `build ${kind} #${run + 1}: ${round(m.ms / 1000, 1)} s, ${round(m.peakRssMb)} MB${cards.length ? `, cards drawn ${cards.map((c) => c.drawn).join('+')}` : ''}`,
    );
    return {ms: m.ms, peakRssMb: m.peakRssMb, cards};
  });

  const med = (kind: SiteKind) => ({
    s: median(results[kind].map((r) => r.ms)) / 1000,
    mb: median(results[kind].map((r) => r.peakRssMb)),
  });
  const [a, b, c] = [med('ours'), med('preset'), med('vanilla')];
  const timeAB = a.s / b.s;
  const memAB = a.mb / b.mb;
  const timeAC = a.s / c.s;
  const memAC = a.mb / c.mb;
  const cards = results.ours[0]?.cards ?? [];
  const data = {
    postsPerLocale,
    locales: 2,
    what: 'cold builds: .docusaurus/, node_modules/.cache/ (bundler caches, card cache) and the output deleted before each run; all cards drawn in each run of ours',
    ours: {
      medianS: round(a.s, 2),
      peakRssMb: round(a.mb),
      cardsDrawnPerRun: cards.map((x) => `${x.locale}:${x.drawn}`),
    },
    preset: {medianS: round(b.s, 2), peakRssMb: round(b.mb)},
    vanilla: {medianS: round(c.s, 2), peakRssMb: round(c.mb)},
    ratios: {
      timeOursPreset: round(timeAB, 3),
      memOursPreset: round(memAB, 3),
      timeOursVanilla: round(timeAC, 3),
      memOursVanilla: round(memAC, 3),
    },
    runs: Object.fromEntries(
      KINDS.map((k) => [k, results[k].map((r) => ({s: round(r.ms / 1000, 2), peakRssMb: round(r.peakRssMb)}))]),
    ),
  };
  const size = `${postsPerLocale}×2 posts`;
  return {
    data,
    rows: [
      {
        item: '2',
        metric: `build wall time, ${size}: ours vs preset blog (Faster)`,
        ours: `${a.s.toFixed(1)} s`,
        baseline: `${b.s.toFixed(1)} s`,
        ratio: timeAB.toFixed(3),
        target: '≤ 1.10',
        pass: timeAB <= 1.1,
      },
      {
        item: '2',
        metric: `build peak memory, ${size}: ours vs preset blog`,
        ours: `${round(a.mb)} MB`,
        baseline: `${round(b.mb)} MB`,
        ratio: memAB.toFixed(3),
        target: '≤ 1.10',
        pass: memAB <= 1.1,
      },
      {
        item: '3',
        metric: `build wall time, ${size}: ours vs vanilla (webpack)`,
        ours: `${a.s.toFixed(1)} s`,
        baseline: `${c.s.toFixed(1)} s`,
        ratio: timeAC.toFixed(3),
        target: '≤ 0.5',
        pass: timeAC <= 0.5,
      },
      {
        item: '3',
        metric: `build peak memory, ${size}: ours vs vanilla`,
        ours: `${round(a.mb)} MB`,
        baseline: `${round(c.mb)} MB`,
        ratio: memAC.toFixed(3),
      },
    ],
  };
}
