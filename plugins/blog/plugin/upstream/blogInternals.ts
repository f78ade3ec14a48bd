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
export {getAuthorsMap} from '@docusaurus/plugin-content-blog/lib/authorsMap.js';
export {generateBlogPosts, parseBlogFileName} from '@docusaurus/plugin-content-blog/lib/blogUtils.js';
