/**
 * Where the language switch leads: the same page in the other locale when it
 * exists there, else the best page that does (a post's translation has the
 * same path; a list page past the other locale's last page goes to the list's
 * first page; a tag or author with no post there goes to the tags or authors
 * index; a post with no version there goes to the post list; the 404 page
 * of an unknown URL goes to each locale's post list). Pure, from the plugin's
 * global data (plugin/globalData.ts).
 */
import type {BlogGlobalData} from './types';

/** Why the switch does not lead to the same page: each reason is a tooltip. */
export type SwitchFallback = 'post' | 'page' | 'tag' | 'author' | 'notFound';

export interface SwitchTarget {
  /** The path relative to the target locale's base URL ("" for its home). */
  path: string;
  fallback?: SwitchFallback;
}

export interface SwitchParams {
  /** The page's path relative to its locale's base URL, without slashes at the ends. */
  path: string;
  /** The page's permalink, as the plugin's data keys posts. */
  permalink: string;
  target: string;
  defaultLocale: string;
  data: BlogGlobalData;
  /** The page is the 404 page of an unknown URL (client/notFound.ts). */
  notFound?: boolean;
}

export function switchTarget({path, permalink, target, defaultLocale, data, notFound}: SwitchParams): SwitchTarget {
  const {lists, listRoutes, restricted, untranslatedShown} = data;
  if (notFound) return {path: listRoutes?.home ?? '', fallback: 'notFound'};
  const post = restricted?.[permalink];
  if (post) {
    const exists = post.locales.includes(target) || (untranslatedShown && post.locales.includes(defaultLocale));
    return exists ? {path} : {path: listRoutes?.home ?? '', fallback: 'post'};
  }
  if (!lists || !listRoutes) return {path};
  const paged = new RegExp(`^(?:(.*)/)?${escape(listRoutes.page)}/(\\d+)$`).exec(path);
  const base = paged ? (paged[1] ?? '') : path;
  const page = paged ? Number(paged[2]) : 1;
  // A list with as many pages in every locale has no entry: its pages lead to themselves.
  const here = Object.values(lists).some((locale) => locale[base] !== undefined);
  if (!here) return {path};
  const pages = lists[target]?.[base];
  if (pages !== undefined && pages >= page) return {path};
  if (pages !== undefined) return {path: base, fallback: 'page'};
  if (isUnder(base, listRoutes.tags)) return {path: listRoutes.tags, fallback: 'tag'};
  if (isUnder(base, listRoutes.authors)) return {path: listRoutes.authors, fallback: 'author'};
  return {path: listRoutes.home, fallback: 'page'};
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const isUnder = (path: string, base: string) => (base === '' ? true : path.startsWith(`${base}/`));
