/**
 * Copied from @docusaurus/theme-classic 3.10.2,
 * lib/theme/PaginatorNavLink/index.js, and changed as said below.
 * tests/unit/upstream-premises.test.ts fails when the upstream file changes:
 * compare, and carry its changes over.
 */
import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import type {Props} from '@theme/PaginatorNavLink';
import {usePostLanguageOf} from '../../client/language';

/**
 * Previous/next links. The title is a post's: isolated in the post's direction.
 * The arrows are drawn by CSS on the label (src/css), pointing the reading
 * direction in both scripts.
 */
export default function PaginatorNavLink({permalink, title, subLabel, isNext}: Props): ReactNode {
  const {lang, dir} = usePostLanguageOf()(permalink);
  return (
    <Link
      className={clsx('pagination-nav__link', isNext ? 'pagination-nav__link--next' : 'pagination-nav__link--prev')}
      to={permalink}>
      {subLabel && <div className="pagination-nav__sublabel">{subLabel}</div>}
      <div className="pagination-nav__label">
        <bdi lang={lang} dir={dir}>
          {title}
        </bdi>
      </div>
    </Link>
  );
}
