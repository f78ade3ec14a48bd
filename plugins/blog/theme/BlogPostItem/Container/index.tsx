/**
 * Copied from @docusaurus/theme-classic 3.10.2,
 * lib/theme/BlogPostItem/Container/index.js, and changed as said below.
 * tests/unit/upstream-premises.test.ts fails when the upstream file changes:
 * compare, and carry its changes over.
 */
import React, {type ReactNode} from 'react';
import type {Props} from '@theme/BlogPostItem/Container';
import {usePageLanguage} from '../../../client/language';
import {useBlogPostWithExtras} from '../../../client/postMetadata';

/** The post's article, with its own language and direction when they differ from the page's. */
export default function BlogPostItemContainer({children, className}: Props): ReactNode {
  const {language} = useBlogPostWithExtras().metadata;
  const page = usePageLanguage();
  const own = language && language.lang !== page.lang ? {lang: language.lang, dir: language.dir} : {};
  return (
    <article className={className} {...own}>
      {children}
    </article>
  );
}
