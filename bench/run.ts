/**
 * `npm run bench`: the checker, the build, the cards, the dev loop and the
 * page, measured against the preset's blog and a vanilla Docusaurus on seeded
 * synthetic blogs (bench/lib/generate.ts), under bench/work/, and the reading
 * time against Docusaurus's on long posts. Prints a table and writes
 * bench/results/latest.json (medians, raw runs, machine, load).
 *
 *   npm run bench                       # everything, 5 runs each (about 40 min)
 *   npm run bench -- --quick            # smaller sites, 1 run: a smoke run
 *   npm run bench -- --only check,cards # some parts: check, build, cards, dev, page, reading, search
 *   npm run bench -- --runs 7
 *   npm run bench -- --only page --reuse-builds  # the page part on its last builds
 *   npm run bench -- --large            # also the large blog: 1,000 posts × 2, ours and the preset's
 *                                       # interleaved, one locale, the fifteen-locale fixture (14 to 18
 *                                       # minutes on 2 cores at load 1 to 5; hours under a heavy load)
 *   npm run bench -- --only large       # the large blog alone
 *   npm run bench -- --only fifteen --quick      # the fifteen-locale build's reading time (only when named)
 *
 * With --only, the other parts of latest.json are kept from earlier runs.
 */
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {loadAverage, round} from './lib/measure';
import {RESULTS} from './lib/paths';
import type {Part, PartResult, Row} from './lib/types';
import {buildPart} from './parts/build';
import {cardsPart} from './parts/cards';
import {checkPart} from './parts/check';
import {devLoopPart} from './parts/devLoop';
import {largePart} from './parts/large';
import {fifteenPart} from './parts/fifteen';
import {pagePart} from './parts/page';
import {readingPart} from './parts/reading';
import {searchPart} from './parts/search';

const PARTS: Record<string, Part> = {
  check: checkPart,
  build: buildPart,
  cards: cardsPart,
  dev: devLoopPart,
  page: pagePart,
  reading: readingPart,
  search: searchPart,
  large: largePart,
  fifteen: fifteenPart,
};

/** Parts that run only when asked for: the large blog by --large or --only, the fifteen locales by --only. */
const ON_REQUEST = new Set(['large', 'fifteen']);

export function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGb: round(os.totalmem() / 1024 ** 3, 1),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
  };
}

export const machineLine = (m: ReturnType<typeof machine>) =>
  `${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB RAM, ${m.os}, Node ${m.node}`;

export function formatTable(rows: readonly Row[]): string {
  const header = ['#', 'metric', 'ours', 'baseline', 'ratio', 'target', 'result'];
  const cells = rows.map((r) => [
    r.item,
    r.metric,
    r.ours,
    r.baseline ?? '',
    r.ratio ?? '',
    r.target ?? '',
    r.pass === undefined ? '' : r.pass ? 'pass' : 'FAIL',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => `| ${c.map((x, i) => x.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.map(line)].join('\n');
}

async function main(): Promise<void> {
  const {values} = parseArgs({
    options: {
      quick: {type: 'boolean', default: false},
      only: {type: 'string'},
      runs: {type: 'string'},
      'reuse-builds': {type: 'boolean', default: false},
      large: {type: 'boolean', default: false},
    },
  });
  const quick = values.quick;
  const runs = values.runs ? Number(values.runs) : quick ? 1 : 5;
  const only = values.only
    ? values.only.split(',').map((s) => s.trim())
    : Object.keys(PARTS).filter((p) => (values.large && p === 'large') || !ON_REQUEST.has(p));
  const unknown = only.filter((p) => !PARTS[p]);
  if (unknown.length || !Number.isInteger(runs) || runs < 1) {
    console.error(
      `bench: unknown part ${unknown.join(', ') || ''}${unknown.length ? '' : `bad --runs ${values.runs}`}; parts: ${Object.keys(PARTS).join(', ')}`,
    );
    process.exit(2);
  }
  const log = (message: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
  const info = machine();
  log(`${machineLine(info)}; load ${loadAverage().join(' ')}; ${quick ? 'quick, ' : ''}${runs} run(s)`);

  const results: Record<
    string,
    PartResult & {
      date: string;
      runs: number;
      quick: boolean;
      loadBefore: number[];
      loadAfter: number[];
      seconds: number;
    }
  > = {};
  for (const name of only) {
    const loadBefore = loadAverage();
    const started = Date.now();
    log(`${name}…`);
    const result = await PARTS[name]!({quick, runs, reuse: values['reuse-builds'], log});
    results[name] = {
      ...result,
      date: new Date().toISOString(),
      runs,
      quick,
      loadBefore,
      loadAfter: loadAverage(),
      seconds: round((Date.now() - started) / 1000),
    };
  }

  const file = path.join(RESULTS, 'latest.json');
  const previous = existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as {parts?: Record<string, unknown>})
    : {};
  const parts = {...(values.only ? previous.parts : {}), ...results};
  const ordered = Object.fromEntries(
    Object.keys(PARTS)
      .filter((p) => p in parts)
      .map((p) => [p, parts[p]]),
  );
  mkdirSync(RESULTS, {recursive: true});
  writeFileSync(file, `${JSON.stringify({date: new Date().toISOString(), machine: info, parts: ordered}, null, 2)}\n`);

  const rows = Object.values(results).flatMap((r) => r.rows);
  console.log(formatTable(rows));
  console.log(`\nMachine: ${machineLine(info)}; load average ${loadAverage().join(' ')} at the end.`);
  console.log(`Written: ${path.relative(process.cwd(), file)}`);
  if (rows.some((r) => r.pass === false)) process.exitCode = 1;
}

void main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
});
