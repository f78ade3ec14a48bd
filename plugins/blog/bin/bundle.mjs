/**
 * When a command's bundle (bin/run.mjs) must be built again: when it is older
 * than a source file it bundles or than package-lock.json, since a dependency
 * upgrade changes bundled code too.
 */
import {readdirSync, statSync} from 'node:fs';
import path from 'node:path';

/** Folders no command bundles: the theme is the browser's alone, bin/ runs the bundles. */
const NOT_BUNDLED = new Set(['theme', 'bin']);

/**
 * The newest modification time of the files under `dir`, in ms.
 * @param {string} dir
 * @returns {number}
 */
function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, {withFileTypes: true})) {
    if (NOT_BUNDLED.has(entry.name)) continue;
    const file = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(file) : statSync(file).mtimeMs);
  }
  return newest;
}

/** @param {string} file */
const modified = (file) => statSync(file, {throwIfNoEntry: false})?.mtimeMs ?? 0;

/**
 * Whether the bundle is missing or older than the plugin's sources or the lock file.
 * @param {string} bundle
 * @param {{pluginDir: string, lockFile: string}} inputs
 * @returns {boolean}
 */
export function isStale(bundle, {pluginDir, lockFile}) {
  return modified(bundle) < Math.max(newestSource(pluginDir), modified(lockFile));
}
