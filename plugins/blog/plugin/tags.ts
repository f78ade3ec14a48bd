/** Tags written by their label in the post's locale resolve to their key's tag page. */
import type {BlogPost} from '@docusaurus/plugin-content-blog';
import {normalizeUrl} from '@docusaurus/utils';
import type {TagEntry} from '../check/context';
import {resolveTag} from '../check/rules/tags';

export function resolveInlineTags(post: BlogPost, registry: ReadonlyMap<string, TagEntry>, tagsBase: string): BlogPost {
  const tags = post.metadata.tags.map((tag) => {
    if (!tag.inline) return tag;
    const entry = resolveTag(tag.label, registry);
    return entry
      ? {
          label: entry.label,
          permalink: normalizeUrl([tagsBase, entry.permalink]),
          description: entry.description,
          inline: false,
        }
      : tag;
  });
  return {...post, metadata: {...post.metadata, tags}};
}
