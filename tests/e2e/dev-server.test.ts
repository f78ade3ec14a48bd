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
  // As `npm start` runs the site: docusaurus.config.ts keeps Rspack's persistent
  // cache out of the dev server, where Rspack 1.7.12 panics on it now and then
  // under quick saves ("should have bucket pack metas") and the server stops. The
  // fixture's config turns all of Docusaurus Faster on.
  server = await startDevServer(path.join(ROOT, 'tests/fixtures/sites/dev'), 3000 + (process.pid % 2000), {
    DOCUSAURUS_NO_PERSISTENT_CACHE: '1',
  });
  postFile = path.join(server.siteDir, 'blog/2025-01-01-first.md');
  original = await readFile(postFile, 'utf8');
  browser = await launchChromium();
  const context = await browser.newContext();
  // Rspack's overlay (webpack-dev-server's client) is an iframe with this id: note
  // it if it ever shows, even for a moment, on the page the author looks at.
  await context.addInitScript(() => {
    const seen = () => {
      if (document.getElementById('webpack-dev-server-client-overlay'))
        (window as {overlaySeen?: boolean}).overlaySeen = true;
    };
    new MutationObserver(seen).observe(document, {childList: true, subtree: true});
  });
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const POST = '/2025/01/01/first';

/** A stack frame, as Node prints them. */
const STACK_FRAME = /^\s*at .+:\d+:\d+\)?$/m;

/** Whether Rspack's overlay showed on the open page since it was loaded. */
const overlaySeen = () => page.evaluate(() => (window as {overlaySeen?: boolean}).overlaySeen === true);

/**
 * Saves the post while the author looks at it, waits until the dev server has
 * settled, and returns what the terminal printed meanwhile; the overlay must
 * not have shown at any moment.
 */
async function saveWhileWatching(text: string, report: RegExp): Promise<string> {
  await open(POST);
  const from = server.output().length;
  await save(text, report);
  // The bundler may compile once more after the plugin's reload.
  await quiet();
  expect(await overlaySeen()).toBe(false);
  expect(await page.locator('#webpack-dev-server-client-overlay').count()).toBe(0);
  return server.output().slice(from);
}

/**
 * Saves the post, waits for the dev server's report of it (printed by the
 * plugin's reload), then for the compile of what that reload wrote: a compile
 * before the report may be the bundler's own, of the post alone.
 */
async function save(text: string, report: RegExp): Promise<void> {
  const from = server.output().length;
  await writeFile(postFile, text);
  await server.waitFor(report, from, 60_000);
  const match = report.exec(server.output().slice(from))!;
  await server.waitFor(/compiled successfully/, from + match.index + match[0].length, 60_000);
}

/** Waits until the dev server has printed nothing for two seconds (at most 30 seconds). */
async function quiet(): Promise<void> {
  const deadline = Date.now() + 30_000;
  let length = server.output().length;
  let since = Date.now();
  while (Date.now() - since < 2000 && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 200));
    if (server.output().length !== length) [length, since] = [server.output().length, Date.now()];
  }
}

/**
 * Opens a page of the dev server. The open page reloads itself when the
 * bundler's client sees a compile, which aborts a navigation under way: that
 * one is tried again (for at most 15 seconds), as the author's reload would be.
 */
async function open(url: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    try {
      await page.goto(server.url + url, {waitUntil: 'networkidle'});
      return;
    } catch (error) {
      if (!String(error).includes('net::ERR_ABORTED') || Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 300));
    }
  }
}

async function bannerNow(): Promise<string> {
  await open(POST);
  const alert = page.locator('[role="alert"]');
  return (await alert.count()) ? alert.innerText() : '';
}

/**
 * The page as the author sees it once the dev server has settled: the bundler
 * may report a compile before the plugin's reload has published the problems,
 * so the page is reloaded until it shows them (or their absence, or a text in
 * them), for at most 15 seconds.
 */
async function banner(expected: boolean | string = true): Promise<string> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const text = await bannerNow();
    const shown = typeof expected === 'string' ? text.includes(expected) : (text !== '') === expected;
    if (shown || Date.now() > deadline) return text;
    await new Promise((r) => setTimeout(r, 300));
  }
}

