import {mkdir} from 'node:fs/promises';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type {Browser, Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {launchChromium, serveBuild, type Served} from '../helpers/browser';
import {ROOT, buildSite} from '../helpers/site';

const SEED_PATH = '/ar/2025/01/29/deepseek-open-source-revolution';
const SHOTS = path.join(ROOT, 'test-results/screenshots');

let browser: Browser;
let served: Served;

beforeAll(async () => {
  const {outDir} = await buildSite();
  served = await serveBuild(outDir);
  browser = await launchChromium();
  await mkdir(SHOTS, {recursive: true});
});

afterAll(async () => {
  await browser?.close();
  served?.stop();
});

async function open(width: number): Promise<Page> {
  const context = await browser.newContext({viewport: {width, height: 900}});
  const page = await context.newPage();
  await page.goto(served.url + SEED_PATH, {waitUntil: 'networkidle'});
  return page;
}

describe.each([360, 1280])('the Arabic seed post at %i px', (width) => {
  it('reads right to left, title aligned with the content, no horizontal scrolling', async () => {
    const page = await open(width);
    await page.screenshot({path: path.join(SHOTS, `seed-ar-${width}.png`), fullPage: true});
    const layout = await page.evaluate(() => {
      const article = document.querySelector('article')!;
      const title = article.querySelector('header h1')!;
      const content = article.querySelector('.markdown')!;
      return {
        htmlDir: document.documentElement.dir,
        articleDirection: getComputedStyle(article).direction,
        titleRight: title.getBoundingClientRect().right,
        contentRight: content.getBoundingClientRect().right,
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      };
    });
    expect(layout.htmlDir).toBe('rtl');
    expect(layout.articleDirection).toBe('rtl');
    expect(Math.abs(layout.titleRight - layout.contentRight)).toBeLessThanOrEqual(1);
    expect(layout.scrollWidth).toBeLessThanOrEqual(layout.clientWidth);
    await page.context().close();
  });

  it('has no serious or critical accessibility violation', async () => {
    const page = await open(width);
    const {violations} = await new AxeBuilder({page}).analyze();
    const severe = violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(severe).toEqual([]);
    await page.context().close();
  });
});

describe('the Arabic font', () => {
  it('is downloaded for the Arabic post and not for the English one', async () => {
    const fontsFor = async (url: string) => {
      const page = await (await browser.newContext()).newPage();
      const fonts: string[] = [];
      page.on('request', (req) => {
        if (req.resourceType() === 'font') fonts.push(new URL(req.url()).host + new URL(req.url()).pathname);
      });
      await page.goto(url, {waitUntil: 'networkidle'});
      await page.context().close();
      return fonts;
    };
    const host = new URL(served.url).host;
    const ar = await fontsFor(served.url + SEED_PATH);
    expect(ar.length).toBeGreaterThan(0);
    expect(ar.every((f) => f.startsWith(host) && f.includes('noto-naskh-arabic-arabic'))).toBe(true);
    expect(await fontsFor(served.url + SEED_PATH.replace('/ar', ''))).toEqual([]);
  });
});
