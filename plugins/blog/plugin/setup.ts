/**
 * The settings of one instance of the plugin (one locale of one site), derived
 * once from Docusaurus's context and the plugin's options.
 */
import path from 'node:path';
import type {
  Options as BlogPluginUserOptions,
  PluginOptions as BlogPluginOptions,
} from '@docusaurus/plugin-content-blog';
import type {LoadContext} from '@docusaurus/types';
import {normalizeUrl, posixPath} from '@docusaurus/utils';
import type {CheckerOptions, OWN_OPTION_KEYS} from '../check/options';
import type {Digits} from '../client/types';
import {dateFormat} from '../client/postDate';

export type PluginOptions = BlogPluginOptions & CheckerOptions;
export type Options = BlogPluginUserOptions & Partial<CheckerOptions>;

/**
 * The plugin's own options and the blog plugin's, apart. `satisfies` keeps the
 * keys taken out equal to check/options.ts's list of ours (OWN_OPTION_KEYS).
 */
export function splitOptions<O extends Partial<CheckerOptions>>(
  options: O,
): {ours: Pick<O, OwnKey>; blog: Omit<O, OwnKey>} {
  const {preset, rules, requiredFields, untranslatedPosts, digits, socialCards, headingLevels, ...blog} = options;
  const ours = {preset, rules, requiredFields, untranslatedPosts, digits, socialCards, headingLevels} satisfies Record<
    OwnKey,
    unknown
  >;
  return {ours, blog};
}

type OwnKey = (typeof OWN_OPTION_KEYS)[number];

export interface PluginSetup {
  context: LoadContext;
  checker: CheckerOptions;
  /** The blog plugin's own options: the plugin's options without ours. */
  blogOptions: BlogPluginOptions;
  isDev: boolean;
  /** The locale's `htmlLang`: the language of the pages. */
  pageLang: string;
  digits: Digits;
  /** Posts carry their date as the page prints it, so the browser builds no date formatter (client/postDate.ts). */
  pageDate: Intl.DateTimeFormat;
  /** The blog folder, relative to the site, with forward slashes. */
  blogFolder: string;
  /** The URL under which the blog's tag pages are. */
  tagsBase: string;
  /** The tags file's name, in the blog folder. */
  tagsFile: string;
}

export function pluginSetup(context: LoadContext, options: PluginOptions): PluginSetup {
  const {siteDir, i18n} = context;
  const {ours: checker, blog: blogOptions} = splitOptions(options);
  const localeConfig = i18n.localeConfigs[i18n.currentLocale];
  const pageLang = localeConfig?.htmlLang ?? i18n.currentLocale;
  const localeDigits = digitsOf(i18n.currentLocale, pageLang, checker.digits);
  return {
    context,
    checker,
    blogOptions,
    isDev: process.env.NODE_ENV !== 'production',
    pageLang,
    digits: localeDigits,
    pageDate: dateFormat({lang: pageLang, digits: localeDigits, calendar: localeConfig?.calendar ?? 'gregory'}),
    blogFolder: posixPath(path.relative(siteDir, path.resolve(siteDir, blogOptions.path))),
    tagsBase: normalizeUrl([context.baseUrl, blogOptions.routeBasePath, blogOptions.tagsBasePath]),
    tagsFile: typeof blogOptions.tags === 'string' ? blogOptions.tags : 'tags.yml',
  };
}

/** The locale's digits: the `digits` option's, else the language's own numbering system (CLDR: Persian writes ۱۲۳). */
export function digitsOf(locale: string, lang: string, option: Readonly<Record<string, Digits>>): Digits {
  return option[locale] ?? new Intl.NumberFormat(lang).resolvedOptions().numberingSystem;
}
