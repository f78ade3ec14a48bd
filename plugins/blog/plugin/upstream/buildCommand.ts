/**
 * `docusaurus build` ends when its work is done, not seconds later. Docusaurus
 * 3.10.2's command returns once the last locale is written and lets the process
 * end by itself; Node then frees the environment, and Rspack's native side drops
 * every compilation it still holds. On the bench's blog of 1,000 posts × 2
 * locales that took 4.8 s after the preset blog's build and 8.8 s after ours,
 * with nothing left to write: memory that the system takes back at exit anyway.
 * Rspack's persistent cache is written during each compilation, not then (a warm
 * build after an early exit bundles in half the time, as after a normal one).
 *
 * So, in the command's own process, once nothing is left to run ('beforeExit':
 * every file written, every child process gone), the process exits with its
 * exit code, and the 'exit' listeners still run. A program that runs the build
 * through Docusaurus's API in its own process is left alone.
 * tests/unit/upstream-premises.test.ts fails when the command starts ending
 * the process itself.
 *
 * The command builds its locales one after another in its one process, the
 * default locale first and then the others in the config's order: a locale's
 * search index is written while the next locale builds (anotherLocaleFollows).
 * The same test fails when that order changes.
 */
import type {LoadContext} from '@docusaurus/types';
import {realpathSync} from 'node:fs';
import path from 'node:path';
import {shared} from '../sharedState';

/** Whether these are the arguments of `docusaurus build` run from its command line (node, the command, `build`, …). */
export function isBuildCommand(argv: readonly string[]): boolean {
  const [, script, command] = argv;
  if (command !== 'build' || !script) return false;
  let file: string;
  try {
    file = realpathSync(script);
  } catch {
    return false;
  }
  return file.split(path.sep).join('/').endsWith('/@docusaurus/core/bin/docusaurus.mjs');
}

/**
 * Whether the command's main module has not finished: Node then ends the
 * process with code 13 ("unsettled top-level await"), through an 'exit'
 * listener of its own that it removes once the module has finished, and that
 * an explicit process.exit() removes too. A build whose work stopped without
 * an error (a promise no one will ever settle) must end so, not with 0.
 */
const mainUnfinished = (): boolean =>
  process.listeners('exit').some((listener) => listener.name === 'handleProcessExit');

/** In `docusaurus build`'s process, exits as soon as the command is done and its event loop is empty, with its exit code. */
export function exitWhenBuilt(argv: readonly string[] = process.argv): void {
  // Once per process: Docusaurus may load this module again for each locale (entry.ts says when).
  if (shared.exitsWhenBuilt || !isBuildCommand(argv)) return;
  shared.exitsWhenBuilt = true;
  process.on('beforeExit', function exitWhenDone(code) {
    if (mainUnfinished()) return;
    process.off('beforeExit', exitWhenDone);
    process.exit(code);
  });
}

/**
 * Whether the build goes on with another locale after this one, so that this
 * locale's index can be written while the next locale builds: the command
 * `docusaurus build` of every locale (no --locale), which builds the default
 * locale first and then the others in the config's order. Its process ends
 * only once the index is written (the child keeps it running), and a failure
 * stops the build. Anywhere else (one locale, the last one, Docusaurus's API
 * in another program) postBuild waits for the index.
 */
export function anotherLocaleFollows(
  {i18n: {defaultLocale, locales, currentLocale}}: Pick<LoadContext, 'i18n'>,
  argv: readonly string[] = process.argv,
): boolean {
  if (!isBuildCommand(argv) || argv.some((arg) => arg.startsWith('-l') || arg.startsWith('--locale'))) return false;
  const ordered = [defaultLocale, ...locales.filter((locale) => locale !== defaultLocale)];
  return ordered.indexOf(currentLocale) < ordered.length - 1;
}
