/**
 * Copied from @docusaurus/theme-classic 3.10.2,
 * lib/theme/BlogPostPage/StructuredData/index.js, and changed as said below.
 * tests/unit/upstream-premises.test.ts fails when the upstream file changes:
 * compare, and carry its changes over.
 */
import React, {type ReactNode} from 'react';
import Head from '@docusaurus/Head';
import {useBlogPostStructuredData} from '@docusaurus/plugin-content-blog/client';
import {jsonForScript, usePageLanguage} from '../../../client/language';
import {useBlogPostWithExtras} from '../../../client/postMetadata';

/**
 * The post's BlogPosting JSON-LD, with its language, written so that markup in
 * front matter cannot close the script (the classic theme's JSON.stringify lets
 * `</script>` in a title through: a stored XSS).
 */
export default function BlogPostStructuredData(): ReactNode {
  const data = useBlogPostStructuredData();
  const {language} = useBlogPostWithExtras().metadata;
  const page = usePageLanguage();
  const inLanguage = language?.lang ?? page.lang;
  return (
    <Head>
      <script type="application/ld+json">{jsonForScript({...data, inLanguage})}</script>
    </Head>
  );
}
