/**
 * The checker's reports: text with code frames for people, JSON per the
 * contract in DESIGN.md, SARIF 2.1.0 for code-scanning tools.
 */
import {codeFrameColumns} from '@babel/code-frame';
import logger from '@docusaurus/logger';
import type {CheckResult} from '..';
import {codePoint} from '../../shared/text';
import {ALL_RULES, RULE_IDS, type Diagnostic} from '../rules';

export type ReportFormat = 'text' | 'json' | 'sarif';

export function formatReport(result: CheckResult, format: ReportFormat): string {
  if (format === 'json') return JSON.stringify(toJson(result), null, 2);
  if (format === 'sarif') return JSON.stringify(toSarif(result), null, 2);
  return formatText(result);
}

export function toJson(result: CheckResult) {
  return {
    files: result.files,
    errors: result.errors,
    warnings: result.warnings,
    diagnostics: result.diagnostics.map(
      ({file, line, column, endLine, endColumn, locale, field, rule, severity, message}) => ({
        file,
        line,
        column,
        endLine,
        endColumn,
        locale,
        field,
        rule,
        severity,
        message,
      }),
    ),
  };
}

const paint = (d: Diagnostic) =>
  d.severity === 'error'
    ? logger.red(logger.bold('error'))
    : d.severity === 'warning'
      ? logger.yellow(logger.bold('warning'))
      : logger.cyan('info');

/**
 * Control characters from a post would act on the terminal that shows the
 * report (ESC starts escape sequences that retitle, clear or rewrite it; CR
 * returns to the start of the line): each is shown as its symbol, one
 * character for one, so columns stay right. Bidi embeddings, overrides and
 * isolates (U+202A to U+202E, U+2066 to U+2069) would reorder the very line
 * that reports them in a terminal that applies bidi: each is shown as U+FFFD
 * (the message names it).
 */
export function visible(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x20 ? String.fromCharCode(0x2400 + code) : code === 0x7f ? '\u2421' : '\uFFFD';
  });
}

/**
 * A file name or field path in a problem's first line, with the characters the
 * messages name (`<U+202E>`) named the same way: line breaks and tabs, which
 * would split the location over lines, other controls, bidi controls, which
 * would show it reversed, and invisible characters.
 */
export function visibleName(text: string): string {
  return text.replace(
    /[\u0000-\u001F\u007F-\u009F\u2028\u2029\p{Default_Ignorable_Code_Point}\u202A-\u202E\u2066-\u2069]/gu,
    (c) => `<${codePoint(c)}>`,
  );
}

/** One block per problem: location, severity, rule, field, message, code frame. */
export function formatDiagnostic(d: Diagnostic, source: string | undefined): string {
  const head = `${logger.bold(`${visibleName(d.file)}:${d.line}:${d.column}`)} ${paint(d)} ${logger.dim(d.rule)} ${logger.dim(`[${d.locale}]${d.field ? ` ${visibleName(d.field)}` : ''}`)}`;
  const lines = [head, `  ${visible(d.message)}`];
  // A file that was not read (a link, a pipe) or is empty has nothing to frame.
  if (source) lines.push(codeFrame(source, d).replace(/^/gm, '  '));
  return lines.join('\n');
}

/** Lines longer than this are cut around the problem in code frames. */
const FRAME_WIDTH = 240;

/**
 * The problem's line with one line above and below. Only those lines are
 * handed to the code frame, cut to FRAME_WIDTH around the column: a post can
 * hold 5 MB of front matter or a 100 KB line, and the report must stay readable.
 */
