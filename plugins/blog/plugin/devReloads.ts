/**
 * What the dev server's loads read: a fingerprint of the blog's files, and a
 * check run again until a save has settled (see plugin/devServer.ts).
 */
import type {Dirent} from 'node:fs';
import {readdir, stat} from 'node:fs/promises';
import path from 'node:path';

/** Size and modification time of every file under some folders, and of some files (missing ones are skipped). */
export async function folderFingerprint(folders: readonly string[], files: readonly string[] = []): Promise<string> {
  const parts: string[] = [];
  for (const file of files) {
    try {
      const info = await stat(file);
      parts.push(`${file}:${info.size}:${info.mtimeMs}`);
    } catch {
      parts.push(`${file}:none`);
    }
  }
  for (const folder of folders) {
    let entries: Dirent[];
    try {
      entries = await readdir(folder, {recursive: true, withFileTypes: true});
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (!entry.isFile()) continue;
      const file = path.join(entry.parentPath, entry.name);
      try {
        const info = await stat(file);
        parts.push(`${file}:${info.size}:${info.mtimeMs}`);
      } catch {
        parts.push(`${file}:gone`);
      }
    }
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
  fingerprint: () => Promise<string>,
  run: () => Promise<T>,
  quietMs = 100,
  maxRounds = 5,
): Promise<{result: T; fingerprint: string}> {
  let before = await fingerprint();
  for (let round = 1; ; round++) {
    const result = await run();
    await new Promise((resolve) => setTimeout(resolve, quietMs));
    const after = await fingerprint();
    if (after === before || round === maxRounds) return {result, fingerprint: after};
    before = after;
  }
}
