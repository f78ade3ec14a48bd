/**
 * `npm run check -- [SITE_DIR] [--format text|json|sarif] [--config-required]
 *  [--preset docusaurus|recommended|strict] [--rule ID=off|info|warning|error]…`
 * Exit 0: no errors. 1: at least one error. 2: the command could not run.
 * Every blog of the site is checked, each with its own options, in one report;
 * `--preset` and `--rule` override what the site's config sets, for every blog.
 */
import path from 'node:path';
import {closest} from 'fastest-levenshtein';
import {checkSite, layoutOf, siteFacts, type CheckResult} from '../check';
import {checkInThreads, isCheckWorker, serveCheck} from '../check/workers';
import {siteBlogs, type SiteBlog} from '../check/load/siteConfig';
import {formatReport, type ReportFormat} from '../check/report';
import {DEFAULT_OPTIONS, UNLOWERED} from '../check/options';
import {RULE_IDS, type RuleId, type RuleSetting} from '../check/rules';
import {isPreset, PRESET_NAMES, type Preset} from '../check/rules/presets';
import {exists, isDirectory} from '../shared/files';
import {callerDir, parseCommandLine, runCommand, UsageError} from './cli';

const USAGE = `usage: npm run check -- [SITE_DIR] [--format text|json|sarif] [--config-required] [--preset ${PRESET_NAMES.join('|')}] [--rule ID=off|info|warning|error]...`;
const FORMATS: readonly ReportFormat[] = ['text', 'json', 'sarif'];
const SETTINGS: readonly RuleSetting[] = ['off', 'info', 'warning', 'error'];

const isFormat = (value: string): value is ReportFormat => (FORMATS as readonly string[]).includes(value);
const isRuleId = (value: string): value is RuleId => (RULE_IDS as readonly string[]).includes(value);
const isSetting = (value: string): value is RuleSetting => (SETTINGS as readonly string[]).includes(value);

interface CommandLine {
  siteDir: string;
  format: ReportFormat;
  configRequired: boolean;
  preset?: Preset;
  rules: Partial<Record<RuleId, RuleSetting>>;
}

function readCommandLine(): CommandLine {
  const {values, positionals} = parseCommandLine({
    usage: USAGE,
    options: {
      format: {type: 'string', short: 'f', default: 'text'},
      'config-required': {type: 'boolean', default: false},
      preset: {type: 'string'},
      rule: {type: 'string', multiple: true},
    },
    allowPositionals: true,
  });
  if (positionals.length > 1) {
    throw new UsageError(`one site folder only, got "${positionals[0]}" and "${positionals[1]}"; ${USAGE}`);
  }
  if (!isFormat(values.format)) {
    throw new UsageError(`unknown format "${values.format}"; use one of ${FORMATS.join(', ')}`);
  }
  if (values.preset !== undefined && !isPreset(values.preset)) {
    throw new UsageError(`unknown preset "${values.preset}"; use one of ${PRESET_NAMES.join(', ')}`);
  }
  return {
    siteDir: path.resolve(callerDir(), positionals[0] ?? '.'),
    format: values.format,
    configRequired: values['config-required'],
    ...(values.preset !== undefined ? {preset: values.preset} : {}),
    rules: Object.fromEntries((values.rule ?? []).map(ruleSetting)),
  };
}

/** `tag-unknown=off` → ['tag-unknown', 'off']; a later --rule for the same id wins. */
function ruleSetting(arg: string): [RuleId, RuleSetting] {
  const [id = '', setting, ...rest] = arg.split('=');
  if (setting === undefined || rest.length) {
    throw new UsageError(`--rule ${arg} is not ID=SEVERITY; write e.g. --rule tag-unknown=warning`);
  }
  if (!isRuleId(id))
    throw new UsageError(`--rule: unknown rule "${id}"; did you mean "${closest(id, [...RULE_IDS])}"?`);
  if (!isSetting(setting)) {
    throw new UsageError(`--rule ${id}: unknown severity "${setting}"; use one of ${SETTINGS.join(', ')}`);
  }
  if (id === 'docusaurus-refused' && setting !== 'error') throw new UsageError(`--rule: ${UNLOWERED}`);
  return [id, setting];
}

async function main(): Promise<number> {
  const {siteDir, format, configRequired, preset, rules} = readCommandLine();
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
  if (!blogs.length) {
    process.stderr.write(
      "check: note: the site's docusaurus.config sets up no blog (its classic preset's blog is false)\n",
    );
    const facts = await siteFacts(layoutOf(siteDir, {}), {tags: {}, authors: {}}, DEFAULT_OPTIONS, {coverage: false});
    const none: CheckResult = {files: 0, errors: 0, warnings: 0, diagnostics: [], sources: new Map(), posts: [], facts};
    process.stdout.write(`${formatReport(none, format)}\n`);
    return 0;
  }
  const results = [];
  for (const blog of blogs) {
    const options = overridden(blog, preset, rules);
    // A large blog is checked over several threads, each this command again.
    results.push(
      (await checkInThreads(siteDir, options)) ?? (await checkSite(siteDir, {...options, languageThread: true})),
    );
  }
  const result = merged(results);
  process.stdout.write(`${formatReport(result, format)}\n`);
  return result.errors > 0 ? 1 : 0;
}

/**
 * The blog's options with the command line's preset and rules over the
 * config's. The config's own per-rule severities still apply over a preset
 * given on the command line, as they do over the config's preset; a --rule
 * wins over both.
 */
function overridden(blog: SiteBlog, preset: Preset | undefined, rules: CommandLine['rules']): SiteBlog['options'] {
  const {checker = {}} = blog.options;
  return {
    ...blog.options,
    checker: {...checker, ...(preset ? {preset} : {}), rules: {...checker.rules, ...rules}},
  };
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

if (isCheckWorker()) void serveCheck();
else runCommand('check', main);
