/**
 * Search as a reader uses it, on a built fixture site served by `docusaurus
 * serve`: Arabic queries typed the way readers type them find posts written
 * another way, English finds English, results open the post in the page's
 * locale, and nothing is asked of any host but the site's.
 */
import {mkdir, readFile, readdir} from 'node:fs/promises';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import * as cheerio from 'cheerio';
import type {Browser, Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {launchChromium, serveBuild, type Served} from '../helpers/browser';
import {startDevServer} from '../helpers/devServer';
import {ROOT, buildSite} from '../helpers/site';

const SITE = path.join(ROOT, 'tests/fixtures/sites/search');
const SHOTS = path.join(ROOT, 'test-results/screenshots');

const NEWSROOM_AR = {
  title: 'الذَّكَاءُ الاصْطِنَاعِيُّ فِي غُرْفَةِ الأَخْبَارِ',
  url: '/ar/2025/01/01/machines-in-the-newsroom',
};
const LIBRARY_AR = {title: 'إدارة مكتبة رقمية صغيرة', url: '/ar/2025/01/03/digital-library'};

let browser: Browser;
let served: Served;
let outDir: string;
/** Every URL any page of these tests asked for. */
const requested: string[] = [];

beforeAll(async () => {
  ({outDir} = await buildSite(SITE));
  served = await serveBuild(outDir, SITE);
  browser = await launchChromium();
  await mkdir(SHOTS, {recursive: true});
});

afterAll(async () => {
  await browser?.close();
  served?.stop();
});

async function open(url: string, width = 1280): Promise<Page> {
  const context = await browser.newContext({viewport: {width, height: 900}});
  const page = await context.newPage();
  page.on('request', (request) => requested.push(request.url()));
  await page.goto(served.url + url, {waitUntil: 'networkidle'});
  return page;
}

/** Types a query into the navbar's box; the titles and links of the posts it shows. */
async function searchFrom(page: Page, query: string): Promise<{title: string; href: string}[]> {
  const box = page.getByRole('search').first();
  // Typed once React drives the box (on a loaded machine, hydration can end after the network is idle).
  await page.waitForFunction(() => {
    const input = document.querySelector('form[role=search] input');
    return input !== null && Object.keys(input).some((key) => key.startsWith('__reactProps'));
  });
  await box.getByRole('searchbox').fill(query);
  const status = box.getByRole('status');
  await expect.poll(() => status.textContent(), {timeout: 30_000}).toMatch(/\d|«|“/);
  return box
    .getByRole('listitem')
    .locator('a')
    .evaluateAll((links) =>
      links.map((a) => ({title: a.querySelector('span')!.textContent, href: a.getAttribute('href')!})),
    );
}

describe('search in the Arabic blog', () => {
  it.each([
    ['without harakat, a title written with them', 'الذكاء الاصطناعي', NEWSROOM_AR],
    ['with harakat, words written without them', 'المَكْتَبَةُ الرَّقْمِيَّةُ', LIBRARY_AR],
    ['alef without hamza and ه for ة', 'اداره', LIBRARY_AR],
    ['alef with hamza where the text has none', 'أخبار', NEWSROOM_AR],
    ['a word without its article', 'ذكاء', NEWSROOM_AR],
    ['a word with an article the text does not have', 'المكتبة', LIBRARY_AR],
    ['ي for the alef maqsura of the text', 'مستشفي', LIBRARY_AR],
    ['Latin digits for the Arabic-Indic ones of the text', '300', LIBRARY_AR],
    ['Arabic-Indic digits for the Latin ones of the text', '٢٠٢٥', LIBRARY_AR],
  ])('finds a post typed %s', async (_, query, post) => {
    const page = await open('/ar/');
    const found = await searchFrom(page, query);
    expect(found).toContainEqual({title: post.title, href: post.url});
    await page.context().close();
  });

  it('opens the post found in Arabic, in the Arabic blog', async () => {
    const page = await open('/ar/');
    await searchFrom(page, 'ذكاء');
    await page.getByRole('link', {name: NEWSROOM_AR.title}).first().click();
    await page.waitForURL(served.url + NEWSROOM_AR.url);
    expect(await page.locator('article header h1').textContent()).toBe(NEWSROOM_AR.title);
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
      'ar',
      'rtl',
    ]);
    await page.context().close();
  });

  it('says in Arabic when nothing matches', async () => {
    const page = await open('/ar/');
    expect(await searchFrom(page, 'زززز')).toEqual([]);
    expect(await page.getByRole('search').first().getByRole('status').textContent()).toBe('لا مقالة تطابق «زززز».');
    await page.context().close();
  });

  it('shows its box, status and results right to left, in Arabic', async () => {
    const page = await open('/ar/');
    await searchFrom(page, 'الذكاء');
    const box = page.getByRole('search').first();
    expect(await box.getByRole('searchbox').getAttribute('placeholder')).toBe('ابحث في المقالات');
    expect(await box.getAttribute('aria-label')).toBe('بحث');
    expect(await box.evaluate((form) => getComputedStyle(form).direction)).toBe('rtl');
    expect(await box.getByRole('status').textContent()).toBe('المقالات الموجودة: 1');
    await page.screenshot({path: path.join(SHOTS, 'search-ar-1280.png')});
    await page.context().close();
  });

  it('has a search page at /ar/search that keeps the query in its URL, with no accessibility violation', async () => {
    const page = await open(`/ar/search?q=${encodeURIComponent('مكتبه')}`);
    expect(await page.locator('h1').textContent()).toBe('البحث');
    await expect
      .poll(() => page.getByRole('main').getByRole('link', {name: LIBRARY_AR.title}).count(), {timeout: 30_000})
      .toBe(1);
    await page.screenshot({path: path.join(SHOTS, 'search-page-ar-1280.png')});
    const {violations} = await new AxeBuilder({page}).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.context().close();
  });

  it('fits a phone screen', async () => {
    const page = await open('/ar/', 390);
    await searchFrom(page, 'مكتبة');
    await page.screenshot({path: path.join(SHOTS, 'search-ar-390.png')});
    const widths = await page.evaluate(() => [
      document.documentElement.scrollWidth,
      document.documentElement.clientWidth,
    ]);
    expect(widths[0]).toBeLessThanOrEqual(widths[1]!);
    await page.context().close();
  });
});

