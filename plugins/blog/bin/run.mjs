#!/usr/bin/env node
/**
 * Runs one of the plugin's commands (`commands/<name>.ts`: `check`, `newPost`, …)
 * from its TypeScript source. The command is bundled once with esbuild into
 * node_modules/.cache and rebuilt only when a source file or the lock file is
 * newer (a dependency upgrade changes bundled code too): a TypeScript loader would
 * add about a second to every start, and `npm run check` is meant to be quick.
 * V8's compiled code for the bundle is kept beside it (`<name>.cjs.v8`): a start
 * then skips compiling the bundle's two and a half megabytes.
 */
import {existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import {createRequire, Module} from 'node:module';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {setFlagsFromString} from 'node:v8';
import vm from 'node:vm';
import {isMainThread, workerData} from 'node:worker_threads';
import {isStale} from './bundle.mjs';

// The young generation kept at its first size, set before the command loads:
// a check allocates much that dies young, and V8 would grow it to 32 MB kept
// till the end. On a blog of 10,000 posts that is a fifth of the command's
// peak memory, and scavenging the small one costs no more time. The flag is
// the process's: a thread's start sets it back to V8's default, for every
// thread (measured on Node 20), so a command run in a thread sets it again
// first of all, and tells its parent when it waits for that
// (workerData.youngGenerationSet, shared memory).
setFlagsFromString('--semi-space-growth-factor=1');
// After a full garbage collection the old generation may grow by its own
// size, not V8's default more: a cold check of 10,000 posts peaks 7 % lower
// for 1 % more time (A/B, 9 runs each; set once the command has loaded, it
// changes nothing). Not for the build's own children, whose time is the
// build's and was measured without it.
if (!['drawCards', 'indexSearch'].includes(process.argv[2] ?? '')) setFlagsFromString('--heap-growing-percent=100');
const youngGenerationSet = isMainThread ? undefined : workerData?.youngGenerationSet;
if (youngGenerationSet instanceof Int32Array) {
  Atomics.store(youngGenerationSet, 0, 1);
  Atomics.notify(youngGenerationSet, 0);
}

const pluginDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const commandsDir = path.join(pluginDir, 'commands');
const name = process.argv[2];
const entry = path.join(commandsDir, `${name}.ts`);
if (!name || !/^[A-Za-z]+$/.test(name) || !existsSync(entry)) {
  const what = name ? `no command "${name}"` : 'no command given';
  console.error(`run.mjs: ${what}; usage: run.mjs COMMAND [ARGS…], where COMMAND is a file of ${commandsDir}`);
  process.exit(2);
}
const lockFile = path.join(pluginDir, '../../package-lock.json');
const cacheDir = path.join(pluginDir, '../../node_modules/.cache/qalam-commands');
const bundle = path.join(cacheDir, `${name}.cjs`);

if (isStale(bundle, {pluginDir, lockFile, builder: fileURLToPath(import.meta.url)})) {
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
    // No comments and all ASCII: V8 keeps the source of a script as text
    // (3.5 MB with comments), and one character past Latin-1 doubles it.
    minifyWhitespace: true,
    legalComments: 'none',
    charset: 'ascii',
    logLevel: 'error',
  });
  renameSync(temporary, bundle);
  rmSync(`${bundle}.v8`, {force: true});
}
process.argv.splice(2, 1);
runBundle(bundle);

/**
 * Runs the bundle as Node runs a CommonJS file, with V8's code cache: read when
 * it exists and V8 takes it, written when the command ends (it then holds every
 * function the command compiled) when it did not. A script compiled so keeps
 * `import()` only with Node's own loader named (every Node of package.json's
 * engines has it).
 * @param {string} file
 */
function runBundle(file) {
  const codeCache = `${file}.v8`;
  const cachedData = existsSync(codeCache) ? readFileSync(codeCache) : undefined;
  const script = new vm.Script(Module.wrap(readFileSync(file, 'utf8')), {
    filename: file,
    cachedData,
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  if (!cachedData || script.cachedDataRejected) {
    process.once('exit', () => {
      try {
        const temporary = `${codeCache}.${process.pid}.tmp`;
        writeFileSync(temporary, script.createCachedData());
        renameSync(temporary, codeCache);
      } catch {
        // A cache that cannot be written only makes the next start slower.
      }
    });
  }
  const module = {exports: {}, filename: file, id: file, loaded: false};
  // `__dirname` is the entry's folder (commands/), as it is for the source: a
  // module of the plugin one folder down finds the plugin's files from it.
  script.runInThisContext()(module.exports, createRequire(file), module, file, commandsDir);
}
