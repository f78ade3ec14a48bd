/**
 * The browser's side of search, loaded with the first search of a page (never
 * with the page): the locale's Pagefind bundle, and the query in the matching
 * form the index was written in (i18n/searchText.ts).
 */
import {searchText} from '../../i18n/searchText';

export interface SearchHit {
  url: string;
  title: string;
  description: string;
}

/** The part of Pagefind's browser API (pagefind.js) used here. */
interface Pagefind {
  options(options: {baseUrl: string}): Promise<void>;
  init(): Promise<void>;
  search(query: string): Promise<{results: {data(): Promise<{url: string; meta: Record<string, string>}>}[]} | null>;
}

const bundles = new Map<string, Promise<Pagefind>>();

function load(bundle: string): Promise<Pagefind> {
  let loading = bundles.get(bundle);
  if (!loading) {
    // The bundle is written by the build next to the pages: the site's bundler must leave this import alone.
    loading = (import(/* webpackIgnore: true */ bundle) as Promise<Pagefind>).then(async (pagefind) => {
      // Result URLs are the posts' permalinks, which already hold the site's baseUrl.
      await pagefind.options({baseUrl: '/'});
      await pagefind.init();
      return pagefind;
    });
    // A failed load (no index: the dev server, an unfinished build) is tried again with the next query.
    loading.catch(() => bundles.delete(bundle));
    bundles.set(bundle, loading);
  }
  return loading;
}

/** The first `limit` posts that match the query, best first, and how many match in all. */
export async function searchPosts(
  bundle: string,
  query: string,
  limit: number,
): Promise<{hits: SearchHit[]; total: number}> {
  const words = searchText(query);
  if (words === '') return {hits: [], total: 0};
  const pagefind = await load(bundle);
  const results = (await pagefind.search(words))?.results ?? [];
  const hits = await Promise.all(
    results.slice(0, limit).map(async (result) => {
      const {url, meta} = await result.data();
      return {url, title: meta.title ?? url, description: meta.description ?? ''};
    }),
  );
  return {hits, total: results.length};
}
