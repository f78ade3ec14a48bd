/**
 * The strings this plugin adds to pages (the untranslated-post notice, the
 * dev server's problems banner and page, with its count of problems, search,
 * the translation status page) and the blog's plural strings, translated for
 * the locales it ships
 * (i18n/translations/<language>.json). Docusaurus uses them where the site's
 * own i18n/<locale>/code.json has none. A locale with neither shows the
 * default locale's strings, marked with that locale's language and direction.
 */
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import type {LoadContext} from '@docusaurus/types';
import type {Dir} from '../client/types';

const TRANSLATIONS = path.join(__dirname, '../i18n/translations');

/** The ids of the plugin's strings, as the theme writes them. */
export const STRING_IDS = [
  'qalam.untranslated.notice',
  'qalam.untranslated.originalLink',
  'qalam.frontMatterProblems.title',
  'qalam.frontMatterProblems.pageTitle',
  'qalam.frontMatterProblems.hint',
  'qalam.translationStatus.title',
  'qalam.translationStatus.intro',
  'qalam.translationStatus.none',
  'qalam.translationStatus.missing',
  'qalam.translationStatus.stale',
  'qalam.translationStatus.unfinished',
  'qalam.translationStatus.original',
  'qalam.translationStatus.file',
  'qalam.translationStatus.todo',
  'qalam.translationStatus.marker',
  'qalam.translationStatus.body',
  'qalam.translationStatus.staleSince',
  'qalam.frontMatterProblems.count',
  'qalam.search.label',
  'qalam.search.placeholder',
  'qalam.search.searching',
  'qalam.search.needsBuild',
  'qalam.search.unavailable',
  'qalam.search.noResults',
  'qalam.search.count',
  'qalam.search.allResults',
  'qalam.search.pageTitle',
  'qalam.localeSwitch.label',
  'qalam.localeSwitch.fallback.post',
  'qalam.localeSwitch.fallback.page',
  'qalam.localeSwitch.fallback.tag',
  'qalam.localeSwitch.fallback.author',
  'qalam.localeSwitch.fallback.notFound',
  'qalam.feed.rss',
  'qalam.feed.atom',
  'qalam.feed.json',
  'qalam.structuredData.imageCaption',
  'qalam.toc.label',
] as const;

/**
 * The classic theme's plural strings of the blog, shipped too: Docusaurus's
 * own translations give some languages fewer forms than their plural rules
 * have (Arabic two of six, so "1 مقالات"), more (Indonesian two of one, so
 * every count reads "Satu pos"), or none (Thai). Each form in the order of
 * Intl.PluralRules' categories (zero one two few many other), as
 * usePluralForm reads them; a site's code.json still overrides them.
 */
export const THEME_PLURAL_IDS = ['theme.blog.post.plurals', 'theme.blog.post.readingTime.plurals'] as const;

/**
 * The shipped translations for a locale: its own file, else its language's
 * (pt-BR → pt). Chinese in traditional characters gets none rather than
 * simplified text.
 */
export function shippedTranslations(locale: string): Record<string, string> {
  const language = locale.split('-')[0]!.toLowerCase();
  const traditional = language === 'zh' && /-(hant|tw|hk|mo)\b/i.test(locale);
  for (const name of traditional ? [locale] : [locale, language]) {
    const file = path.join(TRANSLATIONS, `${name}.json`);
    if (!existsSync(file)) continue;
    const read: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (typeof read !== 'object' || read === null) return {};
    return Object.fromEntries(
      Object.entries(read).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
    );
  }
  return {};
}

/**
 * The language the plugin's strings are shown in on this locale's pages,
 * when it is not the page's: the default locale's, for a locale whose strings
 * neither the site nor the plugin translates.
 */
export function stringsLanguage({i18n, codeTranslations}: LoadContext): {lang: string; dir: Dir} | undefined {
  if (i18n.currentLocale === i18n.defaultLocale) return undefined;
  const shipped = shippedTranslations(i18n.currentLocale);
  if (STRING_IDS.every((id) => id in codeTranslations || id in shipped)) return undefined;
  const config = i18n.localeConfigs[i18n.defaultLocale];
  return {lang: config?.htmlLang ?? i18n.defaultLocale, dir: config?.direction === 'rtl' ? 'rtl' : 'ltr'};
}
