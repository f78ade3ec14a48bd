import React, {type ReactNode} from 'react';
import Header from '@theme-init/BlogPostItem/Header';
import type HeaderType from '@theme/BlogPostItem/Header';
import type {WrapperProps} from '@docusaurus/types';
import {usePluginData} from '@docusaurus/useGlobalData';
import {useBlogPost} from '@docusaurus/plugin-content-blog/client';
import FrontMatterProblems from '../../FrontMatterProblems';
import UntranslatedNotice from '../../UntranslatedNotice';
import type {PostProblems} from '../../../index';

type Props = WrapperProps<typeof HeaderType>;

/**
 * The post's header, after the notice of an untranslated post and, in the dev
 * server, the list of its front matter problems.
 */
export default function HeaderWrapper(props: Props): ReactNode {
  const {metadata, isBlogPostPage} = useBlogPost();
  const data = usePluginData('docusaurus-plugin-content-blog') as {problems?: Record<string, PostProblems>} | undefined;
  const problems = isBlogPostPage ? data?.problems?.[metadata.permalink] : undefined;
  return (
    <>
      {problems && <FrontMatterProblems problems={problems} />}
      <UntranslatedNotice />
      <Header {...props} />
    </>
  );
}
