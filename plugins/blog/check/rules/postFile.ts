/**
 * The post's file itself, before its front matter: the loader (check/load)
 * reports this rule as it lists the blog's files, at line 1. A post that is a
 * symlink out of the site would publish a file of the machine (the plugin's
 * front matter reader refuses it too, check/parse/safeFrontMatter.ts); a file
 * name becomes the page's URL, a file of the build and a string in the
 * JavaScript Docusaurus generates, where a quote or a backslash breaks out.
 */
import {MAX_SEGMENT_BYTES} from './urls';
import {defineRule} from './rule';

export const postFileUnsafe = defineRule({
  id: 'post-file-unsafe',
  severity: 'error',
  category: 'safety',
  description: 'a post that is a symlink out of the site, not a regular file, or whose name is unsafe as a URL',
  fix: `Rename the file: letters, digits, - and _ only, each part under ${MAX_SEGMENT_BYTES} bytes; copy a post into the blog folder instead of linking it.`,
  blocking: true,
  scope: 'parse',
  messages: {
    outsideSite: ({target}: {target: string}) =>
      `The post is a symlink to ${target}, outside the site: the build would publish a file of this machine. Copy the post into the blog folder instead of linking it, or remove the link.`,
    notRegular: ({kind}: {kind: string}) =>
      `The post is ${kind}, not a regular file: reading it could block the build. Replace it with a Markdown file.`,
    unsafeName: ({name, problem}: {name: string; problem: string}) =>
      `The file name "${name}" ${problem}. Rename the file with letters, digits, - and _ only.`,
    collision: ({other}: {other: string}) =>
      `The file name differs from ${other} only in letter case or Unicode composition: both become the same page on a case-insensitive disk, or in the URL. Rename one of them.`,
  },
});
