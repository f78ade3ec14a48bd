/**
 * 7. Reading time in a build: the fifteen-locale fixture site
 * (tests/fixtures/sites/fifteen) with one generated long post in several of
 * its locales, as on the seed's site, built with the plugin's reading time
 * and with Docusaurus's (calculateReadingTime of the blog plugin, through the
 * site's `readingTime` option). The option's function times every count and
 * writes it to a log file: the rows give the whole build and the counting
 * within it, the long posts' apart.
 *
 * Slow with Docusaurus's count (a minute or more per long post and locale on
 * Node 20), so it runs only when asked for (`--only fifteen`). A full run
 * builds all fifteen locales with a 100,000-character post in seven of them,
 * like the seed's longest post: more than an hour on a 2-core machine.
 * `--quick` builds en, ar and ja, with a 70,000-character post in ar and ja.
 */
import {cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {longPost, type Script} from '../lib/longPost';
import {interleaved, measure, median, round} from '../lib/measure';
import {DOCUSAURUS, ROOT, WORK} from '../lib/paths';
import type {BenchOptions, PartResult} from '../lib/types';
import {clearBuild} from './build';

const FIXTURE = path.join(ROOT, 'tests/fixtures/sites/fifteen');
const VARIANTS = ['ours', 'docusaurus'] as const;
type Variant = (typeof VARIANTS)[number];
const TARGET_SPEEDUP = 10;
/** A post this long counts as long: past 65,536 characters, where Docusaurus's count falls off its cliff. */
const LONG = 65_536;

/** The locales with a long post, in which script (the seed's longest post is in seven). */
const LONG_POSTS: Record<string, Script> = {
  ar: 'arabic',
  ja: 'japanese',
  fa: 'arabic',
  zh: 'chinese',
  th: 'thai',
  ru: 'latin',
  hi: 'latin',
};

const TITLES: Record<string, string> = {
  ar: 'مقالة طويلة جدًا',
  ja: 'とても長い記事',
  fa: 'نوشته‌ای بسیار بلند',
  zh: '一篇很长的文章',
  th: 'บทความที่ยาวมาก',
  ru: 'Очень длинная запись',
  hi: 'एक बहुत लंबी पोस्ट',
};

interface Counted {
  locale: string;
  characters: number;
  ms: number;
  minutes: number;
}

const folderOf = (siteDir: string, locale: string) =>
  locale === 'en' ? path.join(siteDir, 'blog') : path.join(siteDir, 'i18n', locale, 'docusaurus-plugin-content-blog');

/** The fixture's posts and config, a long post in each of `locales`, the reading time of `variant`. */
function writeSite(siteDir: string, variant: Variant, locales: string[], characters: number): void {
  rmSync(siteDir, {recursive: true, force: true});
  mkdirSync(siteDir, {recursive: true});
  for (const folder of ['blog', 'i18n'])
    cpSync(path.join(FIXTURE, folder), path.join(siteDir, folder), {recursive: true});
  for (const [index, locale] of locales.entries()) {
    const body = longPost(LONG_POSTS[locale]!, characters, {seed: index + 1});
    writeFileSync(
      path.join(folderOf(siteDir, locale), '2025-02-09-long-read.md'),
      `---\ntitle: "${TITLES[locale]}"\ndescription: A generated post of ${characters} characters, as long as the longest post of a large multilingual blog.\ntags: [languages]\nauthors: [lark]\n---\n\n${body}\n`,
    );
  }
  // Its own package.json: the bundler's and the cards' caches stay in the site (bench/lib/sites.ts).
  writeFileSync(
    path.join(siteDir, 'package.json'),
    `${JSON.stringify({name: `bench-fifteen-${variant}`, private: true})}\n`,
  );
  const fixtureConfig = path.relative(siteDir, path.join(FIXTURE, 'docusaurus.config.js')).split(path.sep).join('/');
  writeFileSync(
    path.join(siteDir, 'docusaurus.config.js'),
    `// Written by bench/parts/fifteen.ts (${variant}); regenerated on every run.
const {appendFileSync} = require('node:fs');
const {performance} = require('node:perf_hooks');
const {calculateReadingTime} = require('@docusaurus/plugin-content-blog/lib/readingTime.js');
const config = require('./${fixtureConfig}');

const log = process.env.QALAM_BENCH_READING_LOG;
const count = ${
      variant === 'ours'
        ? '({content, locale, defaultReadingTime}) => defaultReadingTime({content, locale})'
        : '({content, locale}) => calculateReadingTime(content, locale)'
    };

function readingTime(params) {
  const start = performance.now();
  const minutes = count(params);
  const ms = performance.now() - start;
  if (log) appendFileSync(log, JSON.stringify({locale: params.locale, characters: params.content.length, ms, minutes}) + '\\n');
  return minutes;
}

const [[name, options]] = config.plugins;
module.exports = {...config, plugins: [[name, {...options, readingTime}]]};
`,
  );
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const duration = (ms: number) => (ms >= 1000 ? seconds(ms) : `${ms.toFixed(1)} ms`);

export async function fifteenPart({quick, runs, log}: BenchOptions): Promise<PartResult> {
  const longLocales = quick ? ['ar', 'ja'] : Object.keys(LONG_POSTS);
  const built = quick ? ['en', ...longLocales] : [];
  const characters = quick ? 70_000 : 100_000;
  const siteOf = (variant: Variant) => path.join(WORK, `fifteen-${variant}`);
  for (const variant of VARIANTS) writeSite(siteOf(variant), variant, longLocales, characters);
  log(
    `fifteen: the fifteen-locale fixture, ${characters.toLocaleString('en')}-character posts in ${longLocales.join(' ')}, building ${built.length ? built.join(' ') : 'every locale'}`,
  );

  const results = await interleaved(VARIANTS, runs, async (variant, run) => {
    const siteDir = siteOf(variant);
    const outDir = path.join(WORK, `out-fifteen-${variant}`);
    const readingLog = path.join(WORK, `fifteen-${variant}-reading.jsonl`);
    clearBuild(siteDir, outDir);
    rmSync(readingLog, {force: true});
    const m = await measure(
      DOCUSAURUS,
      ['build', siteDir, '--out-dir', outDir, ...built.flatMap((locale) => ['--locale', locale])],
      {cwd: siteDir, env: {QALAM_BENCH_READING_LOG: readingLog}},
    );
    if (m.code !== 0) throw new Error(`the build of ${siteDir} failed (${m.code}):\n${m.output.slice(-3000)}`);
    const counted = existsSync(readingLog)
      ? readFileSync(readingLog, 'utf8')
          .trim()
          .split('\n')
          .map((line) => JSON.parse(line) as Counted)
      : [];
    const long = counted.filter((c) => c.characters > LONG);
    const sum = (list: Counted[]) => list.reduce((total, c) => total + c.ms, 0);
    const result = {ms: m.ms, peakRssMb: m.peakRssMb, readingMs: sum(counted), longMs: sum(long), counted};
    log(
      `fifteen ${variant} #${run + 1}: build ${seconds(m.ms)}, ${round(m.peakRssMb)} MB; reading time ${duration(result.readingMs)} for ${counted.length} counts, of which ${long.length} long posts ${duration(result.longMs)}`,
    );
    return result;
  });

  const med = (variant: Variant, key: 'ms' | 'readingMs' | 'longMs' | 'peakRssMb') =>
    median(results[variant].map((r) => r[key]));
  const minutesOf = (variant: Variant) =>
    JSON.stringify(
      results[variant][0]!.counted.map((c) => `${c.locale} ${c.characters} ${c.minutes}`).sort((a, b) =>
        a.localeCompare(b),
      ),
    );
  const same = minutesOf('ours') === minutesOf('docusaurus');
  const speedup = med('docusaurus', 'longMs') / med('ours', 'longMs');
  const what = `fifteen-locale fixture, ${characters.toLocaleString('en')}-character posts in ${longLocales.length} locales, ${built.length ? `${built.length} locales built` : 'all 15 built'}`;
  return {
    data: {
      characters,
      longLocales,
      built: built.length ? built : 'all',
      what: 'cold builds (.docusaurus/, node_modules/.cache/ and the output deleted before each run); reading time summed over every count the build made, long posts apart',
      medians: Object.fromEntries(
        VARIANTS.map((v) => [
          v,
          {
            buildS: round(med(v, 'ms') / 1000, 1),
            peakRssMb: round(med(v, 'peakRssMb')),
            readingMs: round(med(v, 'readingMs'), 1),
            longPostsMs: round(med(v, 'longMs'), 1),
          },
        ]),
      ),
      sameMinutes: same,
      runs: Object.fromEntries(
        VARIANTS.map((v) => [
          v,
          results[v].map((r) => ({
            buildS: round(r.ms / 1000, 1),
            readingMs: round(r.readingMs, 1),
            longPostsMs: round(r.longMs, 1),
          })),
        ]),
      ),
    },
    rows: [
      {
        item: '7',
        metric: `build wall time, ${what}: the plugin's reading time vs Docusaurus's`,
        ours: seconds(med('ours', 'ms')),
        baseline: `${seconds(med('docusaurus', 'ms'))} (Docusaurus's)`,
        ratio: (med('ours', 'ms') / med('docusaurus', 'ms')).toFixed(2),
      },
      {
        item: '7',
        metric: `reading time of the long posts within that build${same ? '' : ' (minutes DIFFER)'}`,
        ours: duration(med('ours', 'longMs')),
        baseline: `${duration(med('docusaurus', 'longMs'))} (Docusaurus's)`,
        ratio: `${Math.round(speedup).toLocaleString('en')}× faster`,
        target: `≥ ${TARGET_SPEEDUP}× faster, same minutes`,
        pass: speedup >= TARGET_SPEEDUP && same,
      },
    ],
  };
}
