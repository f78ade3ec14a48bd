/**
 * Copied from @docusaurus/theme-classic 3.10.2,
 * lib/theme/BlogPostPage/Metadata/index.js, and changed as said below.
 * tests/unit/upstream-premises.test.ts fails when the upstream file changes:
 * compare, and carry its changes over.
 */
import React, {type ReactNode} from 'react';
import {PageMetadata} from '@docusaurus/theme-common';
import {useBlogPostWithExtras} from '../../../client/postMetadata';

/**
 * The post's head. The classic theme joins tags and author URLs into one
 * comma-separated meta; Open Graph arrays are one meta element per value
 * (https://ogp.me/#array). The social card (or local image) adds its size,
 * type and alt text.
 */
export default function BlogPostPageMetadata(): ReactNode {
  const {assets, metadata} = useBlogPostWithExtras();
  // socialCard: set by cards/posts.ts.
  const {title, description, date, tags, authors, frontMatter, socialCard: card} = metadata;
  const {keywords} = frontMatter;
  const image = assets.image ?? frontMatter.image;
  return (
    <PageMetadata title={frontMatter.title_meta ?? title} description={description} keywords={keywords} image={image}>
      <meta property="og:type" content="article" />
      <meta property="article:published_time" content={date} />
      {image && card?.width && <meta property="og:image:width" content={String(card.width)} />}
      {image && card?.height && <meta property="og:image:height" content={String(card.height)} />}
      {image && card?.type && <meta property="og:image:type" content={card.type} />}
      {image && card?.alt && <meta property="og:image:alt" content={card.alt} />}
      {authors
        .map((author) => author.url)
        .filter((url): url is string => Boolean(url))
        .map((url) => (
          <meta key={url} property="article:author" content={url} />
        ))}
      {tags.map((tag) => (
        <meta key={tag.permalink} property="article:tag" content={tag.label} />
      ))}
    </PageMetadata>
  );
}
