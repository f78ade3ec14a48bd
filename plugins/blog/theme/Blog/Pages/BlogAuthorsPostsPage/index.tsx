import React, {type ReactNode} from 'react';
import BlogAuthorsPostsPage from '@theme-init/Blog/Pages/BlogAuthorsPostsPage';
import type {Props} from '@theme/Blog/Pages/BlogAuthorsPostsPage';
import {useLocalizedCount} from '../../../../client/language';

/** The author page, its post count in the locale's digits. */
export default function BlogAuthorsPostsPageWrapper(props: Props): ReactNode {
  const count = useLocalizedCount();
  return <BlogAuthorsPostsPage {...props} author={{...props.author, count: count(props.author.count)}} />;
}
