import React, {type ReactNode} from 'react';
import Header from '@theme-init/BlogPostItem/Header';
import type HeaderType from '@theme/BlogPostItem/Header';
import type {WrapperProps} from '@docusaurus/types';
import {useBlogPost} from '@docusaurus/plugin-content-blog/client';
import FrontMatterProblems from '../../FrontMatterProblems';
import UntranslatedNotice from '../../UntranslatedNotice';
import TOCMobile from '../TOCMobile';
import {useBlogGlobalData} from '../../../client/language';

type Props = WrapperProps<typeof HeaderType>;

/**
 * The post's header, after the notice of an untranslated post and, in the dev
 * server, the list of its front matter problems; on a post's page, the table
 * of contents for narrow screens follows it.
 */
export default function HeaderWrapper(props: Props): ReactNode {
  const {metadata, isBlogPostPage} = useBlogPost();
  const data = useBlogGlobalData();
  const problems = isBlogPostPage ? data.problems?.[metadata.permalink] : undefined;
  return (
    <>
      {problems && <FrontMatterProblems problems={problems} />}
      <UntranslatedNotice />
      <Header {...props} />
      <TOCMobile />
    </>
  );
}
