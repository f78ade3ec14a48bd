import React, {type ReactNode} from 'react';
import {usePageLanguage} from '../../client/language';
import {useBlogPostWithExtras} from '../../client/postMetadata';

/**
 * Inside a post written in another language than the page (an untranslated
 * post), the site's own words (date, reading time, authors, tags) are still in
 * the page's language: this says so again, around them.
 */
export default function PageLanguage({children}: {children: ReactNode}): ReactNode {
  const {language} = useBlogPostWithExtras().metadata;
  const page = usePageLanguage();
  if (!language || language.lang === page.lang) return children;
  return (
    <div lang={page.lang} dir={page.dir}>
      {children}
    </div>
  );
}
