/**
 * The translation status page of each locale (`/translations` under the
 * blog's route): the posts still missing in the locale, those whose
 * translation is older than its original (git) and those left unfinished,
 * each with a link to the original and the file to edit. From the site's
 * check, which the build and the dev server run anyway.
 */
import path from 'node:path';
import type {BlogPost} from '@docusaurus/plugin-content-blog';
import type {PluginContentLoadedActions} from '@docusaurus/types';
import {normalizeUrl, posixPath} from '@docusaurus/utils';
import type {CheckResult} from '../check';
import {MAX_LISTED, shortened} from '../check/rules/staleTranslations';
import {translationStatus, type TranslationDetail, type TranslationState} from '../check/translations/status';
import type {TranslationStatusDetail, TranslationStatusEntry, TranslationStatusProps} from '../client/types';
import {directionOf} from '../i18n/direction';
import type {PluginSetup} from './setup';

const LISTED: readonly TranslationState[] = ['missing', 'stale', 'unfinished'];

const TRANSLATION_STATUS_PATH = 'translations';

export function translationStatusPage(
  {context, blogOptions, pageLang, pageDate, digits}: PluginSetup,
  result: CheckResult | undefined,
  posts: readonly BlogPost[],
  actions: PluginContentLoadedActions,
): void {
  const {baseUrl, i18n} = context;
  const {currentLocale, defaultLocale, localeConfigs} = i18n;
  // context.baseUrl ends with the locale in a locale's build ("/ar/").
  const siteBase = currentLocale === defaultLocale ? baseUrl : baseUrl.slice(0, -(currentLocale.length + 1));
  const localeBase = (locale: string) => (locale === defaultLocale ? siteBase : `${siteBase}${locale}/`);
  const htmlLang = (locale: string) => localeConfigs[locale]?.htmlLang ?? locale;
  // A post's path under its locale's base URL, from this locale's build when it has the post.
  const built = new Map<string, string>();
  for (const post of posts) {
    const source = post.metadata.source.replace(/^@site\//, '');
    built.set(path.posix.basename(source), post.metadata.permalink.slice(baseUrl.length));
  }
  const number = new Intl.NumberFormat(pageLang, {numberingSystem: digits, useGrouping: false});
  const languageNames = new Intl.DisplayNames([pageLang], {type: 'language', fallback: 'code'});
  const day = (iso: string) => pageDate.format(new Date(iso));
  const worded = (detail: TranslationDetail): TranslationStatusDetail => {
    switch (detail.kind) {
      case 'todo':
      case 'marker':
        return {...detail, line: number.format(detail.line)};
      case 'body':
        return {...detail, line: number.format(detail.line), language: languageNames.of(detail.language)!};
      case 'stale':
        return {
          kind: 'stale',
          since: day(detail.since),
          count: number.format(detail.commits.length),
          commits: detail.commits.slice(0, MAX_LISTED).map((c) => ({
            hash: c.hash.slice(0, 7),
            date: day(c.date),
            subject: shortened(c.subject),
          })),
        };
    }
  };
  const entries: TranslationStatusEntry[] = [];
  const statuses = result ? translationStatus(result.posts, {defaultLocale, locales: i18n.locales}) : [];
  for (const status of statuses) {
    const own = status.locales[currentLocale];
    if (!own || !LISTED.includes(own.state)) continue;
    const original = status.locales[status.original]!;
    const pagePath =
      built.get(path.posix.basename(status.path)) ?? fromFileName(status.path, blogOptions.routeBasePath);
    entries.push({
      state: own.state as TranslationStatusEntry['state'],
      title: status.title,
      lang: htmlLang(status.original),
      dir: directionOf(htmlLang(status.original)),
      originalUrl: `${localeBase(status.original)}${pagePath}`,
      originalFile: original.file,
      file: own.file,
      ...(editUrlOf(blogOptions.editUrl, own.file, status.path, currentLocale) ?? {}),
      ...(own.details ? {details: own.details.map(worded)} : {}),
    });
  }
  const props: TranslationStatusProps = {entries, locale: currentLocale};
  actions.addRoute({
    path: normalizeUrl([baseUrl, blogOptions.routeBasePath, TRANSLATION_STATUS_PATH]),
    component: '@theme/TranslationStatus',
    exact: true,
    props: {status: props},
  });
}

/** Docusaurus's permalink of a post without a slug: `2025-04-20-notes.md` → `2025/04/20/notes`. */
function fromFileName(relativePath: string, routeBasePath: string): string {
  const name = relativePath.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '');
  const dated = /^(?:(.*)\/)?(\d{4})-(\d{2})-(\d{2})-(.+)$/.exec(name);
  const route = dated ? [dated[2], dated[3], dated[4], dated[5]].join('/') : name;
  return normalizeUrl([routeBasePath, route]).replace(/^\//, '');
}

/** The blog's editUrl for a file, as Docusaurus makes it: the URL joined with the file's path in the site. */
function editUrlOf(
  editUrl: PluginSetup['blogOptions']['editUrl'],
  file: string,
  blogPath: string,
  locale: string,
): {editUrl: string} | undefined {
  if (typeof editUrl === 'string') return {editUrl: normalizeUrl([editUrl, posixPath(file)])};
  if (typeof editUrl !== 'function') return undefined;
  const blogDirPath = posixPath(file.slice(0, file.length - blogPath.length)).replace(/\/$/, '');
  const url = editUrl({blogDirPath, blogPath, permalink: '', locale});
  return typeof url === 'string' ? {editUrl: url} : undefined;
}
