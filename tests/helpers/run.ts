import {spawn} from 'node:child_process';
import path from 'node:path';
import {ROOT} from './site';

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command to its end and keeps its exit code and output (never throws on exit code). */
export function run(
  command: string,
  args: string[],
  options: {cwd?: string; env?: NodeJS.ProcessEnv} = {},
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd ?? ROOT,
      env: {...process.env, NODE_ENV: undefined, FORCE_COLOR: '0', NO_COLOR: '1', ...options.env},
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({code, stdout, stderr}));
  });
}

/** `npm run check -- …` as a user runs it, start-up included. */
export const check = (...args: string[]) => run('npm', ['run', '-s', 'check', '--', ...args]);

/** The fields of each diagnostic of `check --format json`, in their order (README, "Checking front matter"). */
export const JSON_REPORT_FIELDS = [
  'file',
  'line',
  'column',
  'endLine',
  'endColumn',
  'locale',
  'field',
  'rule',
  'severity',
  'message',
];

export const docusaurus = (...args: string[]) => run(path.join(ROOT, 'node_modules/.bin/docusaurus'), args);
