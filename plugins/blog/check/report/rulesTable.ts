/**
 * The README's rules table, made from the rule registry: `npm run docs:rules`
 * writes it between the markers, and `-- --check` fails when it is stale.
 */
import {ALL_RULES} from '../rules';

const RULES_START = '<!-- rules:start -->';
const RULES_END = '<!-- rules:end -->';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The table, one row per rule in the registry's order. */
export function rulesTable(): string {
  const rows = ALL_RULES.map(
    (rule) =>
      `| \`${rule.id}\` | ${rule.severity} | ${rule.category} | ${rule.blocking ? 'yes' : 'no'} | ${cell(rule.description)} | ${cell(rule.fix)} |`,
  );
  return [
    '| rule | default | category | blocks loading? | what it finds | what to do |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

/**
 * The README with a fresh table between the markers. Throws when the markers
 * are missing or out of order: the table's place is the README's to choose.
 */
export function withRulesTable(readme: string, file = 'README.md'): string {
  const start = readme.indexOf(RULES_START);
  const end = readme.indexOf(RULES_END);
  if (start === -1 || end === -1 || end < start) {
    throw new Error(`${file} has no ${RULES_START} … ${RULES_END} markers around its rules table`);
  }
  const generated = [
    RULES_START,
    '<!-- Made by `npm run docs:rules` from plugins/blog/check/rules: edit the rules there, not here. -->',
    '',
    rulesTable(),
    '',
  ].join('\n');
  return `${readme.slice(0, start)}${generated}${readme.slice(end)}`;
}
