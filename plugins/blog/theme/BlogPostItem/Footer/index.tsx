import React, {type ReactNode} from 'react';
import Footer from '@theme-init/BlogPostItem/Footer';
import type FooterType from '@theme/BlogPostItem/Footer';
import type {WrapperProps} from '@docusaurus/types';
import PageLanguage from '../../PageLanguage';

/** Tags and "read more" are the site's words: the page's language. */
export default function FooterWrapper(props: WrapperProps<typeof FooterType>): ReactNode {
  return (
    <PageLanguage>
      <Footer {...props} />
    </PageLanguage>
  );
}
