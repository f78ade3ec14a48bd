import {execFile} from 'node:child_process';
import {existsSync} from 'node:fs';
import {mkdir, mkdtemp, readFile, readdir} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {promisify} from 'node:util';
import {PNG} from 'pngjs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import * as cheerio from 'cheerio';
import type {Browser, Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {launchChromium, serveBuild, type Served} from '../helpers/browser';
import {arabicFontUrls} from '../../plugins/blog/plugin/fontPreload';
import {ROOT, buildSite, loadPage} from '../helpers/site';

const SHOTS = path.join(ROOT, 'test-results/screenshots');

// Three kinds of post in the Arabic blog: the seed, a post that exists only in
// Arabic, and an English post shown untranslated.
const PAGES = [
  {name: 'seed', path: '/ar/2025/01/29/deepseek-open-source-revolution', lang: 'ar', dir: 'rtl'},
  {name: 'arabic-only', path: '/ar/2025/04/10/arabic-typography-on-the-web', lang: 'ar', dir: 'rtl'},
  {name: 'untranslated', path: '/ar/2025/04/20/notes-on-bidi-isolation', lang: 'en', dir: 'ltr'},
] as const;

let browser: Browser;
let served: Served;
let outDir: string;

beforeAll(async () => {
  ({outDir} = await buildSite());
  served = await serveBuild(outDir);
  browser = await launchChromium();
  await mkdir(SHOTS, {recursive: true});
});

afterAll(async () => {
  await browser?.close();
  served?.stop();
});

async function open(url: string, width: number): Promise<Page> {
  const context = await browser.newContext({viewport: {width, height: 900}});
  const page = await context.newPage();
  await page.goto(served.url + url, {waitUntil: 'networkidle'});
  return page;
}

describe.each(PAGES)('the $name post in the Arabic blog', ({name, path: url, lang, dir}) => {
  describe.each([360, 1280])('at %i px', (width) => {
    it(`is an article in ${lang} (${dir}) in an Arabic page, with no horizontal scrolling`, async () => {
      const page = await open(url, width);
      await page.screenshot({path: path.join(SHOTS, `${name}-ar-${width}.png`), fullPage: true});
      const layout = await page.evaluate(() => {
        const article = document.querySelector('article')!;
        const title = article.querySelector('header h1')!;
        const content = article.querySelector('.markdown')!;
        return {
          htmlLang: document.documentElement.lang,
          htmlDir: document.documentElement.dir,
          lang: article.closest('[lang]')!.getAttribute('lang'),
          direction: getComputedStyle(article).direction,
          titleRight: title.getBoundingClientRect().right,
          titleLeft: title.getBoundingClientRect().left,
          contentRight: content.getBoundingClientRect().right,
          contentLeft: content.getBoundingClientRect().left,
          scrollWidth: document.documentElement.scrollWidth,
          clientWidth: document.documentElement.clientWidth,
        };
      });
      expect([layout.htmlLang, layout.htmlDir]).toEqual(['ar', 'rtl']);
      expect([layout.lang, layout.direction]).toEqual([lang, dir]);
      // The title starts where the content starts: the right edge in Arabic, the left in English.
      if (dir === 'rtl') expect(Math.abs(layout.titleRight - layout.contentRight)).toBeLessThanOrEqual(1);
      else expect(Math.abs(layout.titleLeft - layout.contentLeft)).toBeLessThanOrEqual(1);
      expect(layout.scrollWidth).toBeLessThanOrEqual(layout.clientWidth);
      await page.context().close();
    });

    it('has no serious or critical accessibility violation', async () => {
      const page = await open(url, width);
      const {violations} = await new AxeBuilder({page}).analyze();
      const severe = violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(severe).toEqual([]);
      await page.context().close();
    });
  });

  it('isolates its tags and author, and its pagination arrows point the reading direction', async () => {
    const page = await open(url, 1280);
    const found = await page.evaluate(() => {
      const isolated = (el: Element | null) => (el ? getComputedStyle(el).unicodeBidi : 'missing');
      const label = (cls: string) => document.querySelector(`.pagination-nav__link--${cls} .pagination-nav__label`);
      const prev = label('prev');
      const next = label('next');
      return {
        tags: [...document.querySelectorAll('article footer a[rel="tag"]')].map((a) =>
          isolated(a.querySelector('bdi')),
        ),
        author: isolated(document.querySelector('article header .avatar__name bdi')),
        prev: prev && getComputedStyle(prev, '::before').content,
        next: next && getComputedStyle(next, '::after').content,
        pageDir: getComputedStyle(document.querySelector('.pagination-nav')!).direction,
      };
    });
    expect(found.tags.length).toBeGreaterThan(0);
    expect(new Set(found.tags)).toEqual(new Set(['isolate']));
    expect(found.author).toBe('isolate');
    // In a right-to-left page, "newer" is to the right and "older" to the left.
    expect(found.pageDir).toBe('rtl');
    if (found.prev) expect(found.prev).toBe('"→ "');
    if (found.next) expect(found.next).toBe('" ←"');
    expect(found.prev ?? found.next).toBeTruthy();
    await page.context().close();
  });
});

describe('code in the Arabic blog', () => {
  it('stays left to right', async () => {
    const page = await open('/ar/2025/02/12/arabic-blog-with-docusaurus', 1280);
    const dirs = await page.evaluate(() =>
      [...document.querySelectorAll('article pre, article code')].map((el) => getComputedStyle(el).direction),
    );
    expect(dirs.length).toBeGreaterThan(3);
    expect(new Set(dirs)).toEqual(new Set(['ltr']));
    await page.context().close();
  });

  // Prism loads with the first code block, not at startup (the plugin's
  // prismOnDemand): once the page has hydrated, the TypeScript block and the
  // shell block (a language the site adds) are still highlighted, with no error.
  it("is highlighted once the page has hydrated, the site's added languages too", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
    });
    await page.goto(served.url + '/ar/2025/02/12/arabic-blog-with-docusaurus', {waitUntil: 'networkidle'});
    await page.waitForSelector('html[data-has-hydrated="true"]');
    const tokens = await page.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll('article pre')].map((pre) => [
          /language-(\w+)/.exec(pre.className)?.[1] ?? '?',
          [...pre.querySelectorAll('.token')]
            .filter((t) => !t.classList.contains('plain'))
            .map((t) => `${[...t.classList].filter((c) => c !== 'token').join('.')}:${t.textContent}`),
        ]),
      ),
    );
    expect(tokens.ts).toEqual(expect.arrayContaining(["string:'rtl'", 'punctuation:{']));
    expect(tokens.bash).toEqual(expect.arrayContaining(['function:npm']));
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the date and reading time of a post', () => {
  // Building an Intl formatter loads the locale's data, the most expensive
  // thing the post page's own components did on a slow phone: the build
  // formats the date, small numbers are written digit by digit, and the page
  // reads the same after hydration.
  it('are printed without building a date or number formatter in the browser', async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      const built: string[] = [];
      (window as unknown as {formatters: string[]}).formatters = built;
      for (const name of ['DateTimeFormat', 'NumberFormat'] as const) {
        const Original = Intl[name];
        Intl[name] = new Proxy(Original, {
          construct: (target, args) => (built.push(name), Reflect.construct(target, args)),
          apply: (target, thisArg, args) => (built.push(name), Reflect.apply(target, thisArg, args)),
        }) as never;
      }
    });
    const page = await context.newPage();
    await page.goto(served.url + PAGES[0].path, {waitUntil: 'networkidle'});
    await page.waitForSelector('html[data-has-hydrated="true"]');
    const found = await page.evaluate(() => ({
      info: document.querySelector('article header time')?.parentElement?.textContent,
      dateTime: document.querySelector('article header time')?.getAttribute('datetime'),
      formatters: (window as unknown as {formatters: string[]}).formatters,
    }));
    expect(found.info).toMatch(/^29 يناير 2025 · قراءة في \d+ دقائق$/);
    expect(found.dateTime).toBe('2025-01-29T00:00:00.000Z');
    expect(found.formatters).toEqual([]);
    await context.close();
  });
});

