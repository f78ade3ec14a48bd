/**
 * Which posts the blog plugin refuses to load, and why: when its load fails,
 * the dev server reads each post alone with the blog plugin's own reader
 * (its front matter schema, authors, dates, tags), so that it leaves out those
 * posts, not the blog, and shows what Docusaurus said on their problems page.
 */
import path from 'node:path';
import type {PluginOptions as BlogPluginOptions} from '@docusaurus/plugin-content-blog';
import type {LoadContext} from '@docusaurus/types';
import type {CheckResult} from '../check';
import {exists} from '../shared/files';
import {firstLine} from '../shared/text';
import {contentPathsOf} from './localizedPosts';
import {blogRegistries, generateBlogPosts} from './upstream/blogInternals';

/** A post the blog plugin refused, with the first line of its reason and the field it names, if any. */
export interface Refusal {
  relativePath: string;
  reason: string;
  field: readonly (string | number)[];
}

/** The innermost error: the blog plugin wraps the reason in "Processing of blog source file … failed." */
function rootCause(error: unknown): unknown {
  let current = error;
  while (current instanceof Error && current.cause !== undefined) current = current.cause;
  return current;
}

/** The field a Joi validation error names (its first detail's path), if any. */
function fieldOf(error: unknown): (string | number)[] {
  if (typeof error !== 'object' || error === null || !('details' in error) || !Array.isArray(error.details)) return [];
  const detail: unknown = error.details[0];
  if (typeof detail !== 'object' || detail === null || !('path' in detail) || !Array.isArray(detail.path)) return [];
  return detail.path.filter((p): p is string | number => typeof p === 'string' || typeof p === 'number');
}

/**
 * The posts among `relativePaths` that the blog plugin refuses in this
 * locale: a post of the blog folder (or its translation) as the blog plugin
 * reads it, a post that exists only in the locale's folder as the plugin
 * reads those (plugin/localizedPosts.ts).
 */
export async function refusedPosts(
  context: LoadContext,
  options: BlogPluginOptions,
  relativePaths: readonly string[],
): Promise<Refusal[]> {
  const contentPaths = contentPathsOf(context, options);
  // Both locale folders, as the blog plugin itself reads them.
  const {tagsFile, authorsMap} = await blogRegistries(context, options, contentPaths);
  const refusals: Refusal[] = [];
  for (const relativePath of relativePaths) {
    const inBlogFolder = exists(path.join(contentPaths.contentPath, relativePath));
    const paths = inBlogFolder
      ? contentPaths
      : {contentPath: contentPaths.contentPathLocalized ?? contentPaths.contentPath, contentPathLocalized: undefined};
    try {
      await generateBlogPosts(paths, context, {...options, include: [relativePath], exclude: []}, tagsFile, authorsMap);
    } catch (error) {
      const cause = rootCause(error);
      const reason = firstLine(cause).trim();
      refusals.push({relativePath, reason, field: fieldOf(cause)});
    }
  }
  return refusals;
}

/** The posts the blog plugin may read in a locale: its own folder's, and the blog folder's. */
export function readablePosts(result: CheckResult, locale: string, defaultLocale: string): string[] {
  const paths = result.posts.filter((p) => p.post.locale === locale || p.post.locale === defaultLocale);
  return [...new Set(paths.map((p) => p.post.relativePath))];
}
