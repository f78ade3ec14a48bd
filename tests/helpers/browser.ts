import {spawn, type ChildProcess} from 'node:child_process';
import path from 'node:path';
import {chromium, type Browser} from 'playwright-core';
import {freePort} from './port';
import {ROOT} from './site';

/** Debian's Chromium, unless CHROMIUM_PATH names another: a browser download cannot work on these machines. */
export const chromiumPath = (): string => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * The flags every Chromium gets, but the headless mode (Playwright's and
 * Lighthouse's differ). The background-networking flags keep it from calling
 * hosts that are not there.
 */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// Playwright gives every launch a fresh, empty profile of its own.
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({executablePath: chromiumPath(), args: ['--headless', ...CHROMIUM_FLAGS]});
}

export interface Served {
  url: string;
  stop: () => void;
}

/** Serves a built site as `npm run serve` does (`docusaurus serve`, each locale's 404 page) on a free loopback port. */
export async function serveBuild(outDir: string, siteDir: string = ROOT): Promise<Served> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    [
      '--require',
      path.join(ROOT, 'plugins/blog/bin/localeNotFound.cjs'),
      path.join(ROOT, 'node_modules/@docusaurus/core/bin/docusaurus.mjs'),
      'serve',
      siteDir,
      '--dir',
      outDir,
      '--port',
      String(port),
      '--host',
      '127.0.0.1',
      '--no-open',
    ],
    {cwd: siteDir, stdio: ['ignore', 'pipe', 'pipe'], env: {...process.env, FORCE_COLOR: '0'}},
  );
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      const res = await fetch(url);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill();
      throw new Error(`docusaurus serve did not start on ${url}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {url, stop: () => child.kill()};
}
