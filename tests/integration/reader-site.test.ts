/**
 * What a reader of the built site meets beyond the posts themselves: the
 * Arabic output in Arabic (head, feeds, structured data), an untranslated
 * post's one answer about its URL, and the lists and indexes.
 */
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {buildSite, loadPage} from '../helpers/site';

const URL = 'https://qalam.example.org';
const UNTRANSLATED = '2025/04/20/notes-on-bidi-isolation';
let outDir: string;

beforeAll(async () => {
  ({outDir} = await buildSite());
});

const file = (p: string) => readFile(path.join(outDir, p), 'utf8');
const jsonLd = async (p: string) => {
  const $ = await loadPage(outDir, p);
  const blocks: Record<string, unknown>[] = $('script[type="application/ld+json"]')
    .toArray()
    .map((el) => JSON.parse($(el).text()) as Record<string, unknown>);
  return blocks.find((data) => data['@type'] === 'BlogPosting')!;
};

describe('the Arabic output is Arabic', () => {
  it("titles the head's feed links in Arabic", async () => {
    const $ = await loadPage(outDir, 'ar/index.html');
    expect(
      $('link[rel="alternate"][type]')
        .map((_, el) => $(el).attr('title'))
        .get(),
    ).toEqual(['قلم: خلاصة RSS', 'قلم: خلاصة Atom', 'قلم: خلاصة JSON']);
    const en = await loadPage(outDir, 'index.html');
    expect(en('link[rel="alternate"][type="application/rss+xml"]').attr('title')).toBe('Qalam RSS Feed');
  });

  it("writes the feeds' copyright in Arabic", async () => {
    expect(await file('ar/rss.xml')).toContain('<copyright>© كتّاب قلم</copyright>');
    expect(await file('ar/atom.xml')).toContain('<rights>© كتّاب قلم</rights>');
    expect(await file('rss.xml')).toContain('<copyright>© Qalam authors</copyright>');
  });

  it("captions the post's image in its structured data in Arabic", async () => {
    const data = await jsonLd('ar/2025/01/29/deepseek-open-source-revolution.html');
    expect((data.image as {caption: string}).caption).toBe(
      'صورة عنوان المقالة: ثورة DeepSeek مفتوحة المصدر: رؤى من قمة AI مغلقة الأبواب',
    );
  });
});

describe('an untranslated post under /ar/', () => {
  it('names its original as its canonical URL, og:url and JSON-LD @id, url and mainEntityOfPage', async () => {
    const $ = await loadPage(outDir, `ar/${UNTRANSLATED}.html`);
    const original = `${URL}/${UNTRANSLATED}`;
    expect($('link[rel="canonical"]').attr('href')).toBe(original);
    expect($('meta[property="og:url"]').attr('content')).toBe(original);
    const data = await jsonLd(`ar/${UNTRANSLATED}.html`);
    expect([data['@id'], data.url, data.mainEntityOfPage]).toEqual([original, original, original]);
  });

  it('is left out of the Arabic sitemap, and its original is in the English one', async () => {
    expect(await file('ar/sitemap.xml')).not.toContain(UNTRANSLATED);
    expect(await file('sitemap.xml')).toContain(`<loc>${URL}/${UNTRANSLATED}</loc>`);
  });
});

describe('the feeds and sitemaps', () => {
  it('JSON Feed says version 1.1, whose `language` it uses', async () => {
    const feed = JSON.parse(await file('ar/feed.json')) as {version: string; language: string};
    expect([feed.version, feed.language]).toEqual(['https://jsonfeed.org/version/1.1', 'ar']);
  });

  it('list the versions of a translated post as hreflang alternates, and none for a post in one language', async () => {
    const sitemap = await file('ar/sitemap.xml');
    const entry = (loc: string) => new RegExp(`<url><loc>${loc}</loc>.*?</url>`).exec(sitemap)?.[0] ?? '';
    const seed = entry(`${URL}/ar/2025/01/29/deepseek-open-source-revolution`);
    expect(seed).toContain(
      `<xhtml:link rel="alternate" hreflang="en" href="${URL}/2025/01/29/deepseek-open-source-revolution"/>`,
    );
    expect(seed).toContain(
      `<xhtml:link rel="alternate" hreflang="ar" href="${URL}/ar/2025/01/29/deepseek-open-source-revolution"/>`,
    );
    expect(seed).toContain(`hreflang="x-default" href="${URL}/2025/01/29/deepseek-open-source-revolution"`);
    expect(entry(`${URL}/ar/2025/04/10/arabic-typography-on-the-web`)).not.toContain('xhtml:link');
  });

  it('robots.txt names both sitemaps', async () => {
    expect(await file('robots.txt')).toContain(`Sitemap: ${URL}/sitemap.xml\nSitemap: ${URL}/ar/sitemap.xml`);
  });
});

describe('lists', () => {
  it('have an h1, the home page too', async () => {
    for (const p of [
      'index.html',
      'ar/index.html',
      'ar/page/2.html',
      'ar/tags.html',
      'ar/archive.html',
      'ar/authors.html',
    ]) {
      const $ = await loadPage(outDir, p);
      expect($('h1').length, p).toBe(1);
    }
    expect((await loadPage(outDir, 'ar/index.html'))('h1').text()).toBe('مدونة قلم');
  });

  it('the archive lists each year newest first, under one heading', async () => {
    const $ = await loadPage(outDir, 'ar/archive.html');
    expect($('header h1').text()).toBe('أرشيف');
    expect($('.hero__subtitle').length).toBe(0);
    const dates = $('main li a')
      .map((_, a) => $(a).attr('href'))
      .get()
      .map((href) => href.slice('/ar/'.length, '/ar/2025/01/29'.length));
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('link the feed and the authors from every page', async () => {
    const $ = await loadPage(outDir, 'ar/2025/01/29/deepseek-open-source-revolution.html');
    expect($('footer a[href="/ar/rss.xml"]').text()).toBe('خلاصة RSS');
    expect($('nav a[href="/ar/authors"]').first().text()).toBe('الكتّاب');
  });
});
