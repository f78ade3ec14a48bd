/**
 * The Arabic font, preloaded by the pages of a locale written in Arabic
 * script. Without it a phone lays a post's title out in the fallback font and
 * again when the font arrives, which moves everything below it (a layout
 * shift of 0.16 in Lighthouse on the Arabic seed post).
 *
 * The preload must name the font by the very URL the page's stylesheet names
 * it, or the browser downloads the font twice. That URL is the bundler's
 * (file name, hash, public path), and Rspack's persistent cache can keep the
 * URL of an earlier build of the locale under another baseUrl (a build of all
 * locales, then `--locale ar`). So the URL is read from the stylesheet each
 * page links, after the build, and the preload is written into the page, just
 * before that stylesheet's link. The dev server writes no page: it has none.
 */
import {readFile, rename, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {I18n, Props} from '@docusaurus/types';
import {scriptOf} from '../i18n/direction';
import {eachConcurrently} from '../shared/concurrently';
import {builtPage} from './upstream/builtPage';

/** ا: a face whose unicode-range holds it draws Arabic-script text. */
const ALEF = 0x627;

/** The `unicode-range` descriptor's code points, as written (`U+600-6FF`) or minified (`U+6??`). */
function inRange(range: string, codePoint: number): boolean {
  return range.split(',').some((part) => {
    const match = /^\s*U\+([0-9a-f?]+)(?:-([0-9a-f]+))?\s*$/i.exec(part);
    if (!match) return false;
    const [, first, last] = match;
    const low = parseInt(first!.replace(/\?/g, '0'), 16);
    const high = parseInt(last ?? first!.replace(/\?/g, 'f'), 16);
    return low <= codePoint && codePoint <= high;
  });
}

/** The WOFF2 files of the stylesheet's @font-face rules that draw Arabic letters, as the stylesheet names them. */
export function arabicFontUrls(css: string): string[] {
  const urls: string[] = [];
  for (const [, face] of css.matchAll(/@font-face\s*\{([^}]*)\}/gi)) {
    const range = /unicode-range\s*:\s*([^;]*)/i.exec(face!)?.[1];
    if (!range || !inRange(range, ALEF)) continue;
    const woff2 = /url\(\s*(["']?)([^"')]+)\1\s*\)\s*format\(\s*["']?woff2["']?\s*\)/i.exec(face!)?.[2];
    if (woff2 && !woff2.startsWith('data:')) urls.push(woff2);
  }
  return urls;
}

/** Whether the locale's language is written in Arabic script (Arabic, Persian, Urdu…). */
export function writtenInArabic({currentLocale, localeConfigs}: I18n): boolean {
  return scriptOf(localeConfigs[currentLocale]?.htmlLang ?? currentLocale)?.name === 'Arabic';
}

/**
 * The page's first stylesheet link: the byte where it starts, and the URL it
 * names. Markup is ASCII, so the head is read as Latin-1, a character a byte,
 * and only the URL is decoded as UTF-8: a page is never decoded whole.
 */
function stylesheetLink(page: Buffer): {index: number; href: string} | undefined {
  const end = page.indexOf('</head>');
  const head = page.toString('latin1', 0, end < 0 ? page.length : end);
  for (const link of head.matchAll(/<link\b[^>]*>/gi)) {
    if (!/\brel=["']?stylesheet["'\s/>]/i.test(link[0])) continue;
    const href = /\bhref=(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i.exec(link[0]);
    const url = href && (href[1] ?? href[2] ?? href[3]!);
    if (url) return {index: link.index, href: Buffer.from(url, 'latin1').toString('utf8')};
  }
  return undefined;
}

const escapeAttribute = (text: string): string => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** What postBuild knows that this needs: the pages the build wrote are `routesBuildMetadata`'s keys. */
type BuildProps = Pick<Props, 'outDir' | 'baseUrl' | 'i18n' | 'siteConfig'> & {routesBuildMetadata: object};

/** In a locale written in Arabic script, each page preloads the Arabic font files its stylesheet names. */
export async function preloadArabicFont({outDir, baseUrl, i18n, siteConfig, routesBuildMetadata}: BuildProps) {
  if (!writtenInArabic(i18n)) return;
  // Read once per stylesheet: every page links the same one.
  const preloads = new Map<string, Promise<Buffer>>();
  const preloadsOf = (href: string): Promise<Buffer> => {
    let tags = preloads.get(href);
    if (!tags) {
      tags = fontsOf(outDir, baseUrl, href).then((urls) =>
        Buffer.from(
          urls
            .map((url) => `<link rel="preload" href="${escapeAttribute(url)}" as="font" type="font/woff2" crossorigin>`)
            .join(''),
        ),
      );
      preloads.set(href, tags);
    }
    return tags;
  };
  await eachConcurrently(Object.keys(routesBuildMetadata), 16, async (pathname) => {
    const file = builtPage({outDir, baseUrl, pathname, trailingSlash: siteConfig.trailingSlash});
    const page = await readFile(file).catch(() => undefined);
    const link = page && stylesheetLink(page);
    if (!link) return;
    const tags = await preloadsOf(link.href);
    if (tags.length === 0) return;
    // Written whole, then renamed: the search index reads the pages meanwhile
    // (index.ts), and must never find one half written.
    const temporary = `${file}.${process.pid}.tmp`;
    await writeFile(temporary, Buffer.concat([page.subarray(0, link.index), tags, page.subarray(link.index)]));
    await rename(temporary, file);
  });
}

/** The Arabic font files a stylesheet of the build names, each as a URL the page can name it by. */
async function fontsOf(outDir: string, baseUrl: string, href: string): Promise<string[]> {
  // The stylesheet's own URL, resolved as the browser does, on a stand-in origin.
  const origin = 'http://site.invalid';
  const sheet = new URL(href, `${origin}${baseUrl}`);
  if (sheet.origin !== origin || !sheet.pathname.startsWith(baseUrl)) return [];
  const file = path.join(outDir, decodeURIComponent(sheet.pathname.slice(baseUrl.length)));
  const css = await readFile(file, 'utf8').catch(() => '');
  return arabicFontUrls(css).map((url) => {
    const font = new URL(url, sheet);
    return font.origin === origin ? font.pathname + font.search : font.href;
  });
}
