/**
 * Client side of the plugin's language data: the page's language, the
 * language of posts written in another one, and the digits of the locale.
 */
import {useMemo} from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {usePluginData} from '@docusaurus/useGlobalData';
import {POST_DATE, dateFormat} from './postDate';
import {pluralForm, wholeNumber} from './digits';
import type {BlogGlobalData, Dir} from './types';

/**
 * The plugin's global data. Docusaurus types every plugin's global data as
 * `unknown`; the server sets exactly this type (plugin/globalData.ts).
 */
export function useBlogGlobalData(): BlogGlobalData {
  return (usePluginData('docusaurus-plugin-content-blog') as BlogGlobalData | undefined) ?? {};
}

export function usePageLanguage(): {lang: string; dir: Dir} {
  const {i18n} = useDocusaurusContext();
  const config = i18n.localeConfigs[i18n.currentLocale];
  return {lang: config?.htmlLang ?? i18n.currentLocale, dir: config?.direction === 'rtl' ? 'rtl' : 'ltr'};
}

/** The language of a post by its permalink: its own when it differs from the page's. */
export function usePostLanguageOf(): (permalink: string) => {lang: string; dir: Dir} {
  const page = usePageLanguage();
  const {foreign} = useBlogGlobalData();
  return (permalink) => foreign?.[permalink] ?? page;
}

/**
 * The language the plugin's own strings are written in on this page: the
 * page's, or the default locale's where the locale has no translation of them.
 */
export function useStringsLanguage(): {lang: string; dir: Dir} {
  const page = usePageLanguage();
  return useBlogGlobalData().stringsLanguage ?? page;
}

/**
 * Picks the form of one of the plugin's plural strings (`{count} problem|{count}
 * problems`) for a count, by the plural rules of the language the string is
 * written in: a locale shown the default locale's strings gets that
 * language's forms chosen by that language's rules (Russian one/few/many,
 * Arabic its six forms, Japanese one).
 */
export function useStringsPlural(): (count: number, message: string) => string {
  const {lang} = useStringsLanguage();
  return (count, message) => pluralForm(message, count, lang);
}

/**
 * Number formatters by locale and options, made once per page load and shared
 * by every component: building one loads the locale's data, which costs more
 * on a phone than everything else the blog's components do on the post page
 * (dateFormat shares its date formatters the same way).
 */
const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

/** Numbers and dates in the page's language and the locale's digit system. */
export function useLocaleFormat() {
  const {lang} = usePageLanguage();
  const {digits = 'latn'} = useBlogGlobalData();
  const {i18n} = useDocusaurusContext();
  // The site's calendar for the locale (Docusaurus's default: gregory), not the
  // language's own default (Persian would get the Solar Hijri calendar).
  const calendar = i18n.localeConfigs[i18n.currentLocale]?.calendar ?? 'gregory';
  return useMemo(() => {
    const locale = `${lang}-u-nu-${digits}`;
    return {
      number: (n: number) => wholeNumber(n, digits, true) ?? numberFormat(locale, {}).format(n),
      /** Without grouping, for years. */
      plain: (n: number) => wholeNumber(n, digits, false) ?? numberFormat(locale, {useGrouping: false}).format(n),
      /** Posts carry their date formatted by the build (`formattedDate`): this is for other dates. */
      date: (iso: string | Date, options: Intl.DateTimeFormatOptions = POST_DATE) =>
        dateFormat({lang, digits, calendar}, options).format(new Date(iso)),
    };
  }, [lang, digits, calendar]);
}

/**
 * JSON for a <script type="application/ld+json">: `</script>` in a post title
 * must not close the script, so <, > and & are written as \u escapes (still the
 * same JSON), and U+2028/2029 too, which some parsers treat as line ends.
 */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * A count that Docusaurus's plural hooks read as a number (to choose the
 * plural form) and print as text in the locale's digits: the classic theme
 * interpolates counts as text, which would give Latin digits. Written for
 * @docusaurus/theme-classic and theme-common 3.10.2, whose tag and author
 * pages take the count as a number prop; tests/unit/upstream-premises.test.ts
 * fails when they choose the plural form or print the count otherwise.
 */
export function useLocalizedCount(): (n: number) => number {
  const format = useLocaleFormat();
  const {digits = 'latn'} = useBlogGlobalData();
  return (n) => (digits === 'latn' ? n : ({valueOf: () => n, toString: () => format.number(n)} as unknown as number));
}
