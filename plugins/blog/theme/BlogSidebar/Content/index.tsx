import React, {type ReactNode} from 'react';
import Content from '@theme-init/BlogSidebar/Content';
import type {Props} from '@theme/BlogSidebar/Content';
import {usePostLanguageOf} from '../../../client/language';

/**
 * "Recent posts": each title isolated in its post's own direction, so an
 * Arabic title starting with a Latin word stays right-to-left, and an English
 * title in the Arabic sidebar keeps its punctuation in place.
 */
export default function BlogSidebarContentWrapper({items, ...props}: Props): ReactNode {
  const languageOf = usePostLanguageOf();
  const isolated = items.map((item) => {
    const {lang, dir} = languageOf(item.permalink);
    return {...item, title: (<bdi lang={lang} dir={dir}>{item.title}</bdi>) as unknown as string};
  });
  return <Content {...props} items={isolated} />;
}
