import {spawn} from 'node:child_process';
import {existsSync} from 'node:fs';
import {mkdir, mkdtemp, rm, utimes, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {isStale} from '../../plugins/blog/bin/bundle.mjs';
import {run} from '../helpers/run';
import {ROOT} from '../helpers/site';

describe('bin/run.mjs', () => {
  let dir: string;
  const pluginDir = () => path.join(dir, 'plugin');
  const lockFile = () => path.join(dir, 'package-lock.json');
  const bundle = () => path.join(dir, 'check.cjs');
  const at = (file: string, seconds: number) => utimes(file, seconds, seconds);

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'qalam-run-'));
    await mkdir(path.join(pluginDir(), 'commands'), {recursive: true});
    await mkdir(path.join(pluginDir(), 'theme'), {recursive: true});
    await writeFile(path.join(pluginDir(), 'commands/check.ts'), '');
    await writeFile(path.join(pluginDir(), 'theme/Page.tsx'), '');
    await writeFile(lockFile(), '{}');
  });
  afterAll(() => rm(dir, {recursive: true, force: true}));

  it('builds a command that has no bundle yet', () => {
    expect(isStale(bundle(), {pluginDir: pluginDir(), lockFile: lockFile()})).toBe(true);
  });

  it('rebuilds a bundle older than a source file or than package-lock.json, and only then', async () => {
    await writeFile(bundle(), '');
    await at(path.join(pluginDir(), 'commands/check.ts'), 1_000);
    await at(lockFile(), 1_000);
    await at(bundle(), 2_000);
    const stale = () => isStale(bundle(), {pluginDir: pluginDir(), lockFile: lockFile()});
    expect(stale()).toBe(false);
    // A dependency upgrade rewrites the lock file: the bundled dependencies changed.
    await at(lockFile(), 3_000);
    expect(stale()).toBe(true);
    await at(bundle(), 4_000);
    expect(stale()).toBe(false);
    await at(path.join(pluginDir(), 'commands/check.ts'), 5_000);
    expect(stale()).toBe(true);
    await at(bundle(), 6_000);
    // The theme runs in the browser: no command bundles it.
    await at(path.join(pluginDir(), 'theme/Page.tsx'), 7_000);
    expect(stale()).toBe(false);
    // The script that bundles sets how: a change to it builds the bundle again.
    const builder = path.join(dir, 'run.mjs');
    await writeFile(builder, '');
    await at(builder, 8_000);
    expect(isStale(bundle(), {pluginDir: pluginDir(), lockFile: lockFile(), builder})).toBe(true);
    await at(builder, 5_500);
    expect(isStale(bundle(), {pluginDir: pluginDir(), lockFile: lockFile(), builder})).toBe(false);
  });

  it.each([[['nosuch']], [['../check']], [[]]])(
    'exits 2 with one line for the arguments %j',
    async (args: string[]) => {
      const {code, stdout, stderr} = await run(process.execPath, [
        path.join(ROOT, 'plugins/blog/bin/run.mjs'),
        ...args,
      ]);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(/^run\.mjs: no command (".*"|given); usage: run\.mjs COMMAND \[ARGS…\]/);
      expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    },
  );
});

describe('every command', () => {
  it.each([['--help'], ['-h']])('prints its usage for %s and exits 0', async (flag) => {
    const {code, stdout, stderr} = await run(process.execPath, [
      path.join(ROOT, 'plugins/blog/bin/run.mjs'),
      'schema',
      flag,
    ]);
    expect({code, stdout, stderr}).toEqual({
      code: 0,
      stdout: 'usage: npm run schema -- [--check] [--site DIR]\n',
      stderr: '',
    });
  });
});

describe('a reader that stops early (`npm run check | head`)', () => {
  const MULTI = path.join(ROOT, 'tests/fixtures/sites/multi');

  /** The command with its output's pipe closed before it writes, as `head` closes it once it has its lines. */
  function closedEarly(args: string[]): Promise<{code: number | null; stderr: string}> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [path.join(ROOT, 'plugins/blog/bin/run.mjs'), ...args], {
        cwd: ROOT,
        env: {...process.env, FORCE_COLOR: '0', NO_COLOR: '1'},
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child.stdout.destroy();
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      child.on('error', reject);
      child.on('close', (code) => resolve({code, stderr}));
    });
  }

  it.each([
    // The check finds errors in this site: it exits 1 whether its report was read or not.
    [['check', MULTI, '--format', 'json'], 1],
    [['check', MULTI], 1],
    [['translations', MULTI], 0],
  ])('%j ends with its own exit code, and says nothing', async (args, code) => {
    expect(await closedEarly(args)).toEqual({code, stderr: ''});
  });
});

const runCheck = (args: string[]) => run(process.execPath, [path.join(ROOT, 'plugins/blog/bin/run.mjs'), ...args]);

describe("a command started from V8's code cache", () => {
  it('still loads a TypeScript config (through jiti), on the run that writes the cache and on the run that reads it', async () => {
    const cache = path.join(ROOT, 'node_modules/.cache/qalam-commands/check.cjs.v8');
    await rm(cache, {force: true});
    for (const run of ['writes', 'reads']) {
      const {stderr} = await runCheck(['check', ROOT, '--format', 'json']);
      expect({run, stderr}).toEqual({run, stderr: ''});
      expect(existsSync(cache)).toBe(true);
    }
  });
});