describe("the seed post's scripts", () => {
  /** Once the page has hydrated: its entry scripts as it asked for them (when, from its start), its first contentful paint and its load event. */
  async function loadOrder(page: Page) {
    await page.goto(served.url + PAGES[0].path);
    await page.waitForSelector('html[data-has-hydrated="true"]');
    return page.evaluate(() => ({
      paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      scripts: performance
        .getEntriesByType('resource')
        .filter((entry) => /\/assets\/js\/(runtime~main|main)\.[0-9a-f]+\.js$/.test(entry.name))
        .map((entry) => ({name: new URL(entry.name).pathname.replace(/\.[0-9a-f]+\.js$/, ''), start: entry.startTime})),
      load: performance.getEntriesByType('navigation')[0]!.toJSON().loadEventStart as number,
    }));
  }

  it('are asked for after the first contentful paint, in their order, and the page hydrates', async () => {
    const page = await (await browser.newContext({viewport: {width: 390, height: 844}})).newPage();
    // The built page names no script to fetch: the loader at the end of its body has them.
    expect((await loadPage(outDir, `${PAGES[0].path.slice(1)}.html`))('script[src]')).toHaveLength(0);
    const {paint, scripts} = await loadOrder(page);
    expect(paint).toBeGreaterThan(0);
    expect(scripts.map((s) => s.name)).toEqual(['/ar/assets/js/runtime~main', '/ar/assets/js/main']);
    for (const {start} of scripts) expect(start).toBeGreaterThanOrEqual(paint!);
    await page.context().close();
  });

  it('are asked for at once by a browser that reports no paint', async () => {
    const context = await browser.newContext({viewport: {width: 390, height: 844}});
    await context.addInitScript(() => {
      Reflect.deleteProperty(window, 'PerformanceObserver');
    });
    const page = await context.newPage();
    const {scripts, load} = await loadOrder(page);
    expect(scripts.map((s) => s.name)).toEqual(['/ar/assets/js/runtime~main', '/ar/assets/js/main']);
    // At the end of the body's parsing: before the page's load event, as the head's deferred scripts were.
    for (const {start} of scripts) expect(start).toBeLessThan(load);
    await context.close();
  });
});