/** The navbar box's placeholder: its width in the box's font, the room the box gives it, and whether the box is on the screen. */
async function placeholderRoom(page: Page): Promise<{text: number; room: number; onScreen: boolean}> {
  return page
    .getByRole('search')
    .first()
    .getByRole('searchbox')
    .evaluate(async (input: HTMLInputElement) => {
      const style = getComputedStyle(input);
      const font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      await document.fonts.load(font, input.placeholder);
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = font;
      const box = input.getBoundingClientRect();
      return {
        text: context.measureText(input.placeholder).width,
        room: input.clientWidth - parseFloat(style.paddingInlineStart) - parseFloat(style.paddingInlineEnd),
        onScreen: box.left >= 0 && box.right <= document.documentElement.clientWidth,
      };
    });
}

describe('the navbar search box on a phone', () => {
  it.each([
    ['ar', '/ar/', 'بحث', 'ابحث في المقالات', 'مكتبة'],
    ['en', '/', 'Search', 'Search posts', 'letters'],
  ])(
    '(%s) is a magnifier that opens, by Tab as by a tap, to its whole placeholder, and Enter searches',
    async (locale, url, name, placeholder, query) => {
      const page = await open(url, 390);
      const box = page.getByRole('searchbox', {name});
      expect(await box.getAttribute('placeholder')).toBe(placeholder);
      await page.screenshot({
        path: path.join(SHOTS, `search-box-${locale}-390.png`),
        clip: {x: 0, y: 0, width: 390, height: 80},
      });
      // Closed, the box is its magnifier: no room for text, so none of the placeholder is cut.
      const closed = await placeholderRoom(page);
      expect(closed.room).toBe(0);
      expect(closed.onScreen).toBe(true);
      for (let tabs = 0; tabs < 10 && !(await box.evaluate((el) => el === document.activeElement)); tabs++) {
        await page.keyboard.press('Tab');
      }
      expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
      const opened = await placeholderRoom(page);
      await page.screenshot({
        path: path.join(SHOTS, `search-box-${locale}-390-open.png`),
        clip: {x: 0, y: 0, width: 390, height: 80},
      });
      expect(opened.text).toBeGreaterThan(0);
      expect(opened.text).toBeLessThanOrEqual(opened.room);
      expect(opened.onScreen).toBe(true);
      // The navbar with the box open (the fixture's posts keep Infima's blue, short of 4.5:1 on small tags).
      const {violations} = await new AxeBuilder({page}).include('nav.navbar').analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await page.keyboard.type(query);
      await page.keyboard.press('Enter');
      await page.waitForURL(`${served.url}${url}search?q=${encodeURIComponent(query)}`);
      await page.context().close();
    },
  );
});

