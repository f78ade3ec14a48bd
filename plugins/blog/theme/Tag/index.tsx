/**
 * Copied from @docusaurus/theme-classic 3.10.2, lib/theme/Tag/index.js, and
 * changed as said below. It imports that component's private CSS module.
 * tests/unit/upstream-premises.test.ts fails when the upstream file changes:
 * compare, and carry its changes over.
 *
 * A tag label comes from front matter or tags.yml and may be in another script
 * than the line around it ("DeepSeek" among Arabic tags): isolated with <bdi>
 * so it keeps its order and does not drag punctuation. Counts use the
 * locale's digits.
 */
import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import type {Props} from '@theme/Tag';
import styles from '@docusaurus/theme-classic/lib/theme/Tag/styles.module.css';
import {useLocaleFormat} from '../../client/language';

export default function Tag({permalink, label, count, description}: Props): ReactNode {
  const format = useLocaleFormat();
  const hasCount = count !== undefined;
  return (
    <Link
      rel="tag"
      href={permalink}
      title={description}
      className={clsx(styles.tag, hasCount ? styles.tagWithCount : styles.tagRegular)}>
      <bdi>{label}</bdi>
      {hasCount && <span>{format.number(count)}</span>}
    </Link>
  );
}
