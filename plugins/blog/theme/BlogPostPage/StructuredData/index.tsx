/**
 * Copied from @docusaurus/theme-classic 3.10.2,
 * lib/theme/BlogPostPage/StructuredData/index.js, and changed as said below.
 * tests/unit/upstream-premises.test.ts fails when the upstream file changes:
 * compare, and carry its changes over.
 */
import React, {type ReactNode} from 'react';
import Head from '@docusaurus/Head';
import {translate} from '@docusaurus/Translate';
import {useBlogPostStructuredData} from '@docusaurus/plugin-content-blog/client';
import {jsonForScript, usePageLanguage} from '../../../client/language';
import {useBlogPostWithExtras} from '../../../client/postMetadata';

/**
 * The post's BlogPosting JSON-LD, with its language, written so that markup in
 * front matter cannot close the script (the classic theme's JSON.stringify lets
 * `</script>` in a title through: a stored XSS). Its image caption is in the
 * page's language (the blog plugin writes it in English), and a post shown
 * untranslated names its original's URL, as its canonical link does: the page
 * under this locale is a copy.
 */
export default function BlogPostStructuredData(): ReactNode {
  const data = useBlogPostStructuredData();
  const {language, title} = useBlogPostWithExtras().metadata;
  const page = usePageLanguage();
  const inLanguage = language?.lang ?? page.lang;
  const original = language?.untranslatedFrom;
  const ownImage = data.image;
  const image =
    ownImage && typeof ownImage === 'object' && !Array.isArray(ownImage) && 'caption' in ownImage
      ? {
          ...(ownImage as object),
          caption: translate(
            {
              id: 'qalam.structuredData.imageCaption',
              message: 'Title image of the post: {title}',
              description: "The caption of a post's image in its structured data (JSON-LD)",
            },
            {title},
          ),
        }
      : data.image;
  return (
    <Head>
      <script type="application/ld+json">
        {jsonForScript({
          ...data,
          ...(image ? {image} : {}),
          ...(original ? {'@id': original, mainEntityOfPage: original, url: original} : {}),
          inLanguage,
        })}
      </script>
    </Head>
  );
}
