/**
 * No file from outside the site reaches a build through a static folder:
 * Docusaurus copies every file of the static folders, following symlinks,
 * whether a page names it or not. The check reports such links
 * (static-file-unsafe); a build is refused on them whatever that rule's
 * setting, before anything is bundled or copied.
 */
import type {LoadContext} from '@docusaurus/types';
import {staticLinksOut} from '../check/load/staticFiles';
import {visibleName} from '../check/report';
import {stopBuild} from './stopBuild';

export function refuseStaticLinksOut({siteDir, siteConfig}: LoadContext): void {
  const [first, ...more] = staticLinksOut(siteDir, siteConfig.staticDirectories);
  if (!first) return;
  const others = more.length ? ` (and ${more.length} more: npm run check lists them)` : '';
  stopBuild(
    `${visibleName(first.file)} is a symlink out of the site (to ${visibleName(first.target)})${others}: the build would copy it and publish it. Copy the file into the static folder instead of linking it, or remove the link.`,
  );
}
