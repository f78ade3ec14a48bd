/**
 * When a command's bundle (bin/run.mjs) must be built again: when it is older
 * than a source file it bundles, than package-lock.json (a dependency upgrade
 * changes bundled code too) or than bin/run.mjs, which sets how it is built.
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
 * Whether the bundle is missing or older than the plugin's sources, the lock
 * file, or the script that bundles it (its build options make the bundle too).
 * @param {string} bundle
 * @param {{pluginDir: string, lockFile: string, builder?: string}} inputs
 * @returns {boolean}
 */
export function isStale(bundle, {pluginDir, lockFile, builder}) {
  return modified(bundle) < Math.max(newestSource(pluginDir), modified(lockFile), builder ? modified(builder) : 0);
}
