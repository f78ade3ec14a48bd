/**
 * The post of the page (`useBlogPost`), its metadata typed with what the
 * plugin adds to it (client/types.ts `PostMetadataExtras`): the extras are
 * optional, so the blog plugin's metadata is assignable to it as it is.
 */
import {useBlogPost} from '@docusaurus/plugin-content-blog/client';
import type {PostMetadataExtras} from './types';

export function useBlogPostWithExtras() {
  const post = useBlogPost();
  const metadata: typeof post.metadata & PostMetadataExtras = post.metadata;
  return {...post, metadata};
}
