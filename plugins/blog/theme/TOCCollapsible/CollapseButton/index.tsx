import React, {type ReactNode} from 'react';
import CollapseButton from '@theme-init/TOCCollapsible/CollapseButton';
import type CollapseButtonType from '@theme/TOCCollapsible/CollapseButton';
import type {WrapperProps} from '@docusaurus/types';
import {usePageLanguage} from '../../../client/language';

type Props = WrapperProps<typeof CollapseButtonType>;

/**
 * The mobile table of contents' button ("On this page") is in the page's
 * language, also where the table around it is in the post's own (theme/BlogPostItem/TOCMobile).
 */
export default function CollapseButtonWrapper(props: Props): ReactNode {
  const {lang, dir} = usePageLanguage();
  return (
    <div lang={lang} dir={dir} className="qalam-contents">
      <CollapseButton {...props} />
    </div>
  );
}
