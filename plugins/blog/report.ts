/**
 * The checker's reports: text with code frames for people, JSON per the
 * contract in DESIGN.md, SARIF 2.1.0 for code-scanning tools.
 */
import {codeFrameColumns} from '@babel/code-frame';
import logger from '@docusaurus/logger';
import type {CheckResult} from './check';
import {RULES, type Diagnostic} from './rules';

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
    diagnostics: result.diagnostics.map(({file, line, column, endLine, endColumn, locale, field, rule, severity, message}) => ({
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
    })),
  };
}

const paint = (d: Diagnostic) =>
  d.severity === 'error' ? logger.red(logger.bold('error')) : d.severity === 'warning' ? logger.yellow(logger.bold('warning')) : logger.cyan('info');

/** One block per problem: location, severity, rule, field, message, code frame. */
export function formatDiagnostic(d: Diagnostic, source: string | undefined): string {
  const head = `${logger.bold(`${d.file}:${d.line}:${d.column}`)} ${paint(d)} ${logger.dim(d.rule)} ${logger.dim(`[${d.locale}]${d.field ? ` ${d.field}` : ''}`)}`;
  const lines = [head, `  ${d.message}`];
  if (source !== undefined) {
    const frame = codeFrameColumns(
      source,
      // A long value would draw a caret line as long as the value: mark its start.
      {start: {line: d.line, column: d.column}, end: d.endLine === d.line ? {line: d.endLine, column: Math.min(d.endColumn, d.column + 40)} : undefined},
      {highlightCode: false, linesAbove: 1, linesBelow: 1},
    );
    lines.push(frame.replace(/^/gm, '  '));
  }
  return lines.join('\n');
}

export function summary(result: CheckResult): string {
  const locales = new Set(result.posts.map((p) => p.post.locale)).size;
  const counts = `${result.errors} error${result.errors === 1 ? '' : 's'}, ${result.warnings} warning${result.warnings === 1 ? '' : 's'}`;
  const where = `in ${result.files} post${result.files === 1 ? '' : 's'} (${locales} locale${locales === 1 ? '' : 's'})`;
  return result.errors ? logger.red(`✖ ${counts} ${where}`) : result.warnings ? logger.yellow(`⚠ ${counts} ${where}`) : logger.green(`✔ No problems ${where}`);
}

export function formatText(result: CheckResult): string {
  const blocks = result.diagnostics.map((d) => formatDiagnostic(d, result.sources.get(d.file)));
  return [...blocks, summary(result)].join('\n\n');
}

const SARIF_LEVEL = {error: 'error', warning: 'warning', info: 'note'} as const;

export function toSarif(result: CheckResult) {
  const ruleIds = Object.keys(RULES) as (keyof typeof RULES)[];
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'qalam-check',
            informationUri: 'https://qalam.example.org/',
            rules: ruleIds.map((id) => ({
              id,
              shortDescription: {text: RULES[id].about},
              defaultConfiguration: {level: SARIF_LEVEL[RULES[id].severity]},
            })),
          },
        },
        results: result.diagnostics.map((d) => ({
          ruleId: d.rule,
          ruleIndex: ruleIds.indexOf(d.rule),
          level: SARIF_LEVEL[d.severity],
          message: {text: d.message},
          locations: [
            {
              physicalLocation: {
                artifactLocation: {uri: d.file},
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
