/**
 * 7. Reading time: the blog plugin's default (Docusaurus's calculateReadingTime,
 * Intl.Segmenter over the whole post) against the plugin's
 * (plugins/blog/plugin/upstream/readingTime.ts), on a generated post of
 * 100,000 characters in Arabic and in Japanese (bench/lib/longPost.ts). Each
 * run is a new post, as the plugin keeps its counts by content; the two are
 * interleaved, in this process, after one untimed call each on a short post.
 * Both must give the same minutes. On Node 20, Docusaurus's takes minutes a
 * post here: a full run takes about a quarter of an hour.
 */
import os from 'node:os';
import {performance} from 'node:perf_hooks';
import {calculateReadingTime} from '@docusaurus/plugin-content-blog/lib/readingTime.js';
import {linearReadingTime} from '../../plugins/blog/plugin/upstream/readingTime';
import {longPost, type Script} from '../lib/longPost';
import {interleaved, median, round} from '../lib/measure';
import type {BenchOptions, PartResult, Row} from '../lib/types';

const TARGET_SPEEDUP = 10;
const POSTS: {script: Script; locale: string; name: string}[] = [
  {script: 'arabic', locale: 'ar', name: 'Arabic'},
  {script: 'japanese', locale: 'ja', name: 'Japanese'},
];

const VARIANTS = {
  docusaurus: (content: string, locale: string) => calculateReadingTime(content, locale),
  ours: (content: string, locale: string) => linearReadingTime({content, locale}),
};

const duration = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(1)} ms`);

export async function readingPart({quick, runs, log}: BenchOptions): Promise<PartResult> {
  // Past 65,536 UTF-16 units, where Docusaurus's count falls off its cliff; --quick just past it.
  const characters = quick ? 70_000 : 100_000;
  const rows: Row[] = [];
  // latest.json's top-level machine is the last run's, whatever parts it ran: this part names its own.
  const cpu = `${os.cpus()[0]?.model.trim() ?? 'unknown'}, ${os.cpus().length} cores, Node ${process.version}`;
  const data: Record<string, unknown> = {characters, machine: cpu};
  for (const {script, locale, name} of POSTS) {
    for (const count of Object.values(VARIANTS)) count(longPost(script, 2_000, {seed: 0}), locale);
    const posts = Array.from({length: runs}, (_, run) => longPost(script, characters, {seed: run + 1}));
    const minutes: Record<keyof typeof VARIANTS, number[]> = {docusaurus: [], ours: []};
    const times = await interleaved(['docusaurus', 'ours'] as const, runs, (variant, run) => {
      const start = performance.now();
      minutes[variant][run] = VARIANTS[variant](posts[run]!, locale);
      const ms = performance.now() - start;
      log(`reading ${name} #${run + 1} ${variant}: ${duration(ms)}, ${minutes[variant][run]} min`);
      return Promise.resolve(ms);
    });
    const theirs = median(times.docusaurus);
    const ours = median(times.ours);
    const speedup = theirs / ours;
    const same = minutes.ours.every((m, run) => m === minutes.docusaurus[run]);
    data[script] = {
      locale,
      medianMs: {docusaurus: round(theirs), ours: round(ours, 1)},
      speedup: round(speedup),
      minutes,
      runsMs: {docusaurus: times.docusaurus.map((ms) => round(ms)), ours: times.ours.map((ms) => round(ms, 1))},
    };
    rows.push({
      item: '7',
      metric: `reading time, ${characters.toLocaleString('en')}-character ${name} post${same ? '' : ' (minutes DIFFER)'}`,
      ours: duration(ours),
      baseline: `${duration(theirs)} (Docusaurus)`,
      ratio: `${Math.round(speedup).toLocaleString('en')}× faster`,
      target: `≥ ${TARGET_SPEEDUP}× faster, same minutes`,
      pass: speedup >= TARGET_SPEEDUP && same,
    });
  }
  return {rows, data};
}
