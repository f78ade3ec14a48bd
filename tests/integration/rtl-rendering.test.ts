/**
 * Right-to-left rendering beyond Docusaurus, on a four-locale fixture site
 * (English, Arabic, Persian, Hebrew): locale-only posts, untranslated posts,
 * per-post language, bidi isolation, honest hreflang and Open Graph locales,
 * JSON-LD language, digits, and feeds.
 */
import {access, readFile, readdir} from 'node:fs/promises';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {buildSite, loadPage, ROOT} from '../helpers/site';

const SITE = path.join(ROOT, 'tests/fixtures/sites/rtl');
const URL = 'https://fixture.example.org';
let out: string;

beforeAll(async () => {
  ({outDir: out} = await buildSite(SITE));
});

const page = (p: string) => loadPage(out, `${p}/index.html`);
const file = (p: string) => readFile(path.join(out, p), 'utf8');
const alternates = async (p: string) => {
  const $ = await page(p);
  return $('link[rel="alternate"][hreflang]')
    .map((_, el) => `${$(el).attr('hreflang')} ${$(el).attr('href')}`)
    .get();
};

describe('locale-only posts', () => {
  it('join the blog of their locale: page, list, tag page, feeds, sitemap', async () => {
    const $ = await page('he/2025/01/03/hebrew-only');
    expect($('article h1').text()).toBe('פוסט בעברית בלבד');
    const inList = (await page('he')).html() + (await page('he/page/2')).html();
    expect(inList).toContain('פוסט בעברית בלבד');
    expect((await page('he/tags/open-source')).html()).toContain('/he/2025/01/03/hebrew-only');
    for (const feed of ['he/rss.xml', 'he/atom.xml', 'he/feed.json'])
      expect(await file(feed), feed).toContain('/he/2025/01/03/hebrew-only');
    expect(await file('he/sitemap.xml')).toContain('/he/2025/01/03/hebrew-only');
  });

  it('are absent from the other locales', async () => {
    await expect(file('2025/01/03/hebrew-only/index.html')).rejects.toThrow();
    await expect(file('ar/2025/01/03/hebrew-only/index.html')).rejects.toThrow();
    expect(await file('sitemap.xml')).not.toContain('hebrew-only');
    expect(await file('atom.xml')).not.toContain('hebrew-only');
  });

  it('are announced in their own locale only', async () => {
    expect(await alternates('he/2025/01/03/hebrew-only')).toEqual([
      `he ${URL}/he/2025/01/03/hebrew-only`,
      `x-default ${URL}/he/2025/01/03/hebrew-only`,
    ]);
  });
});

describe('untranslated posts', () => {
  it('show in the Arabic blog with their own lang and dir, and a notice linking the original', async () => {
    const $ = await page('ar/2025/01/02/english-only');
    expect($('html').attr('lang')).toBe('ar');
    expect($('article').attr('lang')).toBe('en');
    expect($('article').attr('dir')).toBe('ltr');
    const notice = $('article [role="note"]');
    expect(notice.attr('lang')).toBe('ar');
    expect(notice.find('a').attr('href')).toBe(`${URL}/2025/01/02/english-only`);
  });

  it("say so in each locale's own language, from the strings the plugin ships", async () => {
    const notices = {
      ar: ['لم تُترجم هذه المقالة بعد، فهي معروضة بلغتها الأصلية.', 'اقرأ الأصل'],
      fa: ['این نوشته هنوز ترجمه نشده است و به زبان اصلی‌اش نمایش داده می‌شود.', 'خواندن متن اصلی'],
      he: ['הפוסט הזה עדיין לא תורגם, ולכן הוא מוצג בשפת המקור.', 'לקריאת המקור'],
    };
    for (const [locale, [text, link]] of Object.entries(notices)) {
      const notice = (await page(`${locale}/2025/01/02/english-only`))('article [role="note"]');
      expect([notice.attr('lang'), notice.attr('dir')], locale).toEqual([locale, 'rtl']);
      expect(notice.text(), locale).toBe(`${text} ${link}`);
      expect(notice.find('a').text(), locale).toBe(link);
    }
  });

  it('are never advertised as Arabic, and point search engines at the original', async () => {
    for (const locale of ['', 'ar/', 'fa/', 'he/']) {
      const links = await alternates(`${locale}2025/01/02/english-only`);
      expect(links, locale).toEqual([`en ${URL}/2025/01/02/english-only`, `x-default ${URL}/2025/01/02/english-only`]);
    }
    const $ = await page('ar/2025/01/02/english-only');
    expect($('link[rel="canonical"]').attr('href')).toBe(`${URL}/2025/01/02/english-only`);
    expect($('meta[property="og:locale"]').attr('content')).toBe('en_US');
  });

  it('carry their language in list items, the sidebar and the feeds', async () => {
    const list = (await page('ar')).html();
    expect(list).toMatch(/<article[^>]*lang="?en"?[^>]*dir="?ltr"?/);
    const $ = await page('ar/2025/01/01/shared');
    const sidebar = $('aside nav a[href="/ar/2025/01/02/english-only"] bdi');
    expect([sidebar.attr('lang'), sidebar.attr('dir')]).toEqual(['en', 'ltr']);
    expect(await file('ar/atom.xml')).toMatch(
      /<feed xml:lang="ar"[\s\S]*<entry xml:lang="en">\s*<title type="(?:html|text)"><!\[CDATA\[An English post, not translated\]\]>/,
    );
    const json = JSON.parse(await file('ar/feed.json'));
    expect(json.language).toBe('ar');
    expect(json.items.find((i: {title: string}) => i.title === 'An English post, not translated').language).toBe('en');
  });
});

