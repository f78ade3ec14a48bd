/**
 * Copied from @docusaurus/theme-classic 3.10.2,
 * lib/theme/NavbarItem/LocaleDropdownNavbarItem/index.js, and changed as said below.
 * tests/unit/upstream-premises.test.ts fails when the upstream file changes:
 * compare, and carry its changes over.
 */
import React, {type ReactNode} from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useLocation} from '@docusaurus/router';
import {translate} from '@docusaurus/Translate';
import {mergeSearchStrings, useHistorySelector} from '@docusaurus/theme-common';
import {useAlternatePageUtils} from '@docusaurus/theme-common/internal';
import DropdownNavbarItem from '@theme/NavbarItem/DropdownNavbarItem';
import IconLanguage from '@theme/Icon/Language';
import type {LinkLikeNavbarItemProps} from '@theme/NavbarItem';
import type {Props} from '@theme/NavbarItem/LocaleDropdownNavbarItem';
import {useBlogGlobalData} from '../../../client/language';
import {switchTarget, type SwitchFallback} from '../../../client/localeSwitch';
import {useIsNotFound} from '../../../client/notFound';

/** The tooltip of a link that cannot lead to the same page, in the page's language. */
function fallbackTitle(fallback: SwitchFallback): string {
  switch (fallback) {
    case 'post':
      return translate({
        id: 'qalam.localeSwitch.fallback.post',
        message: 'This post is not written in this language: the link opens its list of posts.',
        description: "The language switch's tooltip on a language in which the post does not exist",
      });
    case 'page':
      return translate({
        id: 'qalam.localeSwitch.fallback.page',
        message: 'This page does not exist in this language: the link opens the first page of its list.',
        description: "The language switch's tooltip on a language whose list has fewer pages",
      });
    case 'tag':
      return translate({
        id: 'qalam.localeSwitch.fallback.tag',
        message: 'No post in this language has this tag: the link opens its list of tags.',
        description: "The language switch's tooltip on a language with no post of this tag",
      });
    case 'author':
      return translate({
        id: 'qalam.localeSwitch.fallback.author',
        message: 'This author has no post in this language: the link opens its list of authors.',
        description: "The language switch's tooltip on a language with no post of this author",
      });
    case 'notFound':
      return translate({
        id: 'qalam.localeSwitch.fallback.notFound',
        message: 'This page does not exist: the link opens the home page in this language.',
        description: "The language switch's tooltip on the page of an unknown URL",
      });
  }
}

/**
 * The classic theme's language switch, which never leads to a page that does
 * not exist: the same page in the other locale when there is one, else the
 * best page there (client/localeSwitch.ts), with a tooltip saying so. Its
 * button is named "Language: <current language>", and each item carries the
 * `hreflang` of its page and the `lang` of its label.
 */
export default function LocaleDropdownNavbarItem({
  mobile,
  dropdownItemsBefore,
  dropdownItemsAfter,
  queryString,
  ...props
}: Props): ReactNode {
  const {
    siteConfig,
    i18n: {currentLocale, defaultLocale, locales, localeConfigs},
  } = useDocusaurusContext();
  const alternatePageUtils = useAlternatePageUtils();
  const search = useHistorySelector((history) => history.location.search);
  const hash = useHistorySelector((history) => history.location.hash);
  const {pathname} = useLocation();
  const data = useBlogGlobalData();
  const notFound = useIsNotFound();
  const configOf = (locale: string) => {
    const config = localeConfigs[locale];
    if (!config) throw new Error(`Docusaurus bug, no locale config found for locale=${locale}`);
    return config;
  };
  const current = configOf(currentLocale);
  const path = pathname.startsWith(siteConfig.baseUrl)
    ? pathname.slice(siteConfig.baseUrl.length).replace(/\/+$/, '')
    : pathname.replace(/^\/+|\/+$/g, '');
  const permalink = pathname.replace(/\/$/, '') || '/';

  const localeItems = locales.map((locale): LinkLikeNavbarItemProps => {
    const config = configOf(locale);
    // On the 404 page, the current locale's item too leads away from the unknown URL.
    const target =
      locale === currentLocale && !notFound
        ? {path}
        : switchTarget({path, permalink, target: locale, defaultLocale, data, notFound});
    const sameDomain = config.url === siteConfig.url;
    let to: string;
    if (target.fallback) {
      to = `${sameDomain ? 'pathname://' : config.url}${config.baseUrl}${target.path}`;
    } else {
      // Shorter paths if localized sites are hosted on the same domain.
      const url = sameDomain
        ? `pathname://${alternatePageUtils.createUrl({locale, fullyQualified: false})}`
        : alternatePageUtils.createUrl({locale, fullyQualified: true});
      to = `${url}${mergeSearchStrings([search, queryString], 'append')}${hash}`;
    }
    // A site without trailing slashes serves a locale's home at /ar, and /ar/ redirects there.
    if (siteConfig.trailingSlash === false)
      to = to.replace(/^((?:pathname:\/\/|[a-z]+:\/\/[^/]+)?\/.+?)\/(?=$|[?#])/, '$1');
    return {
      label: (
        <span lang={config.htmlLang} dir={config.direction}>
          {config.label}
        </span>
      ) as unknown as string,
      hrefLang: config.htmlLang,
      ...(target.fallback ? {title: fallbackTitle(target.fallback)} : {}),
      to,
      target: '_self',
      autoAddBaseUrl: false,
      className:
        // Similar idea as DefaultNavbarItem: select the right Infima active
        // class name. This cannot be substituted with isActive, because the
        // target URLs contain `pathname://` and therefore are not NavLinks!
        locale === currentLocale ? (mobile ? 'menu__link--active' : 'dropdown__link--active') : '',
    };
  });
  const items = [...dropdownItemsBefore, ...localeItems, ...dropdownItemsAfter];
  const languageWord = translate({
    id: 'qalam.localeSwitch.label',
    message: 'Language',
    description: "The accessible name of the language switch, before the current language's name",
  });
  // Mobile is handled a bit differently
  const dropdownLabel = mobile
    ? translate({
        message: 'Languages',
        id: 'theme.navbar.mobileLanguageDropdown.label',
        description: 'The label for the mobile language switcher dropdown',
      })
    : current.label;
  return (
    <DropdownNavbarItem
      {...props}
      mobile={mobile}
      aria-label={mobile ? undefined : `${languageWord}: ${current.label}`}
      label={
        <>
          <IconLanguage className="qalam-language-icon" />
          {dropdownLabel}
        </>
      }
      items={items}
    />
  );
}
