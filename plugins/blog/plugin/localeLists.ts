/**
 * How many pages each list of the blog has in every locale (the post list, each
 * tag's and each author's), so that the language switch can tell whether a
 * page exists in another locale before it links there. Counted from the site's
 * check, which has read every locale's posts: a locale's build knows only its
 * own routes. One number per list, relative to the locale's base URL, and only
 * for the lists whose number of pages is not the same in every locale: the
 * switch leads any other list page to itself, as it does a page it has no
 * entry for. Every page of the site carries this data, and a blog translated
 * whole has no entry at all, whatever its tags, authors and locales.
 */
import type {BlogContent, PluginOptions as BlogPluginOptions} from '@docusaurus/plugin-content-blog';
import {normalizeUrl} from '@docusaurus/utils';
import type {CheckResult} from '../check';
import {resolveTag} from '../check/rules/tags';
import type {LocaleLists} from '../client/types';

export interface LocaleListsParams {
  check: CheckResult;
  content: Pick<BlogContent, 'authorsMap'>;
  blogOptions: BlogPluginOptions;
  baseUrl: string;
  locales: readonly string[];
  defaultLocale: string;
  untranslated: 'notice' | 'hide';
  isDev: boolean;
}

const strings = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);

/** A path relative to the locale's base URL, without slashes at its ends ("" is the base itself). */
export const relative = (...parts: string[]) => normalizeUrl(['/', ...parts]).replace(/^\/+|\/+$/g, '');

export function localeLists({
  check,
  content,
  blogOptions,
  baseUrl,
  locales,
  defaultLocale,
  untranslated,
  isDev,
}: LocaleListsParams): Record<string, LocaleLists> {
  const {routeBasePath, tagsBasePath, postsPerPage} = blogOptions;
  const perPage = (count: number) =>
    Math.max(1, postsPerPage === 'ALL' ? 1 : Math.ceil(count / Math.max(1, postsPerPage)));
  const authorPages = new Map<string, string>();
  for (const [key, author] of Object.entries(content.authorsMap ?? {})) {
    if (author.page) authorPages.set(key, relative(author.page.permalink.slice(baseUrl.length - 1)));
  }
  const byPath = new Map<string, Map<string, Record<string, unknown>>>();
  for (const {post, data} of check.posts) {
    if (!data) continue;
    let files = byPath.get(post.relativePath);
    if (!files) byPath.set(post.relativePath, (files = new Map<string, Record<string, unknown>>()));
    files.set(post.locale, data);
  }
  const out: Record<string, LocaleLists> = {};
  for (const locale of locales) {
    const lists: LocaleLists = {[relative(routeBasePath)]: 0};
    for (const files of byPath.values()) {
      // A post missing from the locale is shown there untranslated, or not at all.
      const from = files.has(locale)
        ? locale
        : locale !== defaultLocale && untranslated === 'notice' && files.has(defaultLocale)
          ? defaultLocale
          : undefined;
      const data = from === undefined ? undefined : files.get(from);
      const registry = from === undefined ? undefined : check.facts.tags[from];
      if (!data || (data.draft === true && !isDev)) continue;
      const listed = data.unlisted !== true ? 1 : 0;
      const bases = [relative(routeBasePath)];
      for (const tag of strings(data.tags)) {
        const permalink =
          typeof tag === 'string'
            ? registry && resolveTag(tag, registry)?.permalink
            : typeof tag === 'object' && tag && 'permalink' in tag && typeof tag.permalink === 'string'
              ? tag.permalink
              : undefined;
        if (permalink) bases.push(relative(routeBasePath, tagsBasePath, permalink));
      }
      for (const author of strings(data.authors)) {
        const base = typeof author === 'string' ? authorPages.get(author) : undefined;
        if (base !== undefined) bases.push(base);
      }
      for (const base of new Set(bases)) lists[base] = (lists[base] ?? 0) + listed;
    }
    for (const base of authorPages.values()) lists[base] ??= 0;
    out[locale] = Object.fromEntries(Object.entries(lists).map(([base, count]) => [base, perPage(count)]));
  }
  return onlyDiffering(out);
}

/** The lists whose number of pages differs between locales, or that some locale lacks; the others go. */
export function onlyDiffering(lists: Record<string, LocaleLists>): Record<string, LocaleLists> {
  const all = Object.values(lists);
  const same = (base: string, pages: number) => all.every((locale) => locale[base] === pages);
  return Object.fromEntries(
    Object.entries(lists).map(([locale, pages]) => [
      locale,
      Object.fromEntries(Object.entries(pages).filter(([base, count]) => !same(base, count))),
    ]),
  );
}
