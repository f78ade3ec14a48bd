/**
 * Measuring processes: wall time, and peak memory of the whole process tree
 * (Rspack and the SSG use threads, but a tool may also fork). The peak is the
 * larger of two readings: the sum of VmRSS over the tree, polled every 50 ms
 * (a fork not yet running its own program counted once, with its parent),
 * and GNU time's %M (the exact peak of the largest single process). CPU time
 * (GNU time's user + system, children waited for included) is the work done,
 * which a machine shared with other jobs changes less than the wall time.
 */
import {spawn} from 'node:child_process';
import {existsSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {performance} from 'node:perf_hooks';

export const median = (values: readonly number[]): number => {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

export const round = (value: number, digits = 0) => Number(value.toFixed(digits));

function childrenOf(pid: number): number[] {
  const out: number[] = [];
  try {
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const text = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
      if (text) out.push(...text.split(/\s+/).map(Number));
    }
  } catch {
    // gone
  }
  return out;
}

function rssKb(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

function commandLineOf(pid: number): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * The resident memory of a process and all its descendants, in kB. A child
 * with its parent's very command line is a fork that has not yet started its
 * program (Node starts every child process so): its pages are its parent's,
 * shared until it does, and counting them again doubled the peak of a 4 GB
 * build whenever a poll fell in that moment (7.7 GB in 2026-12-02's runs,
 * each time at the moment the build started Pagefind's process).
 */
function treeRssKb(pid: number): number {
  let total = 0;
  const stack: {pid: number; parentCommand?: string}[] = [{pid}];
  while (stack.length) {
    const {pid: p, parentCommand} = stack.pop()!;
    const command = commandLineOf(p);
    if (parentCommand === undefined || command !== parentCommand) total += rssKb(p);
    for (const child of childrenOf(p)) stack.push({pid: child, parentCommand: command});
  }
  return total;
}

export interface Measured {
  ms: number;
  peakRssMb: number;
  /** User + system CPU seconds of the process and the children it waited for; NaN without GNU time. */
  cpuS: number;
  code: number | null;
  output: string;
}

const GNU_TIME = '/usr/bin/time';

/** Runs a command to its end: wall time, peak memory of its tree, exit code, stdout+stderr. */
export function measure(
  command: string,
  args: string[],
  options: {cwd: string; env?: NodeJS.ProcessEnv},
): Promise<Measured> {
  const timeFile = path.join(tmpdir(), `qalam-bench-time-${process.pid}-${Date.now()}`);
  const useTime = existsSync(GNU_TIME);
  const [cmd, argv] = useTime ? [GNU_TIME, ['-f', '%M %U %S', '-o', timeFile, command, ...args]] : [command, args];
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(cmd, argv, {
      cwd: options.cwd,
      env: {...process.env, NODE_ENV: undefined, FORCE_COLOR: '0', NO_COLOR: '1', ...options.env},
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    let peakKb = 0;
    const poll = setInterval(() => {
      if (child.pid) peakKb = Math.max(peakKb, treeRssKb(child.pid));
    }, 50);
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - start;
      clearInterval(poll);
      let timeKb = 0;
      let cpuS = Number.NaN;
      if (useTime) {
        try {
          const [kb, user, system] = readFileSync(timeFile, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
          rmSync(timeFile, {force: true});
          timeKb = kb ?? 0;
          cpuS = (user ?? Number.NaN) + (system ?? Number.NaN);
        } catch {
          timeKb = 0;
        }
      }
      resolve({ms, peakRssMb: Math.max(peakKb, timeKb || 0) / 1024, cpuS, code, output});
    });
  });
}

/** The load averages (1, 5, 15 min) from /proc/loadavg. */
export function loadAverage(): number[] {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).map(Number);
  } catch {
    return [];
  }
}

/**
 * Runs measurements of several variants interleaved (A B C, B C A, C A B…) so
 * that a change in the machine's load falls on all of them alike.
 */
export async function interleaved<K extends string, R>(
  variants: readonly K[],
  runs: number,
  once: (variant: K, run: number) => Promise<R>,
): Promise<Record<K, R[]>> {
  const out = Object.fromEntries(variants.map((v) => [v, [] as R[]])) as Record<K, R[]>;
  for (let run = 0; run < runs; run++) {
    for (let i = 0; i < variants.length; i++) {
      const variant = variants[(run + i) % variants.length]!;
      out[variant].push(await once(variant, run));
    }
  }
  return out;
}
