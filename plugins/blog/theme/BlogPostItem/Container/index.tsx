import React, {type ReactNode} from 'react';
import {useBlogPost} from '@docusaurus/plugin-content-blog/client';
import type {Props} from '@theme/BlogPostItem/Container';
import {usePageLanguage} from '../../../client/language';
import type {PostLanguage} from '../../../plugin/localizedPosts';

/** The post's article, with its own language and direction when they differ from the page's. */
export default function BlogPostItemContainer({children, className}: Props): ReactNode {
  const {metadata} = useBlogPost();
  const page = usePageLanguage();
  const language = (metadata as {language?: PostLanguage}).language;
  const own = language && language.lang !== page.lang ? {lang: language.lang, dir: language.dir} : {};
  return (
    <article className={className} {...own}>
      {children}
    </article>
  );
}
