import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import {useStringsLanguage} from '../../client/language';
import {useBlogPostWithExtras} from '../../client/postMetadata';

/** Above a post shown in a locale it was not translated into, in the page's language. */
export default function UntranslatedNotice(): ReactNode {
  const {language} = useBlogPostWithExtras().metadata;
  // In the default locale's language where this locale has no translation of the notice.
  const {lang, dir} = useStringsLanguage();
  if (!language?.untranslatedFrom) return null;
  return (
    <div className="alert alert--info margin-bottom--md" role="note" lang={lang} dir={dir}>
      <Translate
        id="qalam.untranslated.notice"
        description="Notice above a post that is not translated into the page's language; {original} is a link to the post in its own language"
        values={{
          original: (
            // Another locale is another single-page app: a plain page load.
            <Link href={language.untranslatedFrom} hrefLang={language.lang} target="_self">
              <Translate
                id="qalam.untranslated.originalLink"
                description="The link text to the original of an untranslated post">
                Read the original
              </Translate>
            </Link>
          ),
        }}>
        {'This post is not translated yet; it is shown in its original language. {original}'}
      </Translate>
    </div>
  );
}
