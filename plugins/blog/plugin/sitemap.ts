/**
 * The blog's posts in the sitemaps, as the page heads have them: a post shown
 * untranslated in a locale is left out of that locale's sitemap (its canonical
 * URL is its original's, which the original's sitemap lists), and a post
 * written in several locales lists its versions as hreflang alternates
 * (`<xhtml:link rel="alternate" hreflang>`), with x-default. For the sitemap
 * plugin's `createSitemapItems` option; the blog plugin records its posts for
 * it in each locale's build (contentLoaded).
 */
import type {BlogPost} from '@docusaurus/plugin-content-blog';
import type {LoadContext} from '@docusaurus/types';
import type {PostWithExtras} from '../client/types';
import {shared} from './sharedState';

/** What a locale's sitemap needs of the blog: its posts by full URL. */
export interface SitemapPosts {
  /** Full URL → the URLs of its versions by hreflang (none for a post in one locale), or "untranslated". */
  posts: Map<string, {alternates: [hreflang: string, url: string][]} | 'untranslated'>;
}

const key = (siteUrl: string, baseUrl: string) => `${siteUrl}${baseUrl}`;

/** Called by the blog plugin once its posts are loaded, for the locale being built. */
export function recordSitemapPosts(context: LoadContext, posts: readonly PostWithExtras<BlogPost>[]): void {
  const {siteConfig, baseUrl, i18n} = context;
  const urlOf = (locale: string, permalink: string) => {
    const config = i18n.localeConfigs[locale];
    return `${config?.url ?? siteConfig.url}${config?.baseUrl ?? '/'}${permalink.slice(baseUrl.length)}`;
  };
  const out: SitemapPosts['posts'] = new Map();
  for (const post of posts) {
    const {language, permalink} = post.metadata;
    const url = siteConfig.url + permalink;
    if (!language) continue;
    if (language.untranslatedFrom) {
      out.set(url, 'untranslated');
      continue;
    }
    if (language.locales.length < 2) continue;
    const xDefault = language.locales.includes(i18n.defaultLocale) ? i18n.defaultLocale : language.locales[0]!;
    out.set(url, {
      alternates: [
        ...language.locales.map((locale): [string, string] => [
          i18n.localeConfigs[locale]?.htmlLang ?? locale,
          urlOf(locale, permalink),
        ]),
        ['x-default', urlOf(xDefault, permalink)],
      ],
    });
  }
  shared.sitemapPosts.set(key(siteConfig.url, baseUrl), {posts: out});
}

interface SitemapItem {
  url: string;
  links?: {lang: string; url: string}[];
}

interface CreateSitemapItemsParams<Item> {
  siteConfig: {url: string; baseUrl: string};
  defaultCreateSitemapItems: (params: never) => Promise<Item[]>;
}

/** The sitemap plugin's `createSitemapItems` for a site whose blog is this plugin. */
export async function createSitemapItems<Item extends SitemapItem, Params extends CreateSitemapItemsParams<Item>>(
  params: Params,
): Promise<Item[]> {
  const {defaultCreateSitemapItems, ...rest} = params;
  const items = await defaultCreateSitemapItems(rest as never);
  const recorded = shared.sitemapPosts.get(key(params.siteConfig.url, params.siteConfig.baseUrl));
  if (!recorded) return items;
  return items.flatMap((item) => {
    const post = recorded.posts.get(item.url);
    if (post === 'untranslated') return [];
    if (!post) return [item];
    return [{...item, links: post.alternates.map(([lang, url]) => ({lang, url}))}];
  });
}