describe('route prefetching', () => {
  it('still prefetches the routes of the links on screen, and a call returns before it prefetches, then settles', async () => {
    const page = await open(PAGES[0].path, 390);
    await page.waitForSelector('html[data-has-hydrated="true"]');
    await expect.poll(() => page.locator('head link[rel="prefetch"]').count()).toBeGreaterThan(0);
    await page.waitForLoadState('networkidle');
    const counts = await page.evaluate(async () => {
      const count = () => document.head.querySelectorAll('link[rel="prefetch"]').length;
      const before = count();
      const asked = (window as unknown as {docusaurus: {prefetch: (p: string) => unknown}}).docusaurus.prefetch(
        '/ar/authors',
      );
      const atOnce = count();
      await asked;
      return {before, atOnce, after: count()};
    });
    expect(counts.atOnce).toBe(counts.before);
    expect(counts.after).toBeGreaterThan(counts.before);
    await page.context().close();
  });
});

describe('the Arabic font', () => {
  /** The fonts a page downloads, and those its head preloads (with their crossorigin attribute). */
  async function fontsOf(url: string, width = 1280) {
    const page = await (await browser.newContext({viewport: {width, height: 900}})).newPage();
    const downloaded: string[] = [];
    page.on('request', (req) => {
      if (req.resourceType() === 'font') downloaded.push(req.url());
    });
    await page.goto(served.url + url, {waitUntil: 'networkidle'});
    const preloaded = await page
      .locator('head link[rel="preload"][as="font"]')
      .evaluateAll((links) =>
        links.map((link) => [
          (link as HTMLLinkElement).href,
          link.getAttribute('type'),
          link.getAttribute('crossorigin'),
        ]),
      );
    return {page, downloaded, preloaded};
  }

  it('is downloaded for the Arabic post, one file of it, once, by the URL the page preloads it', async () => {
    const {page, downloaded, preloaded} = await fontsOf(PAGES[0].path, 390);
    await page.screenshot({path: path.join(SHOTS, 'seed-ar-390-font.png')});
    // One file: the Arabic block. The rarer letters' file is not needed by this post.
    expect(downloaded).toHaveLength(1);
    expect(new URL(downloaded[0]!).host).toBe(new URL(served.url).host);
    expect(downloaded[0]).toMatch(/\/noto-naskh-arabic-400-arabic-[0-9a-f]+\.woff2$/);
    // The stylesheet and the preload name it alike: a second URL would be a second download.
    expect(preloaded).toEqual([[downloaded[0], 'font/woff2', '']]);
    // And the page uses it: the face of the Arabic block is loaded, the other one is not.
    const faces = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].filter((face) => face.family.includes('Noto Naskh Arabic')).map((face) => face.status);
    });
    expect(faces).toEqual(['loaded', 'unloaded']);
    await page.context().close();
  });

  // Rspack's persistent cache, which Docusaurus keys by locale alone, once kept
  // the stylesheet of the build of every locale (at /ar/) for the Arabic locale
  // built alone (at /): it named a font file its output did not have.
  it('names a file its output has when the Arabic locale is built alone after every locale', async () => {
    const alone = await mkdtemp(path.join(tmpdir(), 'qalam-build-ar-'));
    await promisify(execFile)(
      path.join(ROOT, 'node_modules/.bin/docusaurus'),
      ['build', ROOT, '--locale', 'ar', '--out-dir', alone],
      {cwd: ROOT, env: {...process.env, FORCE_COLOR: '0'}, maxBuffer: 64 * 1024 * 1024},
    );
    const $ = await loadPage(alone, `${PAGES[0].path.replace(/^\/ar\//, '')}.html`);
    const css = await readFile(path.join(alone, $('link[rel="stylesheet"]').attr('href')!), 'utf8');
    const named = arabicFontUrls(css);
    expect(named).toHaveLength(1);
    expect(named[0]).toMatch(/^\/assets\/fonts\/noto-naskh-arabic-400-arabic-[0-9a-f]+\.woff2$/);
    expect(existsSync(path.join(alone, named[0]!))).toBe(true);
    expect($('head link[rel="preload"][as="font"]').attr('href')).toBe(named[0]);
  }, 600_000);

  it('is neither preloaded nor downloaded by the English post', async () => {
    const {page, downloaded, preloaded} = await fontsOf(PAGES[0].path.replace('/ar/', '/'), 390);
    expect(downloaded).toEqual([]);
    expect(preloaded).toEqual([]);
    await page.context().close();
  });
});

