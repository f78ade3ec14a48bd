/**
 * One reload of the blog at a time in the dev server. Docusaurus 3.10.2
 * reloads a plugin on every file event without waiting for the reload before
 * (a TODO in its start command): two saves in quick succession (an editor that
 * truncates then writes, a registry and a post saved together) run two loads
 * whose contentLoaded write the same data files at once. A file written by
 * both ends in "}}", and the page stays broken until the next save; the load
 * that finishes last, maybe the older one, wins. Here each load waits until the
 * one before it has written its data. Found by tests/soak/dev-server-soak.test.ts.
 */
import type {Dirent} from 'node:fs';
import {readdir, stat} from 'node:fs/promises';
import path from 'node:path';
import type {Plugin} from '@docusaurus/types';

/** Longer than any reload; a reload that never reaches contentLoaded frees the next one after it. */
const MAX_RELOAD_MS = 60_000;

export function oneReloadAtATime<Content>(plugin: Plugin<Content>): Plugin<Content> {
  let previous: Promise<void> = Promise.resolve();
  let finish: (() => void) | undefined;
  const {loadContent, contentLoaded} = plugin;
  if (!loadContent || !contentLoaded) return plugin;
  return {
    ...plugin,
    async loadContent() {
      const before = previous;
      let done!: () => void;
      previous = new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, MAX_RELOAD_MS);
        timer.unref?.();
        done = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      await before;
      finish = done;
      try {
        return await loadContent.call(plugin);
      } catch (error) {
        done();
        throw error;
      }
    },
    async contentLoaded(args) {
      try {
        await contentLoaded.call(plugin, args);
      } finally {
        finish?.();
        finish = undefined;
      }
    },
  };
}

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
