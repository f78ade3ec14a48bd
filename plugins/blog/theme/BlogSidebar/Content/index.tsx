import React, {type ReactNode} from 'react';
import Content from '@theme-init/BlogSidebar/Content';
import type {Props} from '@theme/BlogSidebar/Content';
import {usePostLanguageOf} from '../../../client/language';

/**
 * "Recent posts": each title isolated in its post's own direction, so an
 * Arabic title starting with a Latin word stays right-to-left, and an English
 * title in the Arabic sidebar keeps its punctuation in place.
 *
 * The titles are rendered by `BlogSidebarItemList` of
 * @docusaurus/plugin-content-blog 3.10.2 (lib/client/sidebarUtils.js), which types
 * them as strings but puts them in the link as children: an element goes
 * through, and nothing else can give the title its own `lang` and `dir` inside
 * the link (the list's class names are private to Desktop and Mobile).
 * tests/unit/upstream-premises.test.ts fails when the list renders titles
 * otherwise.
 */
export default function BlogSidebarContentWrapper({items, ...props}: Props): ReactNode {
  const languageOf = usePostLanguageOf();
  const isolated = items.map((item) => {
    const {lang, dir} = languageOf(item.permalink);
    return {
      ...item,
      title: (
        <bdi lang={lang} dir={dir}>
          {item.title}
        </bdi>
      ) as unknown as string,
    };
  });
  return <Content {...props} items={isolated} />;
}
