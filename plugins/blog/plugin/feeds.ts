/**
 * The build's feeds, once written by the blog plugin: each entry's language,
 * then well-formed XML. And the titles of their links in the page head, which
 * @docusaurus/plugin-content-blog 3.10.2 writes in English ("{title} RSS Feed")
 * in every locale: here in the locale's language, from its code translations.
 */
import path from 'node:path';
import type {BlogPost} from '@docusaurus/plugin-content-blog';
import type {HtmlTagObject, HtmlTags, LoadContext} from '@docusaurus/types';
import type {PostWithExtras} from '../client/types';
import type {PluginSetup} from './setup';
import {patchFeeds} from './upstream/feedLanguage';
import {repairFeeds} from './upstream/feedSafety';

export async function finishFeeds(
  {blogOptions, context, pageLang}: PluginSetup,
  outDir: string,
  posts: readonly PostWithExtras<BlogPost>[],
) {
  if (!blogOptions.feedOptions.type) return;
  const feedDir = path.join(outDir, blogOptions.routeBasePath);
  await patchFeeds(feedDir, posts, context.siteConfig.url, blogOptions.feedOptions.language ?? pageLang);
  await repairFeeds(feedDir);
}

/** The feed links' titles by MIME type: ids of the site's code translations and their English. */
const FEED_TITLES: Record<string, {id: string; message: string}> = {
  'application/rss+xml': {id: 'qalam.feed.rss', message: '{title} RSS Feed'},
  'application/atom+xml': {id: 'qalam.feed.atom', message: '{title} Atom Feed'},
  'application/json': {id: 'qalam.feed.json', message: '{title} JSON Feed'},
};

/** The blog plugin's head tags, with each feed link titled in the locale's language. */
export function localizedFeedLinks(
  {context, blogOptions}: Pick<PluginSetup, 'context' | 'blogOptions'>,
  tags: HtmlTags | undefined,
): HtmlTags | undefined {
  if (!Array.isArray(tags)) return tags;
  const feedTitle = blogOptions.feedOptions.title ?? context.siteConfig.title;
  return tags.map((tag): string | HtmlTagObject => {
    if (typeof tag === 'string' || tag.tagName !== 'link' || tag.attributes?.rel !== 'alternate') return tag;
    const title = FEED_TITLES[String(tag.attributes.type)];
    if (!title) return tag;
    return {...tag, attributes: {...tag.attributes, title: translated(context, title).replace('{title}', feedTitle)}};
  });
}

function translated({codeTranslations}: LoadContext, {id, message}: {id: string; message: string}): string {
  return codeTranslations[id] ?? message;
}
