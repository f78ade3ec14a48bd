import React, {type ReactNode} from 'react';
import TOC from '@theme-init/TOC';
import type TOCType from '@theme/TOC';
import type {WrapperProps} from '@docusaurus/types';
import {usePostOwnLanguage} from '../../client/postLanguage';

type Props = WrapperProps<typeof TOCType>;

/**
 * The post's table of contents, in the post's language and direction when they
 * differ from the page's (an untranslated post's headings are English in an
 * Arabic page). The wrapper has no box of its own, so the sticky table keeps
 * its column as its container.
 */
export default function TOCWrapper(props: Props): ReactNode {
  const own = usePostOwnLanguage();
  if (!own) return <TOC {...props} />;
  return (
    <div lang={own.lang} dir={own.dir} className="qalam-contents">
      <TOC {...props} />
    </div>
  );
}
