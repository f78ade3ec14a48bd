/**
 * What the dev server's loads read: a fingerprint of the blog's files, and a
 * check run again until a save has settled (see plugin/devServer.ts).
 */
import {readdirSync, statSync, type Dirent} from 'node:fs';
import path from 'node:path';

/**
 * Size and modification time of every file under some folders, and of some
 * files (a missing one is marked so). Read synchronously: a dev server's
 * reload takes it three times, and an awaited `stat` per file took 150 to 190
 * ms for 2,000 posts.
 */
export function folderFingerprint(folders: readonly string[], files: readonly string[] = []): string {
  const parts: string[] = [];
  const add = (file: string, missing: string) => {
    try {
      const info = statSync(file, {throwIfNoEntry: false});
      parts.push(info ? `${file}:${info.size}:${info.mtimeMs}` : `${file}:${missing}`);
    } catch {
      parts.push(`${file}:${missing}`);
    }
  };
  for (const file of files) add(file, 'none');
  for (const folder of folders) {
    let entries: Dirent[];
    try {
      entries = readdirSync(folder, {recursive: true, withFileTypes: true});
    } catch {
      continue;
    }
    for (const entry of entries) if (entry.isFile()) add(path.join(entry.parentPath, entry.name), 'gone');
  }
  return parts.sort().join('\n');
}

/**
 * Runs a check until the files it read stayed the same while it ran and for a
 * moment after. A save is often two writes (truncate, then write), and the
 * file watcher may report only the first: a check run then reads an empty
 * post, and nothing would ever check it again. Found by the soak test.
 */
export async function whenSettled<T>(
  fingerprint: () => string,
  run: () => Promise<T>,
  quietMs = 100,
  maxRounds = 5,
): Promise<{result: T; fingerprint: string}> {
  let before = fingerprint();
  for (let round = 1; ; round++) {
    const result = await run();
    await new Promise((resolve) => setTimeout(resolve, quietMs));
    const after = fingerprint();
    if (after === before || round === maxRounds) return {result, fingerprint: after};
    before = after;
  }
}
