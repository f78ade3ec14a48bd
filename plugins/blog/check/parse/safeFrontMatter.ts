/**
 * The front matter reader the blog plugin gives Docusaurus, around the site's
 * own (`markdown.parseFrontMatter`). Docusaurus's default reader (gray-matter)
 * picks an engine from the opening line: `---js` and `---javascript` run the
 * front matter as code with `eval`, `---json` and any other name read another
 * language. The check reports those posts (frontmatter-missing), and a build
 * with an error stops before the blog loads; this reader makes sure that no
 * setting of the rules and no path the check did not see (the dev server's
 * bundler reads posts on its own) ever runs them: it refuses every engine but
 * YAML, and every post whose real path, symlinks followed, is outside the site.
 */
import {realpathSync} from 'node:fs';
import path from 'node:path';
import type {ParseFrontMatter} from '@docusaurus/types';
import {engineLanguage, frontMatterEngine} from './findFrontMatter';

/** Where a path leads once every symlink is followed; itself when it does not exist. */
export function realPath(file: string): string {
  try {
    // One system call (realpath(3)), where the JavaScript version looks at each folder of the path in turn.
    return realpathSync.native(file);
  } catch {
    return path.resolve(file);
  }
}

/** Whether a real path lies inside a real folder. */
export const isInside = (real: string, root: string): boolean =>
  real === root || real.startsWith(root.endsWith(path.sep) ? root : root + path.sep);

/**
 * The site's front matter reader, refusing other engines and posts from
 * outside the site: `refuse` ends the build with the reason (a thrown error by
 * default, which the dev server's loader turns into the post's problems page).
 */
export function safeFrontMatterReader(
  siteReader: ParseFrontMatter,
  siteDir: string,
  refuse: (reason: string) => never = (reason) => {
    throw new Error(reason);
  },
): ParseFrontMatter {
  let siteRoot: string | undefined;
  return async (params) => {
    const file = path.relative(siteDir, params.filePath).split(path.sep).join('/');
    const engine = frontMatterEngine(params.fileContent) ?? '';
    const language = engineLanguage(engine);
    if (language !== 'yaml') {
      refuse(
        `${file} opens its front matter with "---${engine}", which Docusaurus would read as ${language === 'javascript' ? 'JavaScript and run' : `"${engine}"`}. The blog reads YAML front matter only: write it between --- lines (npm run check shows where).`,
      );
    }
    siteRoot ??= realPath(siteDir);
    if (!isInside(realPath(params.filePath), siteRoot)) {
      refuse(
        `${file} leads out of the site (a symlink to ${realPath(params.filePath)}): the blog publishes no file from outside the site. Copy the post into the blog folder instead of linking it.`,
      );
    }
    return siteReader(params);
  };
}