describe('an English post shown untranslated in the Arabic blog', () => {
  it('is found in the English blog only, as it is in the English sitemap only', async () => {
    const arabic = await open('/ar/');
    expect(await searchFrom(arabic, 'harbour')).toEqual([]);
    await arabic.context().close();
    const response = await fetch(`${served.url}/ar/2025/01/02/a-library-of-letters`);
    expect(response.status).toBe(200);
    const english = await open('/');
    expect(await searchFrom(english, 'harbour')).toEqual([
      {title: 'A library of letters', href: '/2025/01/02/a-library-of-letters'},
    ]);
    await english.context().close();
  });
});

describe('the language switch of the site with search', () => {
  it('leads to a page that exists from every built page, the search pages and the 404 pages too', async () => {
    const pages = (await readdir(outDir, {recursive: true})).filter((file) => file.endsWith('.html'));
    expect(pages).toEqual(expect.arrayContaining(['404.html', 'ar/404.html']));
    expect(pages.filter((file) => /^(ar\/)?search(\/index)?\.html$/.test(file))).toHaveLength(2);
    const links = new Map<string, string>();
    for (const file of pages) {
      const $ = cheerio.load(await readFile(path.join(outDir, file), 'utf8'));
      const items = $('a.dropdown__link[hreflang]');
      expect(items.length, file).toBe(2);
      items.each((_, a) => void links.set($(a).attr('href')!, file));
    }
    const missing: string[] = [];
    for (const [href, file] of links) {
      const res = await fetch(served.url + href, {redirect: 'manual'});
      if (res.status !== 200) missing.push(`${file} → ${href}: ${res.status}`);
    }
    expect(missing).toEqual([]);
  });
});

describe('search in the English blog', () => {
  it('finds English posts, in the English blog', async () => {
    for (const [query, title, href] of [
      ['Lighthouse', 'Machines in the newsroom', '/2025/01/01/machines-in-the-newsroom'],
      ['harbour', 'A library of letters', '/2025/01/02/a-library-of-letters'],
    ] as const) {
      const page = await open('/');
      expect(await searchFrom(page, query)).toEqual([{title, href}]);
      await page.context().close();
    }
  });

  it('has a search page at /search', async () => {
    const page = await open('/search?q=letters');
    expect(await page.locator('h1').textContent()).toBe('Search');
    await expect
      .poll(() => page.getByRole('main').getByRole('link', {name: 'A library of letters'}).count(), {timeout: 30_000})
      .toBe(1);
    await page.context().close();
  });
});

describe('the cost of search', () => {
  it('loads nothing of search with a post page, only with the first query', async () => {
    const before = requested.length;
    const page = await open('/ar/2025/01/01/machines-in-the-newsroom');
    const loaded = requested.length;
    const ofSearch = (url: string) => url.includes('/pagefind/');
    expect(requested.slice(before).filter(ofSearch)).toEqual([]);
    await searchFrom(page, 'ذكاء');
    expect(requested.slice(loaded).some(ofSearch)).toBe(true);
    await page.context().close();
  });

  it('asks nothing of any host but the site', () => {
    const hosts = new Set(requested.map((url) => new URL(url).host));
    expect([...hosts]).toEqual([new URL(served.url).host]);
  });
});

describe('search in the dev server', () => {
  it('says that search needs a build, in the box and on the search page', async () => {
    const server = await startDevServer(SITE, 3000 + ((process.pid + 7) % 2000), {DOCUSAURUS_NO_PERSISTENT_CACHE: '1'});
    try {
      const message = 'Search works on the built site: run npm run build, then npm run serve.';
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(server.url + '/search?q=letters', {waitUntil: 'networkidle'});
      await expect.poll(() => page.getByRole('main').getByRole('status').textContent()).toBe(message);
      await page.goto(server.url + '/', {waitUntil: 'networkidle'});
      const box = page.getByRole('search').first();
      await box.getByRole('searchbox').fill('letters');
      await expect.poll(() => box.getByRole('status').textContent()).toBe(message);
      await context.close();
    } finally {
      await server.stop();
    }
  });
});