/** The text of a page once it has `expected` in it (reloaded until then, for at most 15 seconds). */
async function pageText(url: string, expected: string): Promise<string> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    await open(url);
    const text = await page.locator('body').innerText();
    if (text.includes(expected) || Date.now() > deadline) return text;
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

  it('shows a [ never closed, saved for the first time, on the problems page: no overlay, no stack trace', async () => {
    const terminal = await saveWhileWatching(
      original.replace('tags: [ai]', 'tags: [ai'),
      /blog\/2025-01-01-first\.md:4:7 error yaml-syntax/,
    );
    expect(terminal).toContain("YAML: this [ is never closed. Add the closing ] after the list's last item.");
    expect(terminal).not.toMatch(STACK_FRAME);
    expect(terminal).not.toContain('YAMLException');
    expect(terminal).not.toMatch(/compiled with \d+ errors?/);
    const text = await banner();
    expect(text).toContain('4:7 error yaml-syntax');
    expect(await page.locator('h1').first().innerText()).toBe('This post cannot be shown');

    await save(original, /Front matter check: ✔ No problems in 2 posts/);
    expect(await banner(false)).toBe('');
    expect(await page.locator('article h1').innerText()).toBe('The first post');
  });

  it.each([
    ['an empty keywords list', 'keywords: []', 'keywords', '"keywords" is an empty list, which Docusaurus refuses'],
    [
      'draft and unlisted at once',
      'draft: true\nunlisted: true',
      'unlisted',
      '"draft" and "unlisted" cannot both be true',
    ],
  ])(
    'leaves out a post Docusaurus refuses (%s) with its reason on the problems page, then shows it once fixed',
    async (_, lines, field, reason) => {
      const start = server.output().length;
      // The check reports what Docusaurus would refuse, so the blog plugin is never asked to load the post.
      const refused = original.replace('tags: [ai]', `tags: [ai]\n${lines}`);
      const terminal = await saveWhileWatching(refused, /blog\/2025-01-01-first\.md:\d+:\d+ error docusaurus-refused/);
      expect(terminal).not.toContain('The following front matter');
      let text = await banner();
      expect(text).toContain(`error docusaurus-refused ${field}`);
      expect(text).toContain(reason);
      expect(text).not.toContain('tag-unknown');
      expect(await page.locator('h1').first().innerText()).toBe('This post cannot be shown');
      expect(await page.locator('body').innerText()).not.toMatch(STACK_FRAME);

      // The other post is still there, and saving it does not make the blog plugin refuse this one again.
      const secondFile = path.join(server.siteDir, 'blog/2025-01-02-second.md');
      const second = await readFile(secondFile, 'utf8');
      await writeFile(secondFile, second.replace('Body text.', 'Body text, edited.'));
      expect(await pageText('/2025/01/02/second', 'Body text, edited.')).toContain('Body text, edited.');
      expect(await page.locator('article p').first().innerText()).toBe('Body text, edited.');
      expect(await banner()).toContain(reason);
      await writeFile(secondFile, second);
      expect(await pageText('/2025/01/02/second', 'Body text.')).not.toContain('edited');

      // Saved again with one more problem: the page shows what the last save holds.
      await saveWhileWatching(
        refused.replace('tags: [ai]', 'tags: [ai, open-sorce]'),
        /blog\/2025-01-01-first\.md:4:12 error tag-unknown/,
      );
      text = await banner('tag-unknown');
      expect(text).toContain('4:12 error tag-unknown tags[1]');
      expect(text).toContain(reason);

      await save(original, /Front matter check: ✔ No problems in 2 posts/);
      expect(await banner(false)).toBe('');
      expect(await page.locator('article h1').innerText()).toBe('The first post');
      // And it stays so once the dev server is done: no reload shows an older state.
      await quiet();
      expect(await bannerNow()).toBe('');
      expect(await page.locator('article h1').innerText()).toBe('The first post');
      expect(await overlaySeen()).toBe(false);

      const all = server.output().slice(start);
      expect(all).not.toContain('reload failure');
      expect(all).not.toMatch(STACK_FRAME);
      expect(all).not.toMatch(/\[ERROR\] The following front matter|Error while parsing/);
      expect(server.child.exitCode).toBeNull();
    },
  );

  it('never printed a reload failure or a stack trace', () => {
    expect(server.output()).not.toContain('reload failure');
    expect(server.output()).not.toMatch(STACK_FRAME);
    expect(server.child.exitCode).toBeNull();
  });
});
