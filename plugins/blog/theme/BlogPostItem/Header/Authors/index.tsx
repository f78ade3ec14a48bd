import React, {type ReactNode} from 'react';
import Authors from '@theme-init/BlogPostItem/Header/Authors';
import type AuthorsType from '@theme/BlogPostItem/Header/Authors';
import type {WrapperProps} from '@docusaurus/types';
import PageLanguage from '../../../PageLanguage';

/** Author names and titles come from the locale's authors.yml: the page's language. */
export default function AuthorsWrapper(props: WrapperProps<typeof AuthorsType>): ReactNode {
  return (
    <PageLanguage>
      <Authors {...props} />
    </PageLanguage>
  );
}
