/**
 * `npm run check -- [SITE_DIR] [--format text|json|sarif]`
 * Exit 0: no errors. 1: at least one error. 2: the command could not run.
 */
import path from 'node:path';
import {checkSite} from '../check';
import {siteCheckOptions} from '../check/load/siteConfig';
import {formatReport, type ReportFormat} from '../check/report';
import {exists, isDirectory} from '../shared/files';
import {callerDir, parseCommandLine, runCommand, UsageError} from './cli';

const USAGE = 'usage: npm run check -- [SITE_DIR] [--format text|json|sarif]';
const FORMATS: readonly ReportFormat[] = ['text', 'json', 'sarif'];

const isFormat = (value: string): value is ReportFormat => (FORMATS as readonly string[]).includes(value);

function readCommandLine(): {siteDir: string; format: ReportFormat} {
  const {values, positionals} = parseCommandLine({
    usage: USAGE,
    options: {format: {type: 'string', short: 'f', default: 'text'}},
    allowPositionals: true,
  });
  if (positionals.length > 1) {
    throw new UsageError(`one site folder only, got "${positionals[0]}" and "${positionals[1]}"; ${USAGE}`);
  }
  if (!isFormat(values.format)) {
    throw new UsageError(`unknown format "${values.format}"; use one of ${FORMATS.join(', ')}`);
  }
  return {siteDir: path.resolve(callerDir(), positionals[0] ?? '.'), format: values.format};
}

async function main(): Promise<number> {
  const {siteDir, format} = readCommandLine();
  if (!isDirectory(siteDir)) throw new UsageError(`no such folder: ${siteDir}`);
  const {options} = await siteCheckOptions(siteDir);
  const blogDir = path.resolve(siteDir, options.blogPath ?? 'blog');
  if (!exists(blogDir)) throw new UsageError(`no blog folder at ${blogDir}: is ${siteDir} a Docusaurus site?`);
  const result = await checkSite(siteDir, options);
  process.stdout.write(`${formatReport(result, format)}\n`);
  return result.errors > 0 ? 1 : 0;
}

runCommand('check', main);
