/**
 * Copied from @docusaurus/theme-classic 3.10.2,
 * lib/theme/BlogListPage/index.js, and changed as said below.
 * tests/unit/upstream-premises.test.ts fails when the upstream file changes:
 * compare, and carry its changes over.
 */
import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {PageMetadata, HtmlClassNameProvider, ThemeClassNames} from '@docusaurus/theme-common';
import BlogLayout from '@theme/BlogLayout';
import BlogListPaginator from '@theme/BlogListPaginator';
import SearchMetadata from '@theme/SearchMetadata';
import BlogPostItems from '@theme/BlogPostItems';
import BlogListPageStructuredData from '@theme/BlogListPage/StructuredData';
import Heading from '@theme/Heading';
import type {Props} from '@theme/BlogListPage';

function useListTitle({metadata}: Props): string {
  const {
    siteConfig: {title: siteTitle},
  } = useDocusaurusContext();
  const isBlogOnlyMode = metadata.permalink === '/';
  return isBlogOnlyMode ? siteTitle : metadata.blogTitle;
}

function BlogListPageMetadata(props: Props): ReactNode {
  const title = useListTitle(props);
  return (
    <>
      <PageMetadata title={title} description={props.metadata.blogDescription} />
      <SearchMetadata tag="blog_posts_list" />
    </>
  );
}

/**
 * The classic theme's list of posts, with the page's h1: it had none (each
 * post's title is an h2), so a reader moving by headings found no page title.
 * The list shows the site's name in the navbar already: the h1 is for
 * assistive technology and search engines, and visually hidden.
 */
function BlogListPageContent(props: Props): ReactNode {
  const {metadata, items, sidebar} = props;
  const title = useListTitle(props);
  return (
    <BlogLayout sidebar={sidebar}>
      <Heading as="h1" className="qalam-visually-hidden">
        {title}
      </Heading>
      <BlogPostItems items={items} />
      <BlogListPaginator metadata={metadata} />
    </BlogLayout>
  );
}

export default function BlogListPage(props: Props): ReactNode {
  return (
    <HtmlClassNameProvider className={clsx(ThemeClassNames.wrapper.blogPages, ThemeClassNames.page.blogListPage)}>
      <BlogListPageMetadata {...props} />
      <BlogListPageStructuredData {...props} />
      <BlogListPageContent {...props} />
    </HtmlClassNameProvider>
  );
}
