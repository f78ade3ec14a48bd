/**
 * No file from outside the site reaches a build, whatever the rules' settings:
 * Docusaurus copies every file of the static folders, following symlinks,
 * whether a page names it or not, and bundles every image a post's front
 * matter or body resolves to. The check reports them (static-file-unsafe,
 * image-unsafe); a build is refused on them all the same, once the check has
 * run and before anything is bundled or copied, in one located line.
 */
import path from 'node:path';
import type {LoadContext} from '@docusaurus/types';
import type {CheckResult} from '../check';
import {staticLinksOut} from '../check/load/staticFiles';
import {visibleName} from '../check/report';
import {imageUnsafe} from '../check/rules/image';
import {stopBuild} from './stopBuild';

const FIX = 'Copy the file into the site instead of linking it, or remove the link.';

export function refuseFilesOutside({siteDir, siteConfig}: LoadContext, result: CheckResult): void {
  const [link] = staticLinksOut(siteDir, siteConfig.staticDirectories);
  if (link) {
    stopBuild(
      `${visibleName(link.file)} is a symlink out of the site (to ${visibleName(link.target)}): the build would copy it and publish it. ${FIX}`,
    );
  }
  // An image of a post's body that leads out (found as the post was read, whatever the rule's setting).
  for (const {post} of result.posts) {
    const found = post.parsed.findings.find((f) => f.rule === imageUnsafe.id && f.range && f.path.length === 0);
    if (found?.range)
      stopBuild(`${visibleName(post.file)}:${found.range.line}:${found.range.column}: ${visibleName(found.message)}`);
  }
  // An image of a post's front matter that leads out.
  for (const [file, facts] of result.facts.images) {
    if (facts.outside) {
      const name = path.relative(siteDir, file).split(path.sep).join('/');
      stopBuild(
        `${visibleName(name)}, a post's image, is a symlink out of the site (to ${visibleName(facts.outside)}): the build would copy it and publish it. ${FIX}`,
      );
    }
  }
}
