import React, {type ReactNode} from 'react';
import {useBlogPost} from '@docusaurus/plugin-content-blog/client';
import TOCCollapsible from '@theme/TOCCollapsible';
import {usePostOwnLanguage} from '../../../client/postLanguage';

/**
 * The post's table of contents on narrow screens, above its text, collapsed.
 * The classic theme's blog post page has only the one beside the text, which
 * its layout hides below 997 px: on a phone a post had none. Docs pages have
 * this one (TOCCollapsible); the CSS shows it where the other is hidden.
 */
export default function BlogPostTOCMobile(): ReactNode {
  const {toc, frontMatter, isBlogPostPage} = useBlogPost();
  const own = usePostOwnLanguage();
  if (!isBlogPostPage || frontMatter.hide_table_of_contents || toc.length === 0) return null;
  return (
    <div className="qalam-toc-mobile" {...own}>
      <TOCCollapsible
        toc={toc}
        minHeadingLevel={frontMatter.toc_min_heading_level}
        maxHeadingLevel={frontMatter.toc_max_heading_level}
      />
    </div>
  );
}
