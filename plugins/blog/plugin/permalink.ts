/**
 * The URL of a post the blog plugin could not load, so that the dev server can
 * show its problems at the URL the post will have once fixed. It is the blog
 * plugin's own rule (3.10.2, `processBlogSourceFile`): the front matter's slug,
 * else the slug read from the file name, under the blog's route.
 */
import {normalizeUrl, posixPath} from '@docusaurus/utils';
import {parseBlogFileName} from './upstream/blogInternals';

export interface BlogRoute {
  /** The site's (or the locale's) base URL: "/" or "/ar/". */
  baseUrl: string;
  /** The blog's `routeBasePath` option. */
  routeBasePath: string;
}

/** `relativePath`: the post's file in its blog folder; `slug`: its front matter's, whatever it holds. */
export function permalinkOf({baseUrl, routeBasePath}: BlogRoute, relativePath: string, slug: unknown): string {
  const ownSlug = typeof slug === 'string' && slug.trim() ? slug : undefined;
  return normalizeUrl([baseUrl, routeBasePath, ownSlug ?? parseBlogFileName(posixPath(relativePath)).slug]);
}
