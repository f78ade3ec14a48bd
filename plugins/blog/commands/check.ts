/**
 * `npm run check -- [SITE_DIR] [--format text|json|sarif] [--config-required]`
 * Exit 0: no errors. 1: at least one error. 2: the command could not run.
 * Every blog of the site is checked, each with its own options, in one report.
 */
import path from 'node:path';
import {checkSite, type CheckResult} from '../check';
import {siteBlogs, type SiteBlog} from '../check/load/siteConfig';
import {formatReport, type ReportFormat} from '../check/report';
import {exists, isDirectory} from '../shared/files';
import {callerDir, parseCommandLine, runCommand, UsageError} from './cli';

const USAGE = 'usage: npm run check -- [SITE_DIR] [--format text|json|sarif] [--config-required]';
const FORMATS: readonly ReportFormat[] = ['text', 'json', 'sarif'];

const isFormat = (value: string): value is ReportFormat => (FORMATS as readonly string[]).includes(value);

function readCommandLine(): {siteDir: string; format: ReportFormat; configRequired: boolean} {
  const {values, positionals} = parseCommandLine({
    usage: USAGE,
    options: {
      format: {type: 'string', short: 'f', default: 'text'},
      'config-required': {type: 'boolean', default: false},
    },
    allowPositionals: true,
  });
  if (positionals.length > 1) {
    throw new UsageError(`one site folder only, got "${positionals[0]}" and "${positionals[1]}"; ${USAGE}`);
  }
  if (!isFormat(values.format)) {
    throw new UsageError(`unknown format "${values.format}"; use one of ${FORMATS.join(', ')}`);
  }
  return {
    siteDir: path.resolve(callerDir(), positionals[0] ?? '.'),
    format: values.format,
    configRequired: values['config-required'],
  };
}

async function main(): Promise<number> {
  const {siteDir, format, configRequired} = readCommandLine();
  if (!isDirectory(siteDir)) throw new UsageError(`no such folder: ${siteDir}`);
  const {blogs, problem, assumed} = await siteBlogs(siteDir);
  // With --config-required, a check against assumed options is no check.
  if (problem && configRequired) throw new UsageError(`${problem}, and --config-required asks for it`);
  for (const blog of blogs) {
    const blogDir = path.resolve(siteDir, blog.options.blogPath ?? 'blog');
    if (!exists(blogDir))
      throw new UsageError(`no blog folder at ${blogDir}${whose(blog, blogs)}: is ${siteDir} a Docusaurus site?`);
  }
  if (problem) process.stderr.write(`check: note: ${problem}; assumed ${assumed}\n`);
  for (const blog of blogs) {
    for (const limit of blog.limits)
      process.stderr.write(`check: note: the blog at ${blog.options.blogPath ?? 'blog'}/ ${limit}\n`);
  }
  const results = [];
  for (const blog of blogs) results.push(await checkSite(siteDir, blog.options));
  const result = merged(results);
  process.stdout.write(`${formatReport(result, format)}\n`);
  return result.errors > 0 ? 1 : 0;
}

/** Names the blog instance when the site has several. */
const whose = (blog: SiteBlog, blogs: SiteBlog[]) =>
  blogs.length > 1 ? ` (blog "${blog.id}" of docusaurus.config)` : '';

/** The blogs' results as one: posts, problems and counts added up, problems in file order. */
function merged(results: CheckResult[]): CheckResult {
  if (results.length === 1) return results[0]!;
  const byPosition = (a: CheckResult['diagnostics'][number], b: CheckResult['diagnostics'][number]) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column;
  return {
    files: results.reduce((sum, r) => sum + r.files, 0),
    errors: results.reduce((sum, r) => sum + r.errors, 0),
    warnings: results.reduce((sum, r) => sum + r.warnings, 0),
    diagnostics: results.flatMap((r) => r.diagnostics).sort(byPosition),
    sources: {get: (file) => results.map((r) => r.sources.get(file)).find((source) => source !== undefined)},
    posts: results.flatMap((r) => r.posts),
    facts: results[0]!.facts,
  };
}

runCommand('check', main);
