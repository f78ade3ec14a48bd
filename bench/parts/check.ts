/**
 * 1. Check speed: `npm run check` over 1,000 and 10,000 posts (half per
 * locale, ~1 % planted faults), as a whole process, start-up included. The
 * same run through `node` directly shows what npm's own start costs. One
 * untimed run first: it rebuilds the command's bundle if a source changed, and
 * its JSON report must name exactly the planted files.
 *
 * The check against its floor (bench/floor.mjs: one Node process that reads
 * the same posts and loads their front matter with js-yaml, nothing else),
 * runs interleaved with the check's, measured alike: time and peak memory
 * ratios of the medians, the target on the check as `node` runs it (the
 * issue's command; npm's own start is shown beside it). Every timed check is
 * cold: its language cache is deleted first, so each identifies the
 * languages of every post. And a registry of 100,000 tags: what it adds to a
 * check of one post.
 */
import {mkdirSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {languageCacheFile} from '../../plugins/blog/check/translations/languageCache';
import {generateBlog} from '../lib/generate';
import {interleaved, measure, median, round} from '../lib/measure';
import {ROOT, WORK} from '../lib/paths';
import {writeSite} from '../lib/sites';
import type {BenchOptions, PartResult, Row} from '../lib/types';

const TARGET_S = 3;
/** The check against its floor: at most this much slower, and this much more memory. */
const FLOOR_TIME_RATIO = 1.5;
const FLOOR_MEMORY_RATIO = 2.5;
const REGISTRY_TAGS = 100_000;

export async function checkPart({quick, runs, log}: BenchOptions): Promise<PartResult> {
  const sizes = quick ? [200, 1_000] : [1_000, 10_000];
  const rows: Row[] = [];
  const data: Record<string, unknown> = {};
  for (const size of sizes) {
    const siteDir = path.join(WORK, `check-${size}`);
    writeSite(siteDir, 'ours');
    const generated = generateBlog(siteDir, {postsPerLocale: size / 2, faultRate: 0.01, seed: size});
    log(`check: ${generated.posts} posts, ${generated.planted.length} faults planted in ${siteDir}`);

    const cache = languageCacheFile(siteDir);
    const cold = () => cache && rmSync(cache, {force: true});
    cold();
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

    const times = await interleaved(['npm', 'node', 'floor'] as const, runs, async (variant) => {
      const [cmd, args] =
        variant === 'npm'
          ? ['npm', ['run', '-s', 'check', '--', siteDir, '--format', 'json']]
          : variant === 'node'
            ? ['node', ['plugins/blog/bin/run.mjs', 'check', siteDir, '--format', 'json']]
            : ['node', ['bench/floor.mjs', siteDir]];
      cold();
      const m = await measure(cmd, args, {cwd: ROOT});
      const expected = variant === 'floor' ? 0 : 1;
      if (m.code !== expected)
        throw new Error(`${variant} on ${siteDir} exited ${m.code}, expected ${expected}:\n${m.output.slice(-2000)}`);
      log(`check ${size} (${variant}): ${round(m.ms)} ms, ${round(m.peakRssMb)} MB`);
      return m;
    });
    const npmS = median(times.npm.map((m) => m.ms)) / 1000;
    const nodeS = median(times.node.map((m) => m.ms)) / 1000;
    const rss = median(times.npm.map((m) => m.peakRssMb));
    const floorS = median(times.floor.map((m) => m.ms)) / 1000;
    const floorRss = median(times.floor.map((m) => m.peakRssMb));
    const nodeRss = median(times.node.map((m) => m.peakRssMb));
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
      floor: {
        medianS: round(floorS, 2),
        peakRssMb: round(floorRss),
        timeRatio: round(npmS / floorS, 2),
        memoryRatio: round(rss / floorRss, 2),
        nodeDirectTimeRatio: round(nodeS / floorS, 2),
        nodeDirectMemoryRatio: round(nodeRss / floorRss, 2),
      },
      runsMs: {
        npm: times.npm.map((m) => round(m.ms)),
        node: times.node.map((m) => round(m.ms)),
        floor: times.floor.map((m) => round(m.ms)),
      },
      runsMb: {
        npm: times.npm.map((m) => round(m.peakRssMb)),
        node: times.node.map((m) => round(m.peakRssMb)),
        floor: times.floor.map((m) => round(m.peakRssMb)),
      },
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
    const label = size.toLocaleString('en-US');
    const gated = big && !quick;
    rows.push({
      item: '1',
      metric: `  check vs its floor, time, cold (${label})`,
      ours: `node ${nodeS.toFixed(2)} s (npm run check ${npmS.toFixed(2)} s)`,
      baseline: `floor ${floorS.toFixed(2)} s`,
      ratio: `${(nodeS / floorS).toFixed(2)}× (npm ${(npmS / floorS).toFixed(2)}×)`,
      ...(gated ? {target: `≤ ${FLOOR_TIME_RATIO}×`, pass: nodeS / floorS <= FLOOR_TIME_RATIO} : {}),
    });
    rows.push({
      item: '1',
      metric: `  check vs its floor, peak memory, cold (${label})`,
      ours: `node ${round(nodeRss)} MB (npm run check ${round(rss)} MB)`,
      baseline: `floor ${round(floorRss)} MB`,
      ratio: `${(nodeRss / floorRss).toFixed(2)}× (npm ${(rss / floorRss).toFixed(2)}×)`,
      ...(gated ? {target: `≤ ${FLOOR_MEMORY_RATIO}×`, pass: nodeRss / floorRss <= FLOOR_MEMORY_RATIO} : {}),
    });
  }
  const registry = await registryPart(runs, log);
  rows.push(registry.row);
  data.registry = registry.data;
  return {rows, data};
}

/**
 * A check of one post, with a tags.yml of 100,000 tags and with one of three:
 * the difference is what loading the large registry costs, start-up aside.
 */
async function registryPart(runs: number, log: (message: string) => void): Promise<{row: Row; data: unknown}> {
  const sites = {large: path.join(WORK, 'check-registry-large'), small: path.join(WORK, 'check-registry-small')};
  const key = (i: number) => `t${String(i).padStart(5, '0')}`;
  for (const [variant, siteDir] of Object.entries(sites)) {
    writeSite(siteDir, 'ours');
    mkdirSync(path.join(siteDir, 'blog'), {recursive: true});
    const count = variant === 'large' ? REGISTRY_TAGS : 3;
    writeFileSync(path.join(siteDir, 'blog/tags.yml'), Array.from({length: count}, (_, i) => `${key(i)}:\n`).join(''));
    writeFileSync(path.join(siteDir, 'blog/authors.yml'), 'lark:\n  name: Lark\n');
    writeFileSync(
      path.join(siteDir, 'blog/2025-01-01-post.md'),
      '---\ntitle: "A post"\ndescription: "A post with two tags of a large registry."\ntags: [t00000, t00002]\nauthors: [lark]\n---\n\nText.\n',
    );
  }
  const times = await interleaved(['large', 'small'] as const, runs, async (variant) => {
    const m = await measure('node', ['plugins/blog/bin/run.mjs', 'check', sites[variant], '--format', 'json'], {
      cwd: ROOT,
    });
    const report = JSON.parse(m.output.slice(m.output.indexOf('{'))) as {diagnostics: {rule: string}[]};
    const registryProblems = report.diagnostics.filter(
      (d) => d.rule === 'registry-invalid' || d.rule === 'tag-unknown',
    );
    if (m.code === 2 || registryProblems.length)
      throw new Error(`check of ${sites[variant]} exited ${m.code}:\n${m.output.slice(-2000)}`);
    log(`check registry (${variant}): ${round(m.ms)} ms, ${round(m.peakRssMb)} MB`);
    return m;
  });
  const largeS = median(times.large.map((m) => m.ms)) / 1000;
  const smallS = median(times.small.map((m) => m.ms)) / 1000;
  return {
    row: {
      item: '1',
      metric: `  tags.yml of ${REGISTRY_TAGS.toLocaleString('en-US')} tags, added to a check of one post`,
      ours: `${(largeS - smallS).toFixed(2)} s`,
      baseline: `one post ${smallS.toFixed(2)} s`,
    },
    data: {
      tags: REGISTRY_TAGS,
      largeMedianS: round(largeS, 2),
      smallMedianS: round(smallS, 2),
      largePeakRssMb: round(median(times.large.map((m) => m.peakRssMb))),
      runsMs: {large: times.large.map((m) => round(m.ms)), small: times.small.map((m) => round(m.ms))},
    },
  };
}