describe("an author's title in Arabic", () => {
  /** Dark pixels in a screenshot of the page's region around `box`. */
  async function ink(page: Page, box: {x: number; y: number; width: number; height: number}): Promise<number> {
    const margin = 12;
    const shot = PNG.sync.read(
      await page.screenshot({
        clip: {x: box.x - margin, y: box.y - margin, width: box.width + 2 * margin, height: box.height + 2 * margin},
      }),
    );
    let dark = 0;
    for (let i = 0; i < shot.data.length; i += 4) {
      if (shot.data[i]! + shot.data[i + 1]! + shot.data[i + 2]! < 3 * 128) dark++;
    }
    return dark;
  }

  it.each([PAGES[0].path, '/ar/authors', '/ar/authors/lark'])(
    'keeps every mark on %s: the one-line clamp cuts none of them',
    async (url) => {
      const page = await open(url, 1280);
      const title = page.locator('.qalam-author-title').first();
      await expect(title.textContent()).resolves.toContain('الاصطناعي');
      const box = (await title.boundingBox())!;
      const clamped = await ink(page, box);
      // The same line with nothing clipped: the marks below the line (the dots of the final ي) show.
      await title.evaluate((el: HTMLElement) => {
        el.style.overflow = 'visible';
        el.style.display = 'block';
      });
      const whole = await ink(page, box);
      expect(clamped).toBeGreaterThan(0);
      expect(clamped).toBe(whole);
      await page.context().close();
    },
  );
});

