/**
 * `npm run docs:rules -- [--check] [--readme FILE]`
 * Writes the README's rules table (between `<!-- rules:start -->` and
 * `<!-- rules:end -->`) from the checker's rule registry. With --check, writes
 * nothing and exits 1 when the table is stale (CI). Exit 2: the command could
 * not run (no such file, no markers).
 */
import {readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {callerDir, parseCommandLine, Refusal, runCommand, UsageError} from './cli';
import {withRulesTable} from '../check/report/rulesTable';

const USAGE = 'usage: npm run docs:rules -- [--check] [--readme FILE]';

async function main(): Promise<void> {
  const {values} = parseCommandLine({usage: USAGE, options: {check: {type: 'boolean'}, readme: {type: 'string'}}});
  // npm runs scripts from the project's folder, where its README is.
  const file = values.readme === undefined ? path.resolve('README.md') : path.resolve(callerDir(), values.readme);
  const relative = path.relative(callerDir(), file);
  const name = relative && !relative.startsWith('..') ? relative : file;
  let readme: string;
  try {
    readme = await readFile(file, 'utf8');
  } catch {
    throw new UsageError(`cannot read ${name}; give the README with --readme FILE`);
  }
  const fresh = withRulesTable(readme, name);
  if (values.check) {
    if (fresh !== readme) {
      throw new Refusal([
        `${name}'s rules table is stale: the rules changed since it was made. Run npm run docs:rules and commit the result`,
      ]);
    }
    process.stdout.write(`${name}'s rules table is up to date\n`);
    return;
  }
  if (fresh === readme) {
    process.stdout.write(`${name}'s rules table is up to date\n`);
    return;
  }
  await writeFile(file, fresh);
  process.stdout.write(`Wrote the rules table of ${name}\n`);
}

runCommand('docs:rules', main);
