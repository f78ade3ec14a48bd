/**
 * `npm run check -- [SITE_DIR] [--format text|json|sarif]`
 * Exit 0: no errors. 1: at least one error. 2: the command could not run.
 */
import {statSync} from 'node:fs';
import path from 'node:path';
import {checkSite} from '../check';
import {formatReport, type ReportFormat} from '../check/report';
import {siteCheckOptions} from '../check/load/siteConfig';

const USAGE = 'usage: npm run check -- [SITE_DIR] [--format text|json|sarif]';
const FORMATS = ['text', 'json', 'sarif'];

class UsageError extends Error {}

function parseArgs(argv: string[]): {siteDir: string; format: ReportFormat} {
  let siteDir: string | undefined;
  let format: string = 'text';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (arg === '--format' || arg === '-f') {
      const value = argv[++i];
      if (value === undefined) throw new UsageError(`--format needs a value: ${FORMATS.join(', ')}`);
      format = value;
    } else if (arg.startsWith('--format=')) {
      format = arg.slice('--format='.length);
    } else if (arg.startsWith('-')) {
      throw new UsageError(`unknown option ${arg}; ${USAGE}`);
    } else if (siteDir === undefined) {
      siteDir = arg;
    } else {
      throw new UsageError(`one site folder only, got "${siteDir}" and "${arg}"; ${USAGE}`);
    }
  }
  if (!FORMATS.includes(format)) throw new UsageError(`unknown format "${format}"; use one of ${FORMATS.join(', ')}`);
  return {siteDir: path.resolve(siteDir ?? process.env.INIT_CWD ?? process.cwd()), format: format as ReportFormat};
}

async function main(): Promise<number> {
  const {siteDir, format} = parseArgs(process.argv.slice(2));
  let isDir = false;
  try {
    isDir = statSync(siteDir).isDirectory();
  } catch {
    isDir = false;
  }
  if (!isDir) throw new UsageError(`no such folder: ${siteDir}`);
  const {options} = await siteCheckOptions(siteDir);
  const blogDir = path.resolve(siteDir, options.blogPath ?? 'blog');
  try {
    statSync(blogDir);
  } catch {
    throw new UsageError(`no blog folder at ${blogDir}: is ${siteDir} a Docusaurus site?`);
  }
  const result = await checkSite(siteDir, options);
  process.stdout.write(`${formatReport(result, format)}\n`);
  return result.errors > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message = error instanceof UsageError ? error.message : `the check could not run: ${(error as Error)?.message ?? String(error)}`;
    process.stderr.write(`check: ${message}\n`);
    process.exitCode = 2;
  },
);
