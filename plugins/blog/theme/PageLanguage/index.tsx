import React, {type ReactNode} from 'react';
import {useBlogPost} from '@docusaurus/plugin-content-blog/client';
import {usePageLanguage} from '../../client/language';
import type {PostLanguage} from '../../plugin/localizedPosts';

/**
 * Inside a post written in another language than the page (an untranslated
 * post), the site's own words (date, reading time, authors, tags) are still in
 * the page's language: this says so again, around them.
 */
export default function PageLanguage({children}: {children: ReactNode}): ReactNode {
  const {metadata} = useBlogPost();
  const page = usePageLanguage();
  const language = (metadata as {language?: PostLanguage}).language;
  if (!language || language.lang === page.lang) return children;
  return (
    <div lang={page.lang} dir={page.dir}>
      {children}
    </div>
  );
}
