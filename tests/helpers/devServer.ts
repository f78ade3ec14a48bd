import {spawn, type ChildProcess} from 'node:child_process';
import {cp, mkdir, rm} from 'node:fs/promises';
import path from 'node:path';
import {ROOT} from './site';

export interface DevServer {
  url: string;
  siteDir: string;
  child: ChildProcess;
  /** Everything the server printed so far. */
  output: () => string;
  /** Resolves when the output after `from` matches, with the time it took. */
  waitFor: (pattern: RegExp, from: number, timeoutMs?: number) => Promise<number>;
  stop: () => Promise<void>;
}

/**
 * Copies a fixture site into tests/.work/ (inside the repository, so it finds
 * the plugin and node_modules) and runs `docusaurus start` on it.
 */
export async function startDevServer(fixture: string, port: number, env: NodeJS.ProcessEnv = {}): Promise<DevServer> {
  const siteDir = path.join(ROOT, 'tests/.work', `${path.basename(fixture)}-${process.pid}-${port}`);
  await rm(siteDir, {recursive: true, force: true});
  await mkdir(path.dirname(siteDir), {recursive: true});
  await cp(fixture, siteDir, {recursive: true});
  const child = spawn(
    path.join(ROOT, 'node_modules/.bin/docusaurus'),
    ['start', siteDir, '--port', String(port), '--host', '127.0.0.1', '--no-open'],
    {
      cwd: ROOT,
      // Vitest sets NODE_ENV=test; Docusaurus must pick its own (development).
      env: {...process.env, NODE_ENV: undefined, FORCE_COLOR: '0', NO_COLOR: '1', BROWSER: 'none', ...env},
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let text = '';
  const listeners = new Set<() => void>();
  const onData = (d: Buffer) => {
    text += d.toString();
    for (const l of listeners) l();
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  // A wait ends at once when the server dies, whether or not it said something.
  child.once('exit', () => {
    for (const l of listeners) l();
  });

  const waitFor = (pattern: RegExp, from: number, timeoutMs = 60_000) =>
    new Promise<number>((resolve, reject) => {
      const start = Date.now();
      const test = () => {
        if (pattern.test(text.slice(from))) {
          listeners.delete(test);
          clearTimeout(timer);
          resolve(Date.now() - start);
        } else if (child.exitCode !== null || child.signalCode !== null) {
          listeners.delete(test);
          clearTimeout(timer);
          reject(
            new Error(
              `the dev server exited (${child.exitCode ?? child.signalCode}) before printing ${pattern}:\n${text.slice(from)}`,
            ),
          );
        }
      };
      const timer = setTimeout(() => {
        listeners.delete(test);
        reject(new Error(`no ${pattern} within ${timeoutMs} ms:\n${text.slice(from)}`));
      }, timeoutMs);
      listeners.add(test);
      test();
    });

  await waitFor(/compiled successfully/, 0, 180_000);
  return {
    url: `http://127.0.0.1:${port}`,
    siteDir,
    child,
    output: () => text,
    waitFor,
    stop: async () => {
      child.kill('SIGTERM');
      // A process ended by a signal (a crash) has a signalCode and no exitCode.
      await new Promise((r) =>
        child.exitCode !== null || child.signalCode !== null ? r(null) : child.once('exit', r),
      );
      await rm(siteDir, {recursive: true, force: true});
    },
  };
}
