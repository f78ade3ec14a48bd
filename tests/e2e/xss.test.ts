/**
 * Nothing runs in Chromium: the markup site (tests/fixtures/hostile/markup-site),
 * built and served, opened page by page with a listener for dialogs. Every
 * payload sets window.__xss; it must stay undefined on the post pages, the
 * list, the tag and author pages, and the feeds (Chromium runs XHTML scripts
 * in an XML document: vanilla 3.10.2 runs a title's script in /rss.xml).
 */
import {cp, rm} from 'node:fs/promises';
import path from 'node:path';
import type {Browser} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {launchChromium, serveBuild, type Served} from '../helpers/browser';
import {HOSTILE} from '../helpers/hostile';
import {buildSite, ROOT} from '../helpers/site';

let siteDir: string;
let outDir: string;
let served: Served;
let browser: Browser;

beforeAll(async () => {
  siteDir = path.join(ROOT, 'tests/.work', `markup-e2e-${process.pid}`);
  await rm(siteDir, {recursive: true, force: true});
  await cp(path.join(HOSTILE, 'markup-site'), siteDir, {recursive: true});
  ({outDir} = await buildSite(siteDir));
  served = await serveBuild(outDir, siteDir);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  served?.stop();
  await rm(siteDir, {recursive: true, force: true});
  if (outDir) await rm(outDir, {recursive: true, force: true});
});

const PAGES = [
  '/2025/01/01/script',
  '/ampersand&more',
  '/',
  '/tags/markup',
  '/tags',
  '/authors/mallory',
  '/authors',
  '/archive',
  '/rss.xml',
  '/atom.xml',
];

describe('the markup site in Chromium', () => {
  it.each(PAGES)('runs nothing from front matter on %s', async (page) => {
    const tab = await browser.newPage();
    const dialogs: string[] = [];
    tab.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const response = await tab.goto(served.url + page, {waitUntil: 'load'});
    expect(response?.status()).toBe(200);
    // Hydration and late scripts get their chance to run.
    await tab.waitForTimeout(page.endsWith('.xml') ? 300 : 1000);
    expect(await tab.evaluate(() => (window as {__xss?: unknown}).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
    if (page === '/2025/01/01/script') {
      expect(await tab.locator('article h1').innerText()).toBe('A </script><script>window.__xss=1</script> title');
    }
    await tab.close();
  });
});
