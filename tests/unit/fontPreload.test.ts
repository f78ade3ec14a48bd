import {mkdir, mkdtemp, readdir, readFile, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import type {I18n} from '@docusaurus/types';
import {describe, expect, it} from 'vitest';
import {arabicFontUrls, preloadArabicFont, writtenInArabic} from '../../plugins/blog/plugin/fontPreload';

const i18nOf = (currentLocale: string, htmlLang?: string) =>
  ({currentLocale, localeConfigs: {[currentLocale]: htmlLang ? {htmlLang} : {}}}) as unknown as I18n;

describe('the Arabic font files of a stylesheet', () => {
  it.each([
    [
      'minified, the range with wildcards',
      '@font-face{font-family:A;src:url(/ar/assets/fonts/a-1f.woff2)format("woff2");unicode-range:U+6??,U+200C-200E}' +
        '@font-face{font-family:A;src:url(/ar/assets/fonts/b-2e.woff2)format("woff2");unicode-range:U+750-77F,U+FB50-FBC2}',
      ['/ar/assets/fonts/a-1f.woff2'],
    ],
    [
      'as written, quoted, beside a WOFF fallback',
      "@font-face {\n  src: url('../fonts/a.woff2') format('woff2'), url(../fonts/a.woff) format('woff');\n  unicode-range: U+0600-06FF;\n}",
      ['../fonts/a.woff2'],
    ],
    ['a single code point', '@font-face{src:url(x.woff2)format("woff2");unicode-range:U+627}', ['x.woff2']],
    ['a Latin face', '@font-face{src:url(l.woff2)format("woff2");unicode-range:U+0000-00FF}', []],
    ['a face with no range, for every script', '@font-face{src:url(all.woff2)format("woff2")}', []],
    [
      'a face inlined as data',
      '@font-face{src:url(data:font/woff2;base64,AAAA)format("woff2");unicode-range:U+6??}',
      [],
    ],
    ['a face with no WOFF2', '@font-face{src:url(a.ttf)format("truetype");unicode-range:U+6??}', []],
  ])('%s', (_, css, urls) => {
    expect(arabicFontUrls(css)).toEqual(urls);
  });
});

describe('a locale written in Arabic script', () => {
  it.each([
    ['ar', undefined, true],
    ['fa', undefined, true],
    ['ur', 'ur-PK', true],
    ['en', undefined, false],
    ['he', undefined, false],
    ['pa', 'pa-Arab', true],
    ['x', 'not a language tag', false],
  ])('%s (htmlLang %s): %s', (locale, htmlLang, arabic) => {
    expect(writtenInArabic(i18nOf(locale, htmlLang))).toBe(arabic);
  });
});

describe('the preload written into the pages', () => {
  async function site(locale: string) {
    const outDir = await mkdtemp(path.join(tmpdir(), 'qalam-preload-'));
    await mkdir(path.join(outDir, 'assets/css'), {recursive: true});
    await mkdir(path.join(outDir, 'posts'), {recursive: true});
    await writeFile(
      path.join(outDir, 'assets/css/styles.1.css'),
      '@font-face{src:url(/ar/assets/fonts/naskh-9a.woff2)format("woff2");unicode-range:U+6??}',
    );
    const page = (title: string) =>
      `<!doctype html><html><head><title>${title}</title><link rel=stylesheet href=/ar/assets/css/styles.1.css /></head><body>${title}</body></html>`;
    await writeFile(path.join(outDir, 'index.html'), page('home'));
    await writeFile(path.join(outDir, 'posts/one.html'), page('مقالة'));
    await preloadArabicFont({
      outDir,
      baseUrl: '/ar/',
      i18n: i18nOf(locale),
      siteConfig: {trailingSlash: false} as never,
      routesBuildMetadata: {'/ar/': {}, '/ar/posts/one': {}},
    });
    // Each page is written whole, then renamed over the old one: nothing else is left.
    expect((await readdir(outDir, {recursive: true})).sort()).toEqual([
      'assets',
      'assets/css',
      'assets/css/styles.1.css',
      'index.html',
      'posts',
      'posts/one.html',
    ]);
    return [
      await readFile(path.join(outDir, 'index.html'), 'utf8'),
      await readFile(path.join(outDir, 'posts/one.html'), 'utf8'),
    ];
  }

  it('names the font as the stylesheet does, before the stylesheet, on every page of an Arabic locale', async () => {
    const preload =
      '<link rel="preload" href="/ar/assets/fonts/naskh-9a.woff2" as="font" type="font/woff2" crossorigin>';
    expect(await site('ar')).toEqual([
      `<!doctype html><html><head><title>home</title>${preload}<link rel=stylesheet href=/ar/assets/css/styles.1.css /></head><body>home</body></html>`,
      `<!doctype html><html><head><title>مقالة</title>${preload}<link rel=stylesheet href=/ar/assets/css/styles.1.css /></head><body>مقالة</body></html>`,
    ]);
  });

  it('leaves the pages of another locale as they are', async () => {
    for (const html of await site('en')) expect(html).not.toContain('preload');
  });
});
