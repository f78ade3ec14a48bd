import type {PostInput, SiteFacts} from '../context';

/** The post's blog folder ("blog/", "i18n/ar/docusaurus-plugin-content-blog/"), from its two paths. */
export function blogFolderOf(post: PostInput): string {
  return post.file.endsWith(post.relativePath) ? post.file.slice(0, post.file.length - post.relativePath.length) : '';
}

/**
 * A registry as a message names it: its file name (the blog's `tags` or
 * `authorsMapPath`), and the file to add an entry to, the default locale's
 * (for a post of another locale too: a translation's registry only labels).
 */
export function registryFileOf(
  post: PostInput,
  site: Pick<SiteFacts, 'defaultLocale' | 'blogFolder' | 'settings'>,
  kind: 'tags' | 'authors',
): {name: string; file: string} {
  const name = site.settings.registryFiles?.[kind] ?? `${kind}.yml`;
  return {name, file: `${post.locale === site.defaultLocale ? blogFolderOf(post) : site.blogFolder}${name}`};
}