describe('the language switch', () => {
  it('leads to a page that exists from every page of the site, and says where a page has no counterpart', async () => {
    const pages = (await readdir(outDir, {recursive: true})).filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(40);
    const links = new Map<string, string>();
    const fallbacks: string[] = [];
    for (const file of pages) {
      const $ = cheerio.load(await readFile(path.join(outDir, file), 'utf8'));
      const items = $('a.dropdown__link[hreflang]');
      expect(items.length, file).toBe(2);
      items.each((_, a) => {
        const href = $(a).attr('href')!;
        links.set(href, file);
        const title = $(a).attr('title');
        if (title) fallbacks.push(`${file} → ${href}: ${title}`);
      });
    }
    const missing: string[] = [];
    for (const [href, file] of links) {
      const res = await fetch(served.url + href, {redirect: 'manual'});
      if (res.status !== 200) missing.push(`${file} → ${href}: ${res.status}`);
    }
    expect(missing).toEqual([]);
    // Only the 404 pages lead to the homes for want of the page itself.
    const toHome = fallbacks.filter((f) => /: (This page does not exist:|هذه الصفحة غير موجودة:)/.test(f));
    expect(new Set(toHome.map((f) => f.split(' → ')[0]))).toEqual(new Set(['404.html', 'ar/404.html']));
    // The Arabic-only post and the Arabic list pages past the English last page.
    expect(fallbacks).toEqual(
      expect.arrayContaining([
        'ar/2025/04/10/arabic-typography-on-the-web.html → /: هذه المقالة غير مكتوبة بهذه اللغة: يفتح الرابط قائمة مقالاتها.',
        'ar/page/3.html → /: هذه الصفحة غير موجودة بهذه اللغة: يفتح الرابط الصفحة الأولى من قائمتها.',
        'ar/tags/i18n/page/2.html → /tags/i18n: هذه الصفحة غير موجودة بهذه اللغة: يفتح الرابط الصفحة الأولى من قائمتها.',
        'ar/authors/lark/page/3.html → /authors/lark: هذه الصفحة غير موجودة بهذه اللغة: يفتح الرابط الصفحة الأولى من قائمتها.',
      ]),
    );
  });

  it.each([
    [
      '/ar/no-such-page',
      '/ar/404.html',
      'الصفحة غير موجودة',
      'هذه الصفحة غير موجودة: يفتح الرابط الصفحة الرئيسية بهذه اللغة.',
    ],
    [
      '/no-such-page',
      '/404.html',
      'Page Not Found',
      'This page does not exist: the link opens the home page in this language.',
    ],
  ])('leads from the 404 page of %s to the home page of each language', async (url, built, heading, title) => {
    const homes = ['/', '/ar'];
    const $ = await loadPage(outDir, built);
    const builtLinks = $('a.dropdown__link[hreflang]')
      .map((_, a) => [[$(a).attr('href'), $(a).attr('title')]])
      .get();
    expect(builtLinks).toEqual(homes.map((home) => [home, title]));
    const page = await open(url, 1280);
    await page.waitForSelector('html[data-has-hydrated="true"]');
    expect(await page.locator('main h1').textContent()).toBe(heading);
    const links = await page
      .locator('a.dropdown__link[hreflang]')
      .evaluateAll((items) => items.map((a) => [a.getAttribute('href'), a.getAttribute('title')]));
    expect(links).toEqual(homes.map((home) => [home, title]));
    for (const [href] of links) expect((await fetch(served.url + href!, {redirect: 'manual'})).status, href!).toBe(200);
    await page.context().close();
  });

  it('is named "اللغة" with the current language, and its items carry hreflang', async () => {
    const page = await open('/ar/2025/04/10/arabic-typography-on-the-web', 1280);
    const button = page.getByRole('button', {name: 'اللغة: العربية'});
    await button.hover();
    const english = page.locator('a.dropdown__link[hreflang="en"]');
    await english.waitFor({state: 'visible'});
    await page.screenshot({path: path.join(SHOTS, 'language-switch-ar.png')});
    expect(await english.getAttribute('title')).toBe('هذه المقالة غير مكتوبة بهذه اللغة: يفتح الرابط قائمة مقالاتها.');
    expect(await english.locator('span').getAttribute('lang')).toBe('en');
    await page.context().close();
  });
});

