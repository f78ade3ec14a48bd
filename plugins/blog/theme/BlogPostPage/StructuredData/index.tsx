import React, {type ReactNode} from 'react';
import Head from '@docusaurus/Head';
import {useBlogPost, useBlogPostStructuredData} from '@docusaurus/plugin-content-blog/client';
import {jsonForScript, usePageLanguage} from '../../../client/language';
import type {PostLanguage} from '../../../plugin/localizedPosts';

/**
 * The post's BlogPosting JSON-LD, with its language, written so that markup in
 * front matter cannot close the script (the classic theme's JSON.stringify lets
 * `</script>` in a title through: a stored XSS).
 */
export default function BlogPostStructuredData(): ReactNode {
  const data = useBlogPostStructuredData();
  const {metadata} = useBlogPost();
  const page = usePageLanguage();
  const inLanguage = (metadata as {language?: PostLanguage}).language?.lang ?? page.lang;
  return (
    <Head>
      <script type="application/ld+json">{jsonForScript({...data, inLanguage})}</script>
    </Head>
  );
}
