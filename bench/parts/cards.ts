/**
 * 4. Social cards: time per card (bench/cards.ts: fonts loaded, renderer warm,
 * each card a different title), the median of the runs' medians; and the
 * cache: a site built cold draws every card, built again with nothing changed
 * draws none, and with one English title changed draws exactly one.
 */
import {readFileSync, readdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {generateBlog} from '../lib/generate';
import {measure, median, round} from '../lib/measure';
import {ROOT, WORK} from '../lib/paths';
import {writeSite} from '../lib/sites';
import type {BenchOptions, PartResult} from '../lib/types';
import {buildSite, cardsLogged, clearBuild} from './build';

const TARGET_MS = 20;
/** The card child's bound with all eighteen font faces loaded (the CJK ones weigh 5 to 10 MB each). */
const PEAK_MB = 500;

export async function cardsPart({quick, runs, log}: BenchOptions): Promise<PartResult> {
  const perRun = quick ? 30 : 100;
  const timings: {medianMs: number; p10Ms: number; p90Ms: number; meanKb: number; maxRssMb: number}[] = [];
  for (let run = 0; run < runs; run++) {
    const m = await measure(path.join(ROOT, 'node_modules/.bin/tsx'), ['bench/cards.ts', String(perRun)], {cwd: ROOT});
    if (m.code !== 0) throw new Error(`bench/cards.ts failed:\n${m.output}`);
    const result = JSON.parse(m.output.trim().split('\n').pop()!) as (typeof timings)[number];
    timings.push(result);
    log(`cards #${run + 1}: median ${result.medianMs} ms over ${perRun} cards, peak ${result.maxRssMb} MB`);
  }
  const cardMs = median(timings.map((t) => t.medianMs));
  const peakMb = Math.max(...timings.map((t) => t.maxRssMb));

  const siteDir = path.join(WORK, 'cards-ours');
  const outDir = path.join(WORK, 'out-cards');
  writeSite(siteDir, 'ours');
  generateBlog(siteDir, {postsPerLocale: quick ? 5 : 20, faultRate: 0, seed: 4});
  clearBuild(siteDir, outDir);
  const cold = cardsLogged((await buildSite(siteDir, outDir)).output);
  const warmBuild = await buildSite(siteDir, outDir);
  const warm = cardsLogged(warmBuild.output);
  // One English post's title changed: its card, and only its, is drawn again.
  const blogDir = path.join(siteDir, 'blog');
  const post = path.join(
    blogDir,
    readdirSync(blogDir).filter(
      (f) => f.endsWith('.md') && !readFileSync(path.join(blogDir, f), 'utf8').includes('image:'),
    )[0]!,
  );
  writeFileSync(post, readFileSync(post, 'utf8').replace(/^title: "/m, 'title: "Changed: '));
  const changed = cardsLogged((await buildSite(siteDir, outDir)).output);
  const sum = (list: typeof cold, key: 'drawn' | 'reused') => list.reduce((n, c) => n + c[key], 0);
  log(
    `cards cache: cold drew ${sum(cold, 'drawn')}, unchanged drew ${sum(warm, 'drawn')}, one title changed drew ${sum(changed, 'drawn')}`,
  );

  const inBuildMs = cold.reduce((n, c) => n + c.ms, 0) / Math.max(1, sum(cold, 'drawn'));
  const unchangedOk = warm.length > 0 && sum(warm, 'drawn') === 0 && sum(warm, 'reused') === sum(cold, 'drawn');
  const changedOk = sum(changed, 'drawn') === 1;
  return {
    data: {
      cardsPerRun: perRun,
      medianMs: round(cardMs, 1),
      peakMb,
      runs: timings,
      inBuildMsPerCard: round(inBuildMs, 1),
      rebuild: {cold, unchanged: warm, oneTitleChanged: changed},
    },
    rows: [
      {
        item: '4',
        metric: 'time per card (median, warm renderer)',
        ours: `${cardMs.toFixed(1)} ms`,
        baseline: `cold build: ${inBuildMs.toFixed(1)} ms/card incl. font loading`,
        target: `≤ ${TARGET_MS} ms`,
        pass: cardMs <= TARGET_MS,
      },
      {
        item: '4',
        metric: 'drawing process peak memory, every card font loaded',
        ours: `${peakMb} MB`,
        target: `≤ ${PEAK_MB} MB`,
        pass: peakMb <= PEAK_MB,
      },
      {
        item: '4',
        metric: 'rebuild, nothing changed: cards drawn',
        ours: `${sum(warm, 'drawn')} (${sum(warm, 'reused')} reused)`,
        baseline: `cold: ${sum(cold, 'drawn')}`,
        target: '0',
        pass: unchangedOk,
      },
      {
        item: '4',
        metric: 'rebuild, one title changed: cards drawn',
        ours: String(sum(changed, 'drawn')),
        target: '1',
        pass: changedOk,
      },
    ],
  };
}
