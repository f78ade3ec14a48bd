import {readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {Browser, Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {launchChromium} from '../helpers/browser';
import {startDevServer, type DevServer} from '../helpers/devServer';
import {ROOT} from '../helpers/site';

let server: DevServer;
let browser: Browser;
let page: Page;
let postFile: string;
let original: string;

beforeAll(async () => {
  server = await startDevServer(path.join(ROOT, 'tests/fixtures/sites/dev'), 3000 + (process.pid % 2000));
  postFile = path.join(server.siteDir, 'blog/2025-01-01-first.md');
  original = await readFile(postFile, 'utf8');
  browser = await launchChromium();
  page = await (await browser.newContext()).newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const POST = '/2025/01/01/first';

/** Saves the post and waits for the dev server's report of it. */
async function save(text: string, report: RegExp): Promise<void> {
  const from = server.output().length;
  await writeFile(postFile, text);
  await server.waitFor(report, from, 30_000);
  await server.waitFor(/compiled successfully/, from, 60_000);
}

async function bannerNow(): Promise<string> {
  await page.goto(server.url + POST, {waitUntil: 'networkidle'});
  const alert = page.locator('[role="alert"]');
  return (await alert.count()) ? alert.innerText() : '';
}

/**
 * The page as the author sees it once the dev server has settled: the bundler
 * may report a compile before the plugin's reload has published the problems,
 * so the page is reloaded until it shows them (or their absence), for at most
 * 15 seconds.
 */
async function banner(expectProblems = true): Promise<string> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const text = await bannerNow();
    if ((text !== '') === expectProblems || Date.now() > deadline) return text;
    await new Promise((r) => setTimeout(r, 300));
  }
}

describe("the dev server, from the author's side", () => {
  it('shows a clean post with no banner', async () => {
    expect(server.output()).toContain('Front matter check: ✔ No problems in 2 posts (1 locale)');
    expect(await banner(false)).toBe('');
    expect(await page.locator('article h1').innerText()).toBe('The first post');
  });

  it('reports an unknown tag in the terminal and on the page, the post still shown', async () => {
    await save(
      original.replace('tags: [ai]', 'tags: [ai, open-sorce]'),
      /blog\/2025-01-01-first\.md:4:12 error tag-unknown/,
    );
    const text = await banner();
    expect(text).toContain('Front matter problems in this post');
    expect(text).toContain('4:12 error tag-unknown tags[1]');
    expect(await page.locator('article h1').innerText()).toBe('The first post');
  });

  it('replaces a post whose YAML is broken by its problems, without stopping', async () => {
    await save(
      original.replace('title: "The first post"', 'title: "The first post'),
      /blog\/2025-01-01-first\.md:2:8 error yaml-syntax/,
    );
    expect(server.child.exitCode).toBeNull();
    const text = await banner();
    expect(text).toContain('2:8 error yaml-syntax');
    expect(await page.locator('h1').first().innerText()).toBe('This post cannot be shown');
  });

  it('clears the report and the banner once the post is fixed', async () => {
    await save(original, /Front matter check: ✔ No problems in 2 posts/);
    expect(await banner(false)).toBe('');
    expect(await page.locator('article h1').innerText()).toBe('The first post');
    expect(server.child.exitCode).toBeNull();
  });
});