/** axe's violations of any impact on the page, each with the elements it names. */
async function axeViolations(page: Page): Promise<string[]> {
  const {violations} = await new AxeBuilder({page}).analyze();
  return violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('the Arabic list pages and indexes', () => {
  it.each(['/ar', '/ar/2025/01/29/deepseek-open-source-revolution', '/ar/tags', '/ar/archive', '/ar/authors'])(
    '%s has no accessibility violation of any impact',
    async (url) => {
      const page = await open(url, 1280);
      expect(await axeViolations(page)).toEqual([]);
      await page.context().close();
    },
  );

  it('/ar/search, with a query typed and its results shown, has no accessibility violation of any impact', async () => {
    const page = await open('/ar/search', 1280);
    await page.waitForSelector('html[data-has-hydrated="true"]');
    await page.getByRole('main').getByRole('searchbox').fill('الذكاء الاصطناعي');
    const seed = page.getByRole('main').getByRole('link', {name: /^ثورة DeepSeek مفتوحة المصدر/});
    await expect.poll(() => seed.count(), {timeout: 30_000}).toBe(1);
    await page.screenshot({path: path.join(SHOTS, 'search-site-ar.png'), fullPage: true});
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('files the tags index by the letter after the article', async () => {
    const page = await open('/ar/tags', 1280);
    await page.screenshot({path: path.join(SHOTS, 'tags-ar.png'), fullPage: true});
    const letters = (await page.locator('main article h2').allTextContents()).map((t) => t.replace(/\u200b/g, ''));
    expect(letters).not.toContain('ا');
    expect(letters).toEqual(expect.arrayContaining(['ذ', 'م']));
    await page.context().close();
  });
});

describe('the table of contents on a phone', () => {
  it("is above the post, collapsed, and opens on a tap; an untranslated post's is in its own language", async () => {
    const page = await open('/ar/2025/04/20/notes-on-bidi-isolation', 390);
    const toggle = page.locator('.qalam-toc-mobile button');
    await expect(toggle.isVisible()).resolves.toBe(true);
    await expect(toggle.textContent()).resolves.toBe('مُحتويات هذه الصفحة');
    await toggle.click();
    const link = page.locator('.qalam-toc-mobile a').first();
    await link.waitFor({state: 'visible'});
    await page.screenshot({path: path.join(SHOTS, 'toc-mobile-ar.png')});
    const langs = await link.evaluate((a) => [
      a.closest('[lang]')!.getAttribute('lang'),
      getComputedStyle(a).direction,
    ]);
    expect(langs).toEqual(['en', 'ltr']);
    expect(await toggle.evaluate((b) => b.closest('[lang]')!.getAttribute('lang'))).toBe('ar');
    await page.context().close();
  });

  it('is hidden beside a wide page, which has the other one', async () => {
    const page = await open('/ar/2025/01/29/deepseek-open-source-revolution', 1280);
    await expect(page.locator('.qalam-toc-mobile').isVisible()).resolves.toBe(false);
    await expect(page.locator('.table-of-contents').first().isVisible()).resolves.toBe(true);
    await page.context().close();
  });
});

describe('the copy button of a code block', () => {
  it('calls code "الشيفرة", as the posts do', async () => {
    const page = await open('/ar/2025/02/12/arabic-blog-with-docusaurus', 1280);
    await page.waitForSelector('html[data-has-hydrated="true"]');
    const labels = await page
      .locator('article pre ~ div button, article div[class*="buttonGroup"] button')
      .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label') ?? b.getAttribute('title')));
    expect(labels).toContain('نسخ الشيفرة إلى الحافظة');
    expect(labels.join(' ')).not.toContain('الرمز');
    await page.context().close();
  });
});

describe('an unknown URL', () => {
  it.each([
    ['/ar/no-such-page', 'ar', 'rtl'],
    ['/no-such-page', 'en', 'ltr'],
  ])('%s gets the 404 page of its locale, with status 404', async (url, lang, dir) => {
    const res = await fetch(served.url + url);
    expect(res.status).toBe(404);
    const page = await open(url, 1280);
    await page.waitForSelector('html[data-has-hydrated="true"]');
    const found = await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);
    expect(found).toEqual([lang, dir]);
    await expect(page.locator('main h1').textContent()).resolves.toBeTruthy();
    await page.context().close();
  });
});