describe('per-post language', () => {
  it('a post with lang: en in the Persian blog is English everywhere it appears', async () => {
    const $ = await page('fa/2025/01/05/english-in-persian');
    expect([$('html').attr('lang'), $('article').attr('lang'), $('article').attr('dir')]).toEqual(['fa', 'en', 'ltr']);
    const ld = JSON.parse($('script[type="application/ld+json"]').text());
    expect(ld).toMatchObject({'@type': 'BlogPosting', inLanguage: 'en'});
    const json = JSON.parse(await file('fa/feed.json'));
    expect(json.items.find((i: {title: string}) => i.title === 'An English note in the Persian blog').language).toBe(
      'en',
    );
  });
});

describe('head', () => {
  it('announces a post translated everywhere in every locale, with Open Graph locales', async () => {
    expect(await alternates('fa/2025/01/01/shared')).toEqual([
      `en ${URL}/2025/01/01/shared`,
      `ar ${URL}/ar/2025/01/01/shared`,
      `fa ${URL}/fa/2025/01/01/shared`,
      `he ${URL}/he/2025/01/01/shared`,
      `x-default ${URL}/2025/01/01/shared`,
    ]);
    const $ = await page('ar/2025/01/01/shared');
    expect($('meta[property="og:locale"]').attr('content')).toBe('ar_AR');
    expect(
      $('meta[property="og:locale:alternate"]')
        .map((_, el) => $(el).attr('content'))
        .get(),
    ).toEqual(['en_US', 'fa_IR', 'he_IL']);
    expect(JSON.parse($('script[type="application/ld+json"]').text())).toMatchObject({
      '@type': 'BlogPosting',
      inLanguage: 'ar',
    });
  });
});

describe('bidi isolation', () => {
  it('isolates tags, author names and titles among other text', async () => {
    const $ = await page('ar/2025/01/01/shared');
    expect(
      $('article footer a[rel="tag"] > bdi')
        .map((_, el) => $(el).text())
        .get(),
    ).toEqual(['مفتوح المصدر', 'DeepSeek']);
    expect($('article header .avatar__name bdi').text()).toBe('لارك');
    // An Arabic title that starts with a Latin word keeps the right-to-left direction.
    expect($('aside nav a[href="/ar/2025/01/01/shared"] bdi').attr('dir')).toBe('rtl');
    expect($('.pagination-nav__label > bdi').length).toBeGreaterThan(0);
  });
});

