/**
 * Posts per locale beyond what Docusaurus does: a post that exists only in a
 * locale's folder joins that locale's blog (Docusaurus lists only blog/), a
 * post left untranslated is marked as such (or left out), and every post knows
 * its language and direction.
 */
import path from 'node:path';
import type {BlogPost, PluginOptions as BlogPluginOptions} from '@docusaurus/plugin-content-blog';
import type {LoadContext} from '@docusaurus/types';
import {getPluginI18nPath, normalizeUrl, type ContentPaths} from '@docusaurus/utils';
import type {PostLanguage, PostWithExtras} from '../client/types';
import {directionOf} from '../i18n/direction';
import {blogRegistries, generateBlogPosts} from './upstream/blogInternals';

export const BLOG_PLUGIN_NAME = 'docusaurus-plugin-content-blog';

export function contentPathsOf(context: LoadContext, options: BlogPluginOptions): ContentPaths {
  const isDefault = context.i18n.currentLocale === context.i18n.defaultLocale;
  return {
    contentPath: path.resolve(context.siteDir, options.path),
    contentPathLocalized: isDefault
      ? undefined
      : getPluginI18nPath({
          localizationDir: context.localizationDir,
          pluginName: BLOG_PLUGIN_NAME,
          pluginId: options.id,
        }),
  };
}

/** Posts of the current locale's folder that have no file in blog/: Docusaurus never sees them. */
export async function loadLocaleOnlyPosts(
  context: LoadContext,
  options: BlogPluginOptions,
  localeOnlyFiles: string[],
): Promise<BlogPost[]> {
  const contentPaths = contentPathsOf(context, options);
  const localized = contentPaths.contentPathLocalized;
  if (!localized || localeOnlyFiles.length === 0) return [];
  // Both locale folders, as the blog plugin itself reads them.
  const {tagsFile, authorsMap} = await blogRegistries(context, options, contentPaths);
  // The blog plugin's own reader, pointed at the locale's folder and limited to
  // the locale-only files: same metadata, permalinks and MDX handling.
  return generateBlogPosts(
    {contentPath: localized, contentPathLocalized: undefined},
    context,
    {...options, include: localeOnlyFiles, exclude: options.exclude},
    tagsFile,
    authorsMap,
  );
}

const sourceFile = (post: BlogPost) => post.metadata.source.replace(/^@site\//, '');

export interface LanguageParams {
  context: LoadContext;
  /** The post's file (relative to the site) → the locales in which it exists. */
  localesOf: (relativePath: string) => string[];
  blogFolder: string;
  untranslated: 'notice' | 'hide';
}

/** Gives each post its language, direction and locales; hides or marks untranslated posts. */
export function withLanguages(
  posts: BlogPost[],
  {context, localesOf, blogFolder, untranslated}: LanguageParams,
): PostWithExtras<BlogPost>[] {
  const {currentLocale, defaultLocale, localeConfigs} = context.i18n;
  const htmlLang = (locale: string) => localeConfigs[locale]?.htmlLang ?? locale;
  const out: PostWithExtras<BlogPost>[] = [];
  for (const post of posts) {
    const file = sourceFile(post);
    const relativePath = file.startsWith(`${blogFolder}/`)
      ? file.slice(blogFolder.length + 1)
      : file.replace(/^i18n\/[^/]+\/[^/]+\//, '');
    const fromDefaultFolder = file.startsWith(`${blogFolder}/`);
    const isUntranslated = currentLocale !== defaultLocale && fromDefaultFolder;
    if (isUntranslated && untranslated === 'hide') continue;
    const ownLang = post.metadata.frontMatter.lang;
    const declared = typeof ownLang === 'string' ? ownLang : undefined;
    const lang = declared ?? htmlLang(isUntranslated ? defaultLocale : currentLocale);
    const language: PostLanguage = {
      lang,
      dir: directionOf(lang),
      locales: localesOf(relativePath),
      ...(isUntranslated ? {untranslatedFrom: originalUrl(context, post.metadata.permalink)} : {}),
    };
    out.push({...post, metadata: {...post.metadata, language}});
  }
  return out;
}

/**
 * The absolute URL of a post's page in the default locale: that locale's own
 * url and base URL, as Docusaurus resolved them (a site may give each locale
 * its own domain or base URL), so that a build of this locale alone links the
 * same page as a build of every locale.
 */
function originalUrl(context: LoadContext, permalink: string): string {
  const {i18n, baseUrl, siteConfig} = context;
  const home = i18n.localeConfigs[i18n.defaultLocale];
  return (home?.url ?? siteConfig.url) + normalizeUrl([home?.baseUrl ?? '/', permalink.slice(baseUrl.length)]);
}

/**
 * Which locales have which post files, from one check of the whole site: built
 * once per check, so asking about every post stays linear in the posts.
 */
export function postLocales(
  checked: readonly {post: {locale: string; relativePath: string}}[],
  locales: readonly string[],
) {
  const byPath = new Map<string, Set<string>>();
  for (const {post} of checked) {
    let present = byPath.get(post.relativePath);
    if (!present) byPath.set(post.relativePath, (present = new Set()));
    present.add(post.locale);
  }
  return {
    /** The locales in which a post (by its path in its blog folder) exists, in the site's order. */
    localesOf: (relativePath: string): string[] => {
      const present = byPath.get(relativePath);
      return present ? locales.filter((locale) => present.has(locale)) : [];
    },
    /** Files of a locale's folder with no counterpart in the default locale's. */
    localeOnly: (locale: string, defaultLocale: string): string[] =>
      [...byPath]
        .filter(([, present]) => present.has(locale) && !present.has(defaultLocale))
        .map(([relativePath]) => relativePath),
  };
}

/**
 * What every page needs to know about posts, kept small: the language of
 * posts written in another language than the page's, and the locales of posts
 * that do not exist in every locale (for hreflang and canonical).
 */
export function postLanguages(posts: readonly PostWithExtras<BlogPost>[], i18n: LoadContext['i18n']) {
  const pageLang = i18n.localeConfigs[i18n.currentLocale]?.htmlLang ?? i18n.currentLocale;
  const foreign: Record<string, Pick<PostLanguage, 'lang' | 'dir'>> = {};
  const restricted: Record<string, {locales: string[]; canonical?: string}> = {};
  for (const post of posts) {
    const language = post.metadata.language;
    if (!language) continue;
    if (language.lang !== pageLang) foreign[post.metadata.permalink] = {lang: language.lang, dir: language.dir};
    if (language.untranslatedFrom || language.locales.length !== i18n.locales.length) {
      restricted[post.metadata.permalink] = {
        locales: language.locales,
        ...(language.untranslatedFrom ? {canonical: language.untranslatedFrom} : {}),
      };
    }
  }
  return {foreign, restricted};
}
