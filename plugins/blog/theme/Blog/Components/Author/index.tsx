/**
 * Copied from @docusaurus/theme-classic 3.10.2,
 * lib/theme/Blog/Components/Author/index.js, and changed as said below. It
 * imports that component's private CSS module.
 * tests/unit/upstream-premises.test.ts fails when the upstream file changes:
 * compare, and carry its changes over.
 */
import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import Link, {type Props as LinkProps} from '@docusaurus/Link';
import AuthorSocials from '@theme/Blog/Components/Author/Socials';
import Heading from '@theme/Heading';
import type {Props} from '@theme/Blog/Components/Author';
import styles from '@docusaurus/theme-classic/lib/theme/Blog/Components/Author/styles.module.css';
import {useLocaleFormat} from '../../../../client/language';

function MaybeLink(props: LinkProps): ReactNode {
  return props.href ? <Link {...props} /> : <>{props.children}</>;
}

/**
 * The classic theme's author block, with the name and title isolated (<bdi>):
 * a Latin name in an Arabic line, or the reverse, keeps its order and does not
 * drag the punctuation around it. The post count uses the locale's digits.
 */
export default function BlogAuthor({as, author, className, count}: Props): ReactNode {
  const {name, title, url, imageURL, email, page} = author;
  const link = page?.permalink || url || (email && `mailto:${email}`) || undefined;
  const format = useLocaleFormat();
  return (
    <div className={clsx('avatar margin-bottom--sm', className, styles[`author-as-${as}`])}>
      {imageURL && (
        <MaybeLink href={link} className="avatar__photo-link">
          <img className={clsx('avatar__photo', styles.authorImage)} src={imageURL} alt={name} />
        </MaybeLink>
      )}
      {(name || title) && (
        <div className={clsx('avatar__intro', styles.authorDetails)}>
          <div className="avatar__name">
            {name && (
              <MaybeLink href={link}>
                {as ? (
                  <Heading as={as} className={styles.authorName} translate="no">
                    <bdi>{name}</bdi>
                  </Heading>
                ) : (
                  <span className={styles.authorName} translate="no">
                    <bdi>{name}</bdi>
                  </span>
                )}
              </MaybeLink>
            )}
            {count !== undefined && <span className={styles.authorBlogPostCount}>{format.number(count)}</span>}
          </div>
          {!!title && (
            <small className={clsx(styles.authorTitle, 'qalam-author-title')} title={title}>
              <bdi>{title}</bdi>
            </small>
          )}
          <AuthorSocials author={author} />
        </div>
      )}
    </div>
  );
}