describe('digits', () => {
  it('follow the locale: Persian and Arabic-Indic where chosen, Latin elsewhere', async () => {
    const header = async (p: string) => (await page(p))('article header').first().text();
    // Persian: the locale's calendar (Solar Hijri, as Docusaurus chooses for fa), Persian digits.
    const fa = await header('fa/2025/01/01/shared');
    expect(fa).toMatch(/[۰-۹]{4}/);
    expect(fa).not.toMatch(/[0-9٠-٩]/);
    const ar = await header('ar/2025/01/01/shared');
    expect(ar).toMatch(/٢٠٢٥/);
    expect(ar).not.toMatch(/[0-9۰-۹]/);
    // Counts too, with the right plural form: two posts are the dual, written without a number.
    expect((await page('ar/tags/open-source'))('h1').text()).toBe('مقالتان موسومة بـ "مفتوح المصدر"');
    const he = await header('he/2025/01/01/shared');
    expect(he).toMatch(/2025/);
    expect(he).not.toMatch(/[٠-٩۰-۹]/);
  });
});

/** The levels of the headings in a post's article, title first, and the levels its table of contents links to. */
function outline($: Awaited<ReturnType<typeof page>>) {
  const levels = $('article')
    .find('h1, h2, h3, h4, h5, h6')
    .map((_, el) => Number(el.tagName.slice(1)))
    .get();
  const toc = $('.table-of-contents a')
    .map((_, el) => {
      const target = $(`[id="${decodeURIComponent($(el).attr('href')!.slice(1))}"]`).get(0);
      return target ? Number(target.tagName.slice(1)) : 0;
    })
    .get();
  return {levels, toc};
}

describe('heading levels', () => {
  it('raises a heading that skips a level below the one before it, in the page and its table of contents', async () => {
    // Written: ### #### ## ##### under the title.
    const {levels, toc} = outline(await page('he/2025/01/03/hebrew-only'));
    expect(levels).toEqual([1, 2, 3, 2, 3]);
    expect(toc).toEqual([2, 3, 2, 3]);
  });
});

describe('options untranslatedPosts: hide and headingLevels: as-written', () => {
  let outDir: string;
  beforeAll(async () => {
    ({outDir} = await buildSite(SITE, {QALAM_UNTRANSLATED: 'hide', QALAM_HEADINGS: 'as-written'}));
  });

  it('leaves untranslated posts out of the other locales', async () => {
    await expect(readFile(path.join(outDir, 'ar/2025/01/02/english-only/index.html'))).rejects.toThrow();
    expect(await readFile(path.join(outDir, '2025/01/02/english-only/index.html'), 'utf8')).toContain(
      'An English post, not translated',
    );
    expect(await readFile(path.join(outDir, 'ar/sitemap.xml'), 'utf8')).not.toContain('english-only');
  });

  it('keeps heading levels as the post writes them', async () => {
    const {levels} = outline(await loadPage(outDir, 'he/2025/01/03/hebrew-only/index.html'));
    expect(levels).toEqual([1, 3, 4, 2, 5]);
  });
});

describe('the language switch', () => {
  it('leads from every page of every locale to a page that exists', async () => {
    const pages = (await readdir(out, {recursive: true})).filter((f) => f.endsWith('.html'));
    const exists = async (href: string) => {
      const base = path.join(out, decodeURI(href));
      for (const candidate of [`${base}.html`, path.join(base, 'index.html')]) {
        try {
          await access(candidate);
          return true;
        } catch {
          // try the next form
        }
      }
      return false;
    };
    const missing: string[] = [];
    let links = 0;
    for (const p of pages) {
      const $ = await loadPage(out, p);
      for (const a of $('a.dropdown__link[hreflang]').toArray()) {
        links++;
        const href = $(a).attr('href')!;
        if (!(await exists(href))) missing.push(`${p} → ${href}`);
      }
    }
    expect(links).toBeGreaterThan(pages.length * 3);
    expect(missing).toEqual([]);
  });

  it("leads from a locale-only post to the other locales' lists, with a tooltip, and labels its items with hreflang", async () => {
    const $ = await page('he/2025/01/03/hebrew-only');
    const items = $('a.dropdown__link[hreflang]')
      .map((_, a) => `${$(a).attr('hreflang')} ${$(a).attr('href')} ${$(a).attr('title') ? 'title' : ''}`.trim())
      .get();
    expect(items).toEqual(['en / title', 'ar /ar/ title', 'fa /fa/ title', 'he /he/2025/01/03/hebrew-only']);
  });
});
