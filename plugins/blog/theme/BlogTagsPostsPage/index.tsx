import React, {type ReactNode} from 'react';
import BlogTagsPostsPage from '@theme-init/BlogTagsPostsPage';
import type {Props} from '@theme/BlogTagsPostsPage';
import {useLocalizedCount} from '../../client/language';

/** The tag page, its post count in the locale's digits ("٣ مقالات"). */
export default function BlogTagsPostsPageWrapper(props: Props): ReactNode {
  const count = useLocalizedCount();
  return <BlogTagsPostsPage {...props} tag={{...props.tag, count: count(props.tag.count)}} />;
}
