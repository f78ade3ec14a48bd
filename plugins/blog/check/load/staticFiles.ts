/**
 * The site's static folders as the build copies them: Docusaurus copies every
 * file of every static folder into the build, following symlinks, whether or
 * not a page names it. A symlink there that leads out of the site would
 * publish a file of the machine. Found by the check (rule `static-file-unsafe`)
 * and by the blog plugin before a build bundles anything.
 */
import {lstatSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {isInside, realPath} from '../parse/safeFrontMatter';
import {staticFileUnsafe} from '../rules/staticFile';

/** A symlink of a static folder that leads out of the site. */
export interface StaticLinkOut {
  /** The link, relative to the site, with forward slashes. */
  file: string;
  /** Where it leads, every symlink followed. */
  target: string;
}

/**
 * Every symlink of the static folders that leads out of the site (and out of
 * its static folder, which the site's config may keep elsewhere). A linked
 * folder that stays inside is walked too, once: the copy follows it. Linear in
 * the folders' entries, as the copy is. Never throws: a folder that cannot be
 * read holds nothing to copy.
 */
export function staticLinksOut(siteDir: string, staticDirs: readonly string[]): StaticLinkOut[] {
  const site = path.resolve(siteDir);
  const siteRoot = realPath(site);
  const fromSite = (file: string) => path.relative(site, file).split(path.sep).join('/');
  const found: StaticLinkOut[] = [];
  const walked = new Set<string>();
  for (const dir of staticDirs.map((d) => path.resolve(site, d))) {
    const dirReal = realPath(dir);
    const inside = (real: string) => isInside(real, siteRoot) || (!isInside(dir, site) && isInside(real, dirReal));
    // The static folder itself may be the link.
    if (!inside(dirReal)) {
      found.push({file: fromSite(dir), target: dirReal});
      continue;
    }
    const pending = [dir];
    while (pending.length) {
      const folder = pending.pop()!;
      const real = realPath(folder);
      if (walked.has(real)) continue;
      walked.add(real);
      let names: string[];
      try {
        names = readdirSync(folder);
      } catch {
        continue;
      }
      for (const name of names.sort()) {
        const file = path.join(folder, name);
        let stats;
        try {
          stats = lstatSync(file);
        } catch {
          continue;
        }
        if (stats.isDirectory()) {
          pending.push(file);
        } else if (stats.isSymbolicLink()) {
          const target = realPath(file);
          // A dangling link copies nothing.
          if (target === path.resolve(file)) continue;
          if (!inside(target)) found.push({file: fromSite(file), target});
          else pending.push(file);
        }
      }
    }
  }
  return found.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** The static folders' links out of the site, as the report shows them: at the link, in the default locale. */
export function staticProblems(siteDir: string, staticDirs: readonly string[], locale: string) {
  return staticLinksOut(siteDir, staticDirs).map(({file, target}) => {
    const range = {line: 1, column: 1, endLine: 1, endColumn: 1};
    return {
      file,
      locale,
      source: '',
      range,
      finding: staticFileUnsafe.report('linkOut', {path: [], range}, {file, target}),
    };
  });
}
