/**
 * 1. Check speed: `npm run check` over 1,000 and 10,000 posts (half per
 * locale, ~1 % planted faults), as a whole process, start-up included. The
 * same run through `node` directly shows what npm's own start costs. One
 * untimed run first: it rebuilds the command's bundle if a source changed, and
 * its JSON report must name exactly the planted files.
 */
import path from 'node:path';
import {generateBlog} from '../lib/generate';
import {interleaved, measure, median, round} from '../lib/measure';
import {ROOT, WORK} from '../lib/paths';
import {writeSite} from '../lib/sites';
import type {BenchOptions, PartResult, Row} from '../lib/types';

const TARGET_S = 3;

export async function checkPart({quick, runs, log}: BenchOptions): Promise<PartResult> {
  const sizes = quick ? [200, 1_000] : [1_000, 10_000];
  const rows: Row[] = [];
  const data: Record<string, unknown> = {};
  for (const size of sizes) {
    const siteDir = path.join(WORK, `check-${size}`);
    writeSite(siteDir, 'ours');
    const generated = generateBlog(siteDir, {postsPerLocale: size / 2, faultRate: 0.01, seed: size});
    log(`check: ${generated.posts} posts, ${generated.planted.length} faults planted in ${siteDir}`);

    const first = await measure('node', ['plugins/blog/bin/run.mjs', 'check', siteDir, '--format', 'json'], {
      cwd: ROOT,
    });
    const report = JSON.parse(first.output.slice(first.output.indexOf('{'))) as {
      files: number;
      errors: number;
      diagnostics: {file: string; severity: string}[];
    };
    const withErrors = new Set(report.diagnostics.filter((d) => d.severity === 'error').map((d) => d.file));
    const planted = new Set(generated.planted.map((p) => p.file));
    const found = [...planted].filter((f) => withErrors.has(f)).length;
    const unexpected = [...withErrors].filter((f) => !planted.has(f));

    const times = await interleaved(['npm', 'node'] as const, runs, async (variant) => {
      const [cmd, args] =
        variant === 'npm'
          ? ['npm', ['run', '-s', 'check', '--', siteDir]]
          : ['node', ['plugins/blog/bin/run.mjs', 'check', siteDir]];
      const m = await measure(cmd, args, {cwd: ROOT});
      if (m.code !== 1)
        throw new Error(`check of ${siteDir} exited ${m.code}, expected 1 (planted faults):\n${m.output.slice(-2000)}`);
      log(`check ${size} (${variant}): ${round(m.ms)} ms, ${round(m.peakRssMb)} MB`);
      return m;
    });
    const npmS = median(times.npm.map((m) => m.ms)) / 1000;
    const nodeS = median(times.node.map((m) => m.ms)) / 1000;
    const rss = median(times.npm.map((m) => m.peakRssMb));
    data[`posts${size}`] = {
      posts: generated.posts,
      files: report.files,
      planted: generated.planted.length,
      plantedFound: found,
      errorsInCleanFiles: unexpected,
      medianS: round(npmS, 2),
      postsPerSecond: round(generated.posts / npmS),
      nodeDirectMedianS: round(nodeS, 2),
      peakRssMb: round(rss),
      runsMs: {npm: times.npm.map((m) => round(m.ms)), node: times.node.map((m) => round(m.ms))},
    };
    const big = size === sizes[sizes.length - 1];
    rows.push({
      item: '1',
      metric: `check ${size.toLocaleString('en-US')} posts (npm run check)`,
      ours: `${npmS.toFixed(2)} s · ${round(generated.posts / npmS).toLocaleString('en-US')} posts/s · ${round(rss)} MB`,
      baseline: `node direct ${nodeS.toFixed(2)} s`,
      ...(big && !quick ? {target: `≤ ${TARGET_S} s`, pass: npmS <= TARGET_S} : {}),
    });
    rows.push({
      item: '1',
      metric: `  planted faults found (${size.toLocaleString('en-US')})`,
      ours: `${found}/${planted.size} files, ${unexpected.length} clean files with errors`,
      target: 'all, none',
      pass: found === planted.size && unexpected.length === 0,
    });
  }
  return {rows, data};
}
