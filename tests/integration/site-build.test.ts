import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {parse as parseYaml} from 'yaml';
import {ROOT, buildSite, loadPage} from '../helpers/site';

const SEED = 'i18n/ar/docusaurus-plugin-content-blog/2025-01-29-deepseek-open-source-revolution.md';
const SEED_PAGE = '2025/01/29/deepseek-open-source-revolution.html';

let outDir: string;
let buildOutput: string;
let seed: {title: string; description: string; image: string; tags: string[]};

beforeAll(async () => {
  const build = await buildSite();
  outDir = build.outDir;
  buildOutput = build.stdout + build.stderr;
  const source = await readFile(path.join(ROOT, SEED), 'utf8');
  seed = parseYaml(source.split(/^---$/m)[1]!);
});

describe('the build', () => {
  it("prints the front matter report once for both locales, with the seed's two warnings", () => {
    expect(buildOutput.split('Front matter check:').length - 1).toBe(1);
    expect(buildOutput).toContain(
      'i18n/ar/docusaurus-plugin-content-blog/2025-01-29-deepseek-open-source-revolution.md:6:14 warning description-length [ar] description',
    );
    expect(buildOutput).toContain(
      'i18n/ar/docusaurus-plugin-content-blog/2025-01-29-deepseek-open-source-revolution.md:2:1 warning translation-stale [ar]',
    );
    expect(buildOutput).toContain('⚠ 0 errors, 2 warnings in 8 posts (2 locales)');
  });
});

describe('the Arabic seed post, built', () => {
  it('is a right-to-left Arabic page', async () => {
    const $ = await loadPage(outDir, `ar/${SEED_PAGE}`);
    expect($('html').attr('lang')).toBe('ar');
    expect($('html').attr('dir')).toBe('rtl');
  });

  it('carries the title, description and image of its front matter', async () => {
    const $ = await loadPage(outDir, `ar/${SEED_PAGE}`);
    expect($('article h1').first().text()).toBe(seed.title);
    expect($('title').text()).toBe(`${seed.title} | قلم`);
    expect($('meta[name="description"]').attr('content')).toBe(seed.description);
    expect($('meta[property="og:description"]').attr('content')).toBe(seed.description);
    expect($('meta[property="og:image"]').attr('content')).toBe(seed.image);
  });

  it('has one article:tag meta per tag', async () => {
    const $ = await loadPage(outDir, `ar/${SEED_PAGE}`);
    const tags = $('meta[property="article:tag"]')
      .map((_, el) => $(el).attr('content'))
      .get();
    expect(tags).toEqual(seed.tags);
  });

  it('names its author in Arabic with a self-hosted avatar', async () => {
    const $ = await loadPage(outDir, `ar/${SEED_PAGE}`);
    expect($('article header .avatar__name').text()).toBe('لارك');
    expect($('article header img.avatar__photo').attr('src')).toBe('/ar/img/authors/lark.svg');
  });

  it('writes its reading time and date in Arabic, with one digit system', async () => {
    const $ = await loadPage(outDir, `ar/${SEED_PAGE}`);
    const header = $('article header').text();
    expect(header).toContain('قراءة في 6 دقائق');
    expect(header).toContain('29 يناير 2025');
    expect($('body').text()).not.toMatch(/[\u0660-\u0669\u06F0-\u06F9]/);
  });

  it('shows Arabic in the navbar, sidebar, footer and labels', async () => {
    const $ = await loadPage(outDir, `ar/${SEED_PAGE}`);
    expect(
      $('.navbar__items a.navbar__link')
        .map((_, el) => $(el).text())
        .get(),
    ).toEqual(expect.arrayContaining(['المقالات', 'الوسوم', 'الأرشيف']));
    expect($('.navbar__title').text()).toBe('قلم');
    expect($('aside nav > div').first().text()).toBe('أحدث المقالات');
    expect($('footer').text()).toContain('كل المقالات');
    const labels = $('[aria-label]')
      .map((_, el) => $(el).attr('aria-label'))
      .get();
    expect(labels.length).toBeGreaterThan(3);
    expect(labels.filter((label) => !/[\u0600-\u06FF]/.test(label))).toEqual([]);
  });

  it('is the same post as the English one, at the same path', async () => {
    const $ = await loadPage(outDir, SEED_PAGE);
    expect($('html').attr('lang')).toBe('en');
    expect($('html').attr('dir')).toBe('ltr');
    expect($('article h1').first().text()).toContain('DeepSeek');
    const ar = await loadPage(outDir, `ar/${SEED_PAGE}`);
    expect(ar('link[hreflang="en"]').attr('href')).toBe(
      'https://qalam.example.org/2025/01/29/deepseek-open-source-revolution',
    );
  });
});

describe('posts of one language in the Arabic blog', () => {
  it('an English post without translation is shown with an Arabic notice and its own language', async () => {
    const $ = await loadPage(outDir, 'ar/2025/04/20/notes-on-bidi-isolation.html');
    expect([$('article').attr('lang'), $('article').attr('dir')]).toEqual(['en', 'ltr']);
    expect($('article [role="note"]').text()).toBe('لم تُترجم هذه المقالة بعد، فهي معروضة بلغتها الأصلية. اقرأ الأصل');
    expect($('link[rel="canonical"]').attr('href')).toBe(
      'https://qalam.example.org/2025/04/20/notes-on-bidi-isolation',
    );
    expect($('link[hreflang="ar"]').length).toBe(0);
  });

  it('an Arabic-only post is in the Arabic blog and not in the English one', async () => {
    const $ = await loadPage(outDir, 'ar/2025/04/10/arabic-typography-on-the-web.html');
    expect($('article h1').text()).toBe('الطباعة العربية على الويب: الخط والحركات والاتجاه');
    expect($('link[hreflang="en"]').length).toBe(0);
    await expect(loadPage(outDir, '2025/04/10/arabic-typography-on-the-web.html')).rejects.toThrow();
  });
});

describe('Arabic plurals on list pages', () => {
  it('a tag with one post says "one post", not "1 posts"', async () => {
    const $ = await loadPage(outDir, 'ar/tags/deepseek.html');
    expect($('h1').text()).toBe('الوسم «DeepSeek»: مقالة واحدة');
  });

  it("a tag with two posts uses the dual, and the seed's Arabic tag labels count as their keys", async () => {
    const $ = await loadPage(outDir, 'ar/tags/ai.html');
    expect($('h1').text()).toBe('الوسم «الذكاء الاصطناعي»: مقالتان');
    const seed = await loadPage(outDir, `ar/${SEED_PAGE}`);
    expect(
      seed('article footer a[href*="/tags/"]')
        .map((_, el) => seed(el).attr('href'))
        .get(),
    ).toEqual([
      '/ar/tags/ai',
      '/ar/tags/open-source',
      '/ar/tags/deepseek',
      '/ar/tags/blockchain',
      '/ar/tags/decentralized-computing',
    ]);
  });

  it('an author page counts five posts with the plural for 3 to 10', async () => {
    const $ = await loadPage(outDir, 'ar/authors/lark.html');
    expect($('title').text()).toBe('لارك: 5 مقالات | قلم');
  });

  it('the post list says "a one-minute read", not "1 minutes read"', async () => {
    const $ = await loadPage(outDir, 'ar/index.html');
    const text = $('main').text();
    expect(text).toContain('قراءة في دقيقة واحدة');
    expect(text).not.toMatch(/1 دقائق|1 مقالات/);
    expect($('nav.pagination-nav').text()).toContain('مقالات أقدم');
  });
});