function codeFrame(source: string, d: Diagnostic): string {
  const first = Math.max(1, d.line - 1);
  let start = 0;
  for (let n = 1; n < first && start !== -1; n++) start = source.indexOf('\n', start) + 1 || -1;
  const window: string[] = [];
  for (let n = first; n <= d.line + 1 && start !== -1 && start <= source.length; n++) {
    const end = source.indexOf('\n', start);
    window.push(visible(source.slice(start, end === -1 ? source.length : end).replace(/\r$/, '')));
    start = end === -1 ? -1 : end + 1;
  }
  const cut =
    window.some((line) => line.length > FRAME_WIDTH) && d.column > FRAME_WIDTH / 2 ? d.column - FRAME_WIDTH / 4 : 0;
  const shown = window.map((line) => {
    if (line.length <= FRAME_WIDTH && cut === 0) return line;
    const part = line.slice(cut, cut + FRAME_WIDTH);
    return `${cut > 0 && line.length > cut ? '…' : ''}${part}${line.length > cut + FRAME_WIDTH ? '…' : ''}`;
  });
  const shift = (column: number) => Math.max(1, column - cut + (cut > 0 ? 1 : 0));
  // A long value would draw a caret line as long as the value: mark its start.
  const end = d.endLine === d.line ? {line: d.line, column: shift(Math.min(d.endColumn, d.column + 40))} : undefined;
  // `startLine` numbers the lines from `first` (in @babel/code-frame, not in its types).
  const options = {highlightCode: false, linesAbove: 1, linesBelow: 1, startLine: first} as Parameters<
    typeof codeFrameColumns
  >[2];
  return codeFrameColumns(shown.join('\n'), {start: {line: d.line, column: shift(d.column)}, end}, options);
}

export function summary(result: CheckResult): string {
  const locales = new Set(result.posts.map((p) => p.post.locale)).size;
  const counts = `${result.errors} error${result.errors === 1 ? '' : 's'}, ${result.warnings} warning${result.warnings === 1 ? '' : 's'}`;
  const where = `in ${result.files} post${result.files === 1 ? '' : 's'} (${locales} locale${locales === 1 ? '' : 's'})`;
  return result.errors
    ? logger.red(`✖ ${counts} ${where}`)
    : result.warnings
      ? logger.yellow(`⚠ ${counts} ${where}`)
      : logger.green(`✔ No problems ${where}`);
}

export function formatText(result: CheckResult): string {
  const blocks = result.diagnostics.map((d) => formatDiagnostic(d, result.sources.get(d.file)));
  return [...blocks, summary(result)].join('\n\n');
}

const SARIF_LEVEL = {error: 'error', warning: 'warning', info: 'note'} as const;

/** SARIF's description of every rule, with what to do as its help, for code-scanning tools to show. */
function sarifRules() {
  return ALL_RULES.map((rule) => ({
    id: rule.id,
    shortDescription: {text: rule.description},
    fullDescription: {
      text: `${rule.description[0]!.toUpperCase()}${rule.description.slice(1)}${rule.blocking ? ' (the blog plugin cannot load a post with it)' : ''}.`,
    },
    help: {text: rule.fix, markdown: rule.fix},
    defaultConfiguration: {level: SARIF_LEVEL[rule.severity]},
    properties: {scope: rule.scope, blocking: rule.blocking},
  }));
}

/**
 * A file's path as SARIF's `uri` takes it, a URI reference relative to the
 * site: each part percent-encoded, so `#`, `?`, `%`, spaces and a first part
 * with a colon stay part of the path (a reader took `a#1.md` for `a` and a fragment).
 */
const fileUri = (file: string): string => file.split('/').map(encodeURIComponent).join('/');

export function toSarif(result: CheckResult) {
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'qalam-check',
            informationUri: 'https://qalam.example.org/',
            rules: sarifRules(),
          },
        },
        results: result.diagnostics.map((d) => ({
          ruleId: d.rule,
          ruleIndex: (RULE_IDS as readonly string[]).indexOf(d.rule),
          level: SARIF_LEVEL[d.severity],
          message: {text: d.message},
          locations: [
            {
              physicalLocation: {
                artifactLocation: {uri: fileUri(d.file)},
                region: {startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn},
              },
            },
          ],
          properties: {locale: d.locale, field: d.field},
        })),
      },
    ],
  };
}
