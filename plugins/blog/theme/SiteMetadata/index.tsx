/**
 * Copied from @docusaurus/theme-classic 3.10.2,
 * lib/theme/SiteMetadata/index.js, and changed as said below.
 * tests/unit/upstream-premises.test.ts fails when the upstream file changes:
 * compare, and carry its changes over.
 */
import React, {type ReactNode} from 'react';
import Head from '@docusaurus/Head';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {useLocation} from '@docusaurus/router';
import {PageMetadata, useThemeConfig} from '@docusaurus/theme-common';
import {DEFAULT_SEARCH_TAG, useAlternatePageUtils} from '@docusaurus/theme-common/internal';
import {applyTrailingSlash} from '@docusaurus/utils-common';
import SearchMetadata from '@theme/SearchMetadata';
import {useBlogGlobalData, usePostLanguageOf} from '../../client/language';

/**
 * Open Graph writes locales as language_TERRITORY, and Facebook, its main
 * reader, knows Arabic as ar_AR. A bare language gets its likely territory.
 */
export function openGraphLocale(htmlLang: string): string {
  const special: Record<string, string> = {ar: 'ar_AR', en: 'en_US'};
  if (special[htmlLang]) return special[htmlLang];
  if (/[-_]/.test(htmlLang)) return htmlLang.replace('-', '_');
  try {
    const region = new Intl.Locale(htmlLang).maximize().region;
    return region ? `${htmlLang}_${region}` : htmlLang;
  } catch {
    return htmlLang;
  }
}

/**
 * The classic theme's site metadata, with alternates that tell the truth: a
 * post is announced only in the locales where it exists (no hreflang="ar" for
 * a post shown untranslated in the Arabic blog, only "ar" for an Arabic-only
 * post), an untranslated post's canonical URL is its original, and og:locale
 * is in Open Graph's form.
 */
export default function SiteMetadata(): ReactNode {
  const {
    siteConfig: {url: siteUrl, baseUrl, trailingSlash},
    i18n: {currentLocale, defaultLocale, localeConfigs},
  } = useDocusaurusContext();
  const {metadata, image: defaultImage} = useThemeConfig();
  const alternates = useAlternatePageUtils();
  const {pathname} = useLocation();
  const canonicalPath = applyTrailingSlash(useBaseUrl(pathname), {trailingSlash, baseUrl});
  const {restricted} = useBlogGlobalData();
  const languageOf = usePostLanguageOf();

  const permalink = pathname.replace(/\/$/, '') || '/';
  const post = restricted?.[permalink];
  const locales = post?.locales ?? Object.keys(localeConfigs);
  const xDefault = locales.includes(defaultLocale) ? defaultLocale : locales[0];
  const ownLang = languageOf(permalink).lang;
  const htmlLangOf = (locale: string) => localeConfigs[locale]?.htmlLang ?? locale;
  const canonical = post?.canonical ?? siteUrl + canonicalPath;

  return (
    <>
      <Head>
        <meta name="twitter:card" content="summary_large_image" />
        <body />
      </Head>
      {defaultImage && <PageMetadata image={defaultImage} />}
      <Head>
        <meta property="og:url" content={canonical} />
        <link rel="canonical" href={canonical} />
        {locales.map((locale) => (
          <link
            key={locale}
            rel="alternate"
            href={alternates.createUrl({locale, fullyQualified: true})}
            hrefLang={htmlLangOf(locale)}
          />
        ))}
        {xDefault && (
          <link
            rel="alternate"
            href={alternates.createUrl({locale: xDefault, fullyQualified: true})}
            hrefLang="x-default"
          />
        )}
        <meta property="og:locale" content={openGraphLocale(ownLang)} />
        {locales
          .map(htmlLangOf)
          .filter((lang) => lang !== ownLang)
          .map((lang) => (
            <meta key={`og-locale-${lang}`} property="og:locale:alternate" content={openGraphLocale(lang)} />
          ))}
      </Head>
      <SearchMetadata tag={DEFAULT_SEARCH_TAG} locale={currentLocale} />
      <Head>
        {metadata.map((metadatum, i) => (
          <meta key={i} {...metadatum} />
        ))}
      </Head>
    </>
  );
}
