/** The language of the page's post, where it differs from the page's. */
import {useBlogPost} from '@docusaurus/plugin-content-blog/client';
import {usePageLanguage} from './language';
import type {Dir, PostMetadataExtras} from './types';

/**
 * The post's own language and direction when it is written in another
 * language than the page's (an untranslated post, a post with `lang`), else
 * undefined; undefined too outside a blog post (the table of contents of an
 * MDX page). `useBlogPost` throws outside a post after reading its context,
 * so the hooks run in the same order either way.
 */
export function usePostOwnLanguage(): {lang: string; dir: Dir} | undefined {
  const page = usePageLanguage();
  let language: PostMetadataExtras['language'];
  try {
    language = (useBlogPost().metadata as PostMetadataExtras).language;
  } catch {
    return undefined;
  }
  return language && language.lang !== page.lang ? {lang: language.lang, dir: language.dir} : undefined;
}
