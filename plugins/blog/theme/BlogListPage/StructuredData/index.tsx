/**
 * Copied from @docusaurus/theme-classic 3.10.2,
 * lib/theme/BlogListPage/StructuredData/index.js, and changed as said below.
 * tests/unit/upstream-premises.test.ts fails when the upstream file changes:
 * compare, and carry its changes over.
 */
import React, {type ReactNode} from 'react';
import Head from '@docusaurus/Head';
import {useBlogListPageStructuredData} from '@docusaurus/plugin-content-blog/client';
import type {Props} from '@theme/BlogListPage/StructuredData';
import {jsonForScript, usePageLanguage} from '../../../client/language';

/** The list's Blog JSON-LD, escaped like the post's (see BlogPostPage/StructuredData). */
export default function BlogListPageStructuredData(props: Props): ReactNode {
  const data = useBlogListPageStructuredData(props);
  const {lang} = usePageLanguage();
  return (
    <Head>
      <script type="application/ld+json">{jsonForScript({...data, inLanguage: lang})}</script>
    </Head>
  );
}
