/**
 * 5. The dev loop: `docusaurus start` on a copy of the synthetic site (100
 * posts a locale), then, again and again, a post saved with a broken front
 * matter (YAML that does not parse, or an unknown tag, in turn), timed from the
 * save to the located `file:line:col error` line in the server's output; then
 * the post is restored and the server left to recompile before the next one.
 */
import {readdirSync} from 'node:fs';
import {readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {performance} from 'node:perf_hooks';
import {startDevServer} from '../../tests/helpers/devServer';
import {freePort} from '../../tests/helpers/port';
import {generateBlog} from '../lib/generate';
import {median, round} from '../lib/measure';
import {WORK} from '../lib/paths';
import {writeSite} from '../lib/sites';
import type {BenchOptions, PartResult} from '../lib/types';

const TARGET_MS = 1000;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const BREAKS = [
  {name: 'yaml-syntax', apply: (text: string) => text.replace(/^(title: ".*)"$/m, '$1')},
  {name: 'tag-unknown', apply: (text: string) => text.replace(/^tags: \[/m, 'tags: [open-sorce, ')},
];

export async function devLoopPart({quick, runs, log}: BenchOptions): Promise<PartResult> {
  const fixture = path.join(WORK, 'dev-ours');
  writeSite(fixture, 'ours');
  generateBlog(fixture, {postsPerLocale: quick ? 10 : 100, faultRate: 0, seed: 5});
  const started = performance.now();
  const server = await startDevServer(fixture, await freePort());
  const startupMs = performance.now() - started;
  log(`dev: server up in ${round(startupMs / 1000, 1)} s`);
  const loops = Math.max(runs, quick ? 2 : 7);
  const samples: {rule: string; reportMs: number; compiledMs: number}[] = [];
  try {
    await server.waitFor(/Front matter check/, 0, 60_000);
    const posts = readdirSync(path.join(server.siteDir, 'blog')).filter((f) => f.endsWith('.md'));
    for (let i = 0; i < loops; i++) {
      const name = posts[(i * 7 + 1) % posts.length]!;
      const file = path.join(server.siteDir, 'blog', name);
      const original = await readFile(file, 'utf8');
      const breaking = BREAKS[i % BREAKS.length]!;
      const broken = breaking.apply(original);
      if (broken === original) throw new Error(`could not break ${name} (${breaking.name})`);
      const located = new RegExp(`blog/${escape(name)}:\\d+:\\d+ error ${breaking.name}`);

      let from = server.output().length;
      const t0 = performance.now();
      await writeFile(file, broken);
      await server.waitFor(located, from, 30_000);
      const reportMs = performance.now() - t0;
      await server.waitFor(/compiled successfully/, from, 60_000);
      const compiledMs = performance.now() - t0;
      samples.push({rule: breaking.name, reportMs, compiledMs});
      log(
        `dev #${i + 1} (${breaking.name}): report after ${round(reportMs)} ms, compiled after ${round(compiledMs)} ms`,
      );

      from = server.output().length;
      await writeFile(file, original);
      await server.waitFor(/Front matter check/, from, 30_000);
      await server.waitFor(/compiled successfully/, from, 60_000);
      await new Promise((r) => setTimeout(r, 500));
    }
  } finally {
    await server.stop();
  }
  const reportMs = median(samples.map((s) => s.reportMs));
  const compiledMs = median(samples.map((s) => s.compiledMs));
  return {
    data: {
      postsPerLocale: quick ? 10 : 100,
      startupS: round(startupMs / 1000, 1),
      medianReportMs: round(reportMs),
      medianCompiledMs: round(compiledMs),
      runs: samples.map((s) => ({rule: s.rule, reportMs: round(s.reportMs), compiledMs: round(s.compiledMs)})),
    },
    rows: [
      {
        item: '5',
        metric: 'dev: save broken post → located report',
        ours: `${round(reportMs)} ms`,
        baseline: `page recompiled: ${round(compiledMs)} ms`,
        target: `≤ ${TARGET_MS} ms`,
        pass: reportMs <= TARGET_MS,
      },
    ],
  };
}
