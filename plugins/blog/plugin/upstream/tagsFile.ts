/**
 * Two gaps of @docusaurus/plugin-content-blog 3.10.2 around its YAML files
 * (tags and authors), both met in the dev server:
 *
 * - It watches the files by path, resolved when it starts: one deleted and
 *   restored, or created after the dev server started, goes unseen. A glob over
 *   the blog folder's YAML files sees them come and go.
 * - It stops on a tags file its options name but cannot find (deleted while the
 *   dev server runs, `getTagsFile` of @docusaurus/utils-validation); the checker
 *   reports the posts' tags instead, so the blog loads as if the option were
 *   not set.
 *
 * Both premises are tested in tests/unit/upstream-premises.test.ts.
 */
import {existsSync} from 'node:fs';
import path from 'node:path';
import {posixPath, type ContentPaths} from '@docusaurus/utils';

/** A watch glob over the YAML files of a blog folder. */
export function yamlFilesGlob(contentPath: string): string {
  return `${posixPath(contentPath)}/*.{yml,yaml}`;
}

/** The blog plugin's `tags` option for this load: unset when the file it names exists in no folder it looks in. */
export function tagsOptionForLoad<Tags>(
  tags: Tags,
  {contentPath, contentPathLocalized}: ContentPaths,
): Tags | undefined {
  if (typeof tags !== 'string') return tags;
  // Where the blog plugin looks for its tags file: the locale's folder, then blog/.
  const found = [contentPathLocalized, contentPath].some(
    (dir) => dir !== undefined && existsSync(path.resolve(dir, tags)),
  );
  return found ? tags : undefined;
}
