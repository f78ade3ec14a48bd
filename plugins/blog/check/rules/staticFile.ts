/**
 * The site's static folders: the loader (check/load/staticFiles.ts) reports
 * this rule as it walks them. Docusaurus copies every file of a static folder
 * into the build, following symlinks, whether a page names it or not: a link
 * there that leads out of the site publishes a file of the machine. The blog
 * plugin refuses such a build too, whatever this rule's setting.
 */
import {defineRule} from './rule';

export const staticFileUnsafe = defineRule({
  id: 'static-file-unsafe',
  severity: 'error',
  category: 'safety',
  description: 'a file or folder of a static folder that is a symlink out of the site',
  fix: 'Copy the file into the static folder instead of linking it, or remove the link.',
  blocking: false,
  scope: 'registry',
  messages: {
    linkOut: ({file, target}: {file: string; target: string}) =>
      `${file} is a symlink out of the site (to ${target}): the build copies every file of the static folders, and would publish it. Copy the file into the static folder instead of linking it, or remove the link.`,
  },
});
