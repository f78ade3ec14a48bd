#!/usr/bin/env node
/**
 * Runs one of the plugin's commands (`commands/<name>.ts`: `check`, `newPost`, …)
 * from its TypeScript source. The command is bundled once with esbuild into
 * node_modules/.cache and rebuilt only when a source file or the lock file is
 * newer (a dependency upgrade changes bundled code too): a TypeScript loader would
 * add about a second to every start, and `npm run check` is meant to be quick.
 */
import {existsSync, mkdirSync, readdirSync, renameSync, statSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const pluginDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const name = process.argv[2];
const entry = path.join(pluginDir, 'commands', `${name}.ts`);
if (!name || !/^[A-Za-z]+$/.test(name) || !existsSync(entry)) {
  console.error(`Usage: run.mjs COMMAND [ARGS…], where COMMAND is a file of ${path.join(pluginDir, 'commands')}.`);
  process.exit(2);
}
const lockFile = path.join(pluginDir, '../../package-lock.json');
const cacheDir = path.join(pluginDir, '../../node_modules/.cache/qalam-commands');
const bundle = path.join(cacheDir, `${name}.cjs`);

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, {withFileTypes: true})) {
    // The theme is the browser's alone; client/ has modules the build shares (postDate.ts).
    if (entry.name === 'theme' || entry.name === 'bin') continue;
    const file = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(file) : statSync(file).mtimeMs);
  }
  return newest;
}

let built = 0;
try {
  built = statSync(bundle).mtimeMs;
} catch {
  built = 0;
}
if (built < Math.max(newestSource(pluginDir), existsSync(lockFile) ? statSync(lockFile).mtimeMs : 0)) {
  const {buildSync} = await import('esbuild');
  mkdirSync(cacheDir, {recursive: true});
  // Written whole, then renamed: a build drawing its cards (drawCards) may
  // start this while another process does, and neither must load half a bundle.
  const temporary = `${bundle}.${process.pid}.tmp`;
  buildSync({
    entryPoints: [entry],
    outfile: temporary,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // Native and loader packages stay outside; the rest (some are ESM only) is bundled.
    external: ['@takumi-rs/*', 'esbuild', 'jiti'],
    logLevel: 'error',
  });
  renameSync(temporary, bundle);
}
process.argv.splice(2, 1);
createRequire(import.meta.url)(bundle);
