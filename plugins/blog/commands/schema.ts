/**
 * `npm run schema -- [--check] [--site DIR]`
 * Writes the editor schema of the front matter (schemas/front-matter.<locale>.json
 * and frontmatter.json for Front Matter CMS) from the checker's Zod schema and
 * the site's tags.yml and authors.yml. With --check, writes nothing and exits 1
 * when a file is stale (CI). Exit 2: the command could not run.
 */
import path from 'node:path';
import {generateSchemaFiles, staleSchemaFiles, writeSchemaFiles} from '../editor/files';
import {isDirectory} from '../shared/files';
import {callerDir, parseCommandLine, Refusal, runCommand, UsageError} from './cli';

const USAGE = 'usage: npm run schema -- [--check] [--site DIR]';

async function main(): Promise<void> {
  const {values} = parseCommandLine({usage: USAGE, options: {check: {type: 'boolean'}, site: {type: 'string'}}});
  const siteDir = path.resolve(callerDir(), values.site ?? '.');
  if (!isDirectory(siteDir)) throw new UsageError(`no such folder: ${siteDir}; give the site's folder with --site DIR`);
  const files = await generateSchemaFiles(siteDir);
  if (values.check) {
    const stale = await staleSchemaFiles(siteDir, files);
    if (stale.length) {
      throw new Refusal(
        stale.map(
          (file) =>
            `${file} is stale: the front matter schema or tags.yml/authors.yml changed since it was made. Run npm run schema and commit the result`,
        ),
      );
    }
    process.stdout.write(`The editor schema is up to date (${files.map((f) => f.file).join(', ')})\n`);
    return;
  }
  const written = await writeSchemaFiles(siteDir, files);
  process.stdout.write(
    written.length ? `${written.map((file) => `Wrote ${file}`).join('\n')}\n` : 'The editor schema is up to date\n',
  );
}

runCommand('schema', main);
