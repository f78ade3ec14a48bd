import React, {type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import TOC from '@theme-init/TOC';
import type TOCType from '@theme/TOC';
import type {WrapperProps} from '@docusaurus/types';
import {usePostOwnLanguage} from '../../client/postLanguage';

type Props = WrapperProps<typeof TOCType>;

/**
 * The post's table of contents, a navigation landmark named in the page's
 * language (the blog layout puts it beside <main>, in no landmark), its
 * entries in the post's language and direction when they differ from the
 * page's (an untranslated post's headings are English in an Arabic page). The
 * landmark is what sticks to the top (rtl.css), as the table did.
 */
export default function TOCWrapper(props: Props): ReactNode {
  const own = usePostOwnLanguage();
  const label = translate({
    id: 'qalam.toc.label',
    message: 'Table of contents',
    description: "The accessible name of a post's table of contents beside the text",
  });
  return (
    <nav aria-label={label} className="qalam-toc">
      {own ? (
        <div lang={own.lang} dir={own.dir} className="qalam-contents">
          <TOC {...props} />
        </div>
      ) : (
        <TOC {...props} />
      )}
    </nav>
  );
}
