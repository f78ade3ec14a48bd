/**
 * Internals of @docusaurus/plugin-content-blog 3.10.2 that the plugin calls.
 * The package exports them only from lib/, not from its public entry, so an
 * upgrade may move or change them: tests/unit/upstream-premises.test.ts fails
 * when it does.
 *
 * - `generateBlogPosts` and `getAuthorsMap`: the blog plugin's own reader,
 *   pointed at a locale's folder for posts that exist only there
 *   (plugin/localizedPosts.ts), so they get the same metadata and permalinks.
 * - `parseBlogFileName`: the date and slug the blog plugin reads from a post's
 *   file name, for the permalink of a post it could not load (plugin/permalink.ts).
 */
import type {PluginOptions as BlogPluginOptions} from '@docusaurus/plugin-content-blog';
import {getAuthorsMap} from '@docusaurus/plugin-content-blog/lib/authorsMap.js';
import type {LoadContext} from '@docusaurus/types';
import {normalizeUrl, type ContentPaths} from '@docusaurus/utils';
import {getTagsFile} from '@docusaurus/utils-validation';

export {getAuthorsMap};
export {generateBlogPosts, parseBlogFileName} from '@docusaurus/plugin-content-blog/lib/blogUtils.js';

/** The tags file and authors map, read as the blog plugin reads them for its own load. */
export async function blogRegistries(context: LoadContext, options: BlogPluginOptions, contentPaths: ContentPaths) {
  const {baseUrl} = context;
  const [tagsFile, authorsMap] = await Promise.all([
    getTagsFile({contentPaths, tags: options.tags}),
    getAuthorsMap({
      contentPaths,
      authorsMapPath: options.authorsMapPath,
      authorsBaseRoutePath: normalizeUrl([baseUrl, options.routeBasePath, options.authorsBasePath]),
      baseUrl,
    }),
  ]);
  return {tagsFile, authorsMap};
}
