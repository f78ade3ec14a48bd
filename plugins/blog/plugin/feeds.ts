/** The build's feeds, once written by the blog plugin: each entry's language, then well-formed XML. */
import path from 'node:path';
import type {BlogPost} from '@docusaurus/plugin-content-blog';
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
