import React, {type ReactNode} from 'react';
import Tag from '@theme-init/Tag';
import type {Props} from '@theme/Tag';
import {useLocaleFormat} from '../../client/language';

/**
 * A tag label comes from front matter or tags.yml and may be in another script
 * than the line around it ("DeepSeek" among Arabic tags): isolated with <bdi>
 * so it keeps its order and does not drag punctuation. Counts use the
 * locale's digits.
 */
export default function TagWrapper({label, count, ...props}: Props): ReactNode {
  const format = useLocaleFormat();
  return <Tag {...props} label={(<bdi>{label}</bdi>) as unknown as string} count={(count === undefined ? undefined : format.number(count)) as unknown as number} />;
}
