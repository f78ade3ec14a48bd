/**
 * Copied from @docusaurus/theme-classic 3.10.2,
 * lib/theme/BlogArchivePage/index.js, and changed as said below.
 * tests/unit/upstream-premises.test.ts fails when the upstream file changes:
 * compare, and carry its changes over.
 */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import {PageMetadata} from '@docusaurus/theme-common';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import type {ArchiveBlogPost, Props} from '@theme/BlogArchivePage';
import {useLocaleFormat, usePostLanguageOf} from '../../client/language';

/**
 * The archive: dates in the locale's digits, each title isolated in its own
 * post's direction (an English title in the Arabic archive keeps its order);
 * each year's posts newest first, as the years are (the classic theme lists a
 * year's posts oldest first), and the description under the title only where
 * it says something else (both are "Archive" by default). Years are h2 (the
 * classic theme's h3 skips a level under the page's h1).
 */
function Year({year, posts}: {year: string; posts: ArchiveBlogPost[]}): ReactNode {
  const format = useLocaleFormat();
  const languageOf = usePostLanguageOf();
  return (
    <>
      <Heading as="h2" id={year}>
        {format.plain(Number(year))}
      </Heading>
      <ul>
        {posts.map((post) => {
          const {lang, dir} = languageOf(post.metadata.permalink);
          return (
            <li key={post.metadata.date}>
              <Link to={post.metadata.permalink}>
                {format.date(post.metadata.date, {day: 'numeric', month: 'long'})} -{' '}
                <bdi lang={lang} dir={dir}>
                  {post.metadata.title}
                </bdi>
              </Link>
            </li>
          );
        })}
      </ul>
    </>
  );
}

function postsByYear(blogPosts: readonly ArchiveBlogPost[]) {
  const byYear = new Map<string, ArchiveBlogPost[]>();
  for (const post of blogPosts) {
    const year = post.metadata.date.split('-')[0]!;
    byYear.set(year, [...(byYear.get(year) ?? []), post]);
  }
  return [...byYear].map(([year, posts]) => ({year, posts}));
}

export default function BlogArchive({archive}: Props): ReactNode {
  const title = translate({
    id: 'theme.blog.archive.title',
    message: 'Archive',
    description: 'The page & hero title of the blog archive page',
  });
  const description = translate({
    id: 'theme.blog.archive.description',
    message: 'Archive',
    description: 'The page & hero description of the blog archive page',
  });
  const years = postsByYear(archive.blogPosts);
  return (
    <>
      <PageMetadata title={title} description={description} />
      <Layout>
        <header className="hero hero--primary">
          <div className="container">
            <Heading as="h1" className="hero__title">
              {title}
            </Heading>
            {description !== title && <p className="hero__subtitle">{description}</p>}
          </div>
        </header>
        <main>
          {years.length > 0 && (
            <section className="margin-vert--lg">
              <div className="container">
                <div className="row">
                  {years.map((props) => (
                    <div key={props.year} className="col col--4 margin-vert--lg">
                      <Year {...props} />
                    </div>
                  ))}
                </div>
              </div>
            </section>
          )}
        </main>
      </Layout>
    </>
  );
}
