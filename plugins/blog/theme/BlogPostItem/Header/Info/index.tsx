/**
 * Copied from @docusaurus/theme-classic 3.10.2,
 * lib/theme/BlogPostItem/Header/Info/index.js, and changed as said below. It
 * imports that component's private CSS module.
 * tests/unit/upstream-premises.test.ts fails when the upstream file changes:
 * compare, and carry its changes over.
 */
import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type {Props} from '@theme/BlogPostItem/Header/Info';
import styles from '@docusaurus/theme-classic/lib/theme/BlogPostItem/Header/Info/styles.module.css';
import {pluralForm} from '../../../../client/digits';
import {useLocaleFormat} from '../../../../client/language';
import {useBlogPostWithExtras} from '../../../../client/postMetadata';
import PageLanguage from '../../../PageLanguage';

/**
 * Date and reading time, in the page's language and the locale's digits (the
 * classic theme prints the reading time in Latin digits whatever the locale).
 * The reading time's plural form is picked as usePluralForm picks it (the
 * current locale's rules, English's where Intl has none), by rules made once
 * per locale: usePluralForm makes an `Intl.PluralRules` for every post item it
 * renders, which was half a second of each page-rendering thread of a
 * 1,000-post locale.
 */
export default function BlogPostItemHeaderInfo({className}: Props): ReactNode {
  // The build formats the date (client/postDate.ts); formatting it here would load the locale's calendar data.
  const {date, readingTime, formattedDate} = useBlogPostWithExtras().metadata;
  const format = useLocaleFormat();
  const {currentLocale} = useDocusaurusContext().i18n;
  const minutes = readingTime === undefined ? undefined : Math.ceil(readingTime);
  return (
    <PageLanguage>
      <div className={clsx(styles.container, 'margin-vert--md', className)}>
        <time dateTime={date}>{formattedDate ?? format.date(date)}</time>
        {minutes !== undefined && (
          <>
            {' · '}
            {pluralForm(
              translate(
                {
                  id: 'theme.blog.post.readingTime.plurals',
                  description: 'Pluralized label for "{readingTime} min read"',
                  message: 'One min read|{readingTime} min read',
                },
                {readingTime: format.number(minutes)},
              ),
              minutes,
              currentLocale,
            )}
          </>
        )}
      </div>
    </PageLanguage>
  );
}
