import type {PostInput} from '../context';

/** The post's blog folder ("blog/", "i18n/ar/docusaurus-plugin-content-blog/"), from its two paths. */
export function blogFolderOf(post: PostInput): string {
  return post.file.endsWith(post.relativePath) ? post.file.slice(0, post.file.length - post.relativePath.length) : '';
}
