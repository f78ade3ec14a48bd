/**
 * A blog in fifteen locales (tests/fixtures/sites/fifteen: en ar fa es fr pt
 * tr id vi ru hi th ja ko zh, Arabic and Persian right to left), built once:
 * a card for every post in every locale, hreflang, locale-only posts, the
 * untranslated-post notice in each locale's language, plural forms and digits
 * per locale. Then each of two locales built alone and merged: the same files
 * as the full build.
 */
import {execFile} from 'node:child_process';
import {mkdtemp, readdir, readFile, stat} from 'node:fs/promises';
import {existsSync, readdirSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';
import {beforeAll, describe, expect, it} from 'vitest';
import {shippedTranslations} from '../../plugins/blog/plugin/translations';
import {run} from '../helpers/run';
import {buildSite, loadPage, ROOT} from '../helpers/site';

const SITE = path.join(ROOT, 'tests/fixtures/sites/fifteen');
const URL = 'https://fixture.example.org';
const LOCALES = ['en', 'ar', 'fa', 'es', 'fr', 'pt', 'tr', 'id', 'vi', 'ru', 'hi', 'th', 'ja', 'ko', 'zh'];
const RTL = new Set(['ar', 'fa']);
/** A locale's folder of posts, and its prefix in the built site. */
const folderOf = (locale: string) =>
  locale === 'en' ? path.join(SITE, 'blog') : path.join(SITE, 'i18n', locale, 'docusaurus-plugin-content-blog');
const prefix = (locale: string) => (locale === 'en' ? '' : `${locale}/`);
/** 2025-02-01-fifteen-languages.md → 2025/02/01/fifteen-languages */
const postPath = (file: string) => file.replace(/^(\d{4})-(\d{2})-(\d{2})-(.*)\.mdx?$/, '$1/$2/$3/$4');
const postsIn = (locale: string) => readdirSync(folderOf(locale)).filter((f) => /\.mdx?$/.test(f));
const ownImage = (file: string) => file.endsWith('-own-image.md');

let out: string;

beforeAll(async () => {
  ({outDir: out} = await buildSite(SITE));
}, 1_200_000);

const page = (p: string) => loadPage(out, `${p}/index.html`);
const alternates = async (p: string) => {
  const $ = await page(p);
  return $('link[rel="alternate"][hreflang]')
    .map((_, el) => `${$(el).attr('hreflang')} ${$(el).attr('href')}`)
    .get();
};

describe('fifteen locales', () => {
  it('check clean', async () => {
    const result = await run(process.execPath, [path.join(ROOT, 'plugins/blog/bin/run.mjs'), 'check', SITE]);
    expect(result.stdout).toContain('No problems in 27 posts (15 locales)');
    expect(result.code).toBe(0);
  });

  it('give every post without its own image a card, in every locale it is shown in', () => {
    const english = postsIn('en');
    for (const locale of LOCALES) {
      // The default locale's posts show in every locale (translated or under the notice), plus the locale's own.
      const shown = new Set([...english, ...postsIn(locale)]);
      for (const file of shown) {
        const card = path.join(out, prefix(locale), 'img/cards', `${postPath(file)}.png`);
        expect(existsSync(path.join(out, prefix(locale), postPath(file), 'index.html')), `${locale} ${file}`).toBe(
          true,
        );
        expect(existsSync(card), `${locale} ${file}: card`).toBe(!ownImage(file));
      }
    }
  });

  it('point og:image at the card of the page’s own locale', async () => {
    for (const locale of ['en', 'fa', 'ja', 'th']) {
      const $ = await page(`${prefix(locale)}2025/02/01/fifteen-languages`);
      expect($('meta[property="og:image"]').attr('content')).toBe(
        `${URL}/${prefix(locale)}img/cards/2025/02/01/fifteen-languages.png`,
      );
    }
  });

  it('announce a post in every locale it is written in, and only those', async () => {
    const everywhere = [
      ...LOCALES.map((l) => `${l} ${URL}/${prefix(l)}2025/02/01/fifteen-languages`),
      `x-default ${URL}/2025/02/01/fifteen-languages`,
    ];
    for (const locale of ['en', 'fa', 'zh']) {
      expect(await alternates(`${prefix(locale)}2025/02/01/fifteen-languages`), locale).toEqual(everywhere);
    }
    const counting = ['en', 'ar', 'fa', 'ru', 'hi', 'th', 'ja'];
    const some = [
      ...counting.map((l) => `${l} ${URL}/${prefix(l)}2025/02/02/counting`),
      `x-default ${URL}/2025/02/02/counting`,
    ];
    // Translated (ja) and untranslated (es, shown under the notice) pages alike.
    expect(await alternates('ja/2025/02/02/counting')).toEqual(some);
    expect(await alternates('es/2025/02/02/counting')).toEqual(some);
    const $ = await page('es/2025/02/02/counting');
    expect($('link[rel="canonical"]').attr('href')).toBe(`${URL}/2025/02/02/counting`);
  });

  it('publish a locale-only post in its locale alone', async () => {
    const only = {fa: '2025/02/05/persian-only', ja: '2025/02/06/japanese-only', ru: '2025/02/07/russian-only'};
    for (const [locale, post] of Object.entries(only)) {
      for (const other of LOCALES) {
        expect(existsSync(path.join(out, prefix(other), post, 'index.html')), `${post} in ${other}`).toBe(
          other === locale,
        );
      }
      expect(await alternates(`${locale}/${post}`)).toEqual([
        `${locale} ${URL}/${locale}/${post}`,
        `x-default ${URL}/${locale}/${post}`,
      ]);
      expect((await page(locale)).html()).toContain(`/${locale}/${post}`);
    }
  });

  it("show an untranslated post under a notice in each locale's own language, with its lang and dir", async () => {
    for (const locale of LOCALES.filter((l) => l !== 'en')) {
      const strings = shippedTranslations(locale);
      const link = strings['qalam.untranslated.originalLink']!;
      const $ = await page(`${locale}/2025/02/03/english-only`);
      const notice = $('article [role="note"]');
      expect([notice.attr('lang'), notice.attr('dir')], locale).toEqual([locale, RTL.has(locale) ? 'rtl' : 'ltr']);
      expect(notice.text(), locale).toBe(strings['qalam.untranslated.notice']!.replace('{original}', link));
      expect(notice.find('a').attr('href'), locale).toBe(`${URL}/2025/02/03/english-only`);
      expect([$('article').attr('lang'), $('article').attr('dir')], locale).toEqual(['en', 'ltr']);
    }
    // A translated post has no notice.
    expect((await page('ja/2025/02/02/counting'))('article [role="note"]')).toHaveLength(0);
  });

  it("count posts in each language's plural forms and digits", async () => {
    // `languages` holds three of the default locale's posts, and the locale's own (fa, ja, ru);
    // `numbers` holds two.
    const titles: Record<string, [string, string]> = {
      en: ['3 posts', '2 posts'],
      ar: ['٣ مقالات', 'مقالتان'],
      fa: ['۴ نوشته', '۲ نوشته'],
      ru: ['4 записи', '2 записи'],
      id: ['3 pos', '2 pos'],
      th: ['3 โพสต์', '2 โพสต์'],
      ja: ['4件', '2件'],
      fr: ['3 articles', '2 articles'],
    };
    for (const [locale, [languages, numbers]] of Object.entries(titles)) {
      expect((await page(`${prefix(locale)}tags/languages`))('h1').text(), locale).toContain(languages);
      expect((await page(`${prefix(locale)}tags/numbers`))('h1').text(), locale).toContain(numbers);
    }
  });

  it("give reading times in each language's plural forms and digits", async () => {
    const reading = async (p: string) => (await page(p))('article header time').parent().text();
    // One minute: the one form where the language has one.
    const oneMinute: Record<string, string> = {
      en: 'One min read',
      ar: 'قراءة في دقيقة واحدة',
      fa: '۱ دقیقه مطالعه',
      ru: '1 минута чтения',
      th: 'อ่าน 1 นาที',
      ja: '約1分',
      id: '1 menit membaca',
    };
    for (const [locale, text] of Object.entries(oneMinute))
      expect(await reading(`${prefix(locale)}2025/02/01/fifteen-languages`), locale).toContain(text);
    // The longer post: a few minutes.
    expect(await reading('ru/2025/02/02/counting')).toMatch(/ · \d+ минут(ы)? чтения$/);
    expect(await reading('fa/2025/02/02/counting')).toMatch(/ · [۰-۹]+ دقیقه مطالعه$/);
    expect(await reading('ar/2025/02/02/counting')).toMatch(/ · قراءة في [٠-٩]+ (دقائق|دقيقة)$/);
  });

  it("write dates in each locale's digits: Persian its own by default, Arabic's by the digits option", async () => {
    const date = async (locale: string) =>
      (await page(`${prefix(locale)}2025/02/01/fifteen-languages`))('article header time').text();
    expect(await date('fa')).toMatch(/^[۰-۹]+ \S+ [۰-۹]{4}$/);
    expect(await date('ar')).toBe('١ فبراير ٢٠٢٥');
    for (const locale of ['en', 'ru', 'hi', 'ja', 'ko', 'zh', 'vi', 'tr'])
      expect(await date(locale), locale).toMatch(/2025/);
  });
});

/** `docusaurus build --locale X` alone, into its own folder. */
async function buildLocale(locale: string): Promise<string> {
  const outDir = await mkdtemp(path.join(tmpdir(), `qalam-build-${locale}-`));
  await promisify(execFile)(
    path.join(ROOT, 'node_modules/.bin/docusaurus'),
    ['build', SITE, '--locale', locale, '--out-dir', outDir],
    {cwd: SITE, env: {...process.env, FORCE_COLOR: '0'}, maxBuffer: 64 * 1024 * 1024},
  );
  return outDir;
}

/** Every file under `dir`, relative to it. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, {recursive: true, withFileTypes: true});
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

describe('one locale at a time', () => {
  const built: Record<string, string> = {};

  beforeAll(async () => {
    for (const locale of ['en', 'ar']) built[locale] = await buildLocale(locale);
  }, 1_200_000);

  it('writes the default locale at the root of its folder, another locale under its own folder only', async () => {
    expect(await readdir(built.ar!)).toEqual(['ar']);
    expect(await readdir(built.en!)).not.toContain('ar');
  });

  it('gives, merged, the files of the full build for those locales', async () => {
    // The full build's files of en (all but the other locales' folders) and of ar.
    const others = new Set(LOCALES.filter((l) => l !== 'en'));
    const full = (await filesUnder(out)).filter((f) => {
      const first = f.split(path.sep)[0]!;
      return !others.has(first) || first === 'ar';
    });
    const merged = [...(await filesUnder(built.en!)), ...(await filesUnder(built.ar!))].sort();
    // Rspack's runtime chunk (runtime~main.<hash>.js) is not the same bytes from one build
    // to another: the same code, its minified local names swapped (c for f). Its name and
    // the pages' script tag naming it are compared without the hash; every other file byte
    // for byte.
    const runtime = /runtime~main\.[0-9a-f]+\.js/g;
    const unhashed = (text: string) => text.replace(runtime, 'runtime~main.js');
    expect(merged.map(unhashed)).toEqual(full.map(unhashed));
    const mergedByName = new Map(merged.map((f) => [unhashed(f), f]));
    const differing: string[] = [];
    for (const file of full) {
      const from = file.startsWith(`ar${path.sep}`) ? built.ar! : built.en!;
      const [a, b] = await Promise.all([
        readFile(path.join(out, file)),
        readFile(path.join(from, mergedByName.get(unhashed(file))!)),
      ]);
      const same = /runtime~main\.[0-9a-f]+\.js$/.test(file)
        ? a.length === b.length
        : a.equals(b) || unhashed(a.toString('latin1')) === unhashed(b.toString('latin1'));
      if (!same) differing.push(file);
    }
    expect(differing).toEqual([]);
    // What the comparison covers: cards, a locale-only post's absence, the notice, hreflang.
    expect(full).toContain(path.join('ar', 'img/cards/2025/02/03/english-only.png'));
    expect(full).toContain(path.join('img/cards/2025/02/03/english-only.png'));
    expect((await stat(path.join(built.ar!, 'ar/2025/02/03/english-only/index.html'))).isFile()).toBe(true);
  });
});
