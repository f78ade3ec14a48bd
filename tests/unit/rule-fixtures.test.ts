/**
 * Site fixtures, for the rules whose cases need files beside the post (local
 * images) or posts in several locales: tests/fixtures/rules/<rule>-fail/ and
 * <rule>-pass/ hold only what differs from the base site (tests/fixtures/rules/_base:
 * registries and a card-sized image). Each is copied over the base site into a
 * temporary folder and checked there; its expected.json pins the checker's
 * report (location, rule, severity, message). UPDATE_FIXTURES=1 rewrites them;
 * review the diff before committing. Every other rule has a table in
 * tests/unit/rules/.
 */
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {toJson} from '../../plugins/blog/check/report';
import {RULES} from '../../plugins/blog/check/rules';
import {baseSiteWith, checkBaseSite, RULE_FIXTURES} from '../helpers/ruleTester';
import {RULE_TABLES} from './rules';

// Folders starting with _ (the base site) are no cases.
const cases = readdirSync(RULE_FIXTURES, {withFileTypes: true})
  .filter((e) => e.isDirectory() && !e.name.startsWith('_'))
  .map((e) => e.name)
  .sort();

describe.each(cases)('%s', (name) => {
  const rule = name.replace(/-(fail|pass)$/, '');
  const failing = name.endsWith('-fail');
  const overlay = path.join(RULE_FIXTURES, name);

  it(failing ? `reports ${rule}` : `does not report ${rule}`, async () => {
    expect(Object.keys(RULES)).toContain(rule);
    const result = toJson(await checkBaseSite(await baseSiteWith(overlay)));
    const ofRule = result.diagnostics.filter((d) => d.rule === rule);
    if (failing) expect(ofRule.length).toBeGreaterThan(0);
    else expect(ofRule).toEqual([]);

    const expectedFile = path.join(overlay, 'expected.json');
    if (process.env.UPDATE_FIXTURES) writeFileSync(expectedFile, `${JSON.stringify(result, null, 2)}\n`);
    expect(existsSync(expectedFile), `${name}/expected.json is missing: run UPDATE_FIXTURES=1 and review it`).toBe(
      true,
    );
    expect(result).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
  });
});

/** Rules whose failing case needs git history: tests/integration/translations.test.ts makes a repository for it. */
const FAILING_IN_GIT = new Set(['translation-stale']);

it('covers every rule with a passing and a failing case, in a table or a site fixture', () => {
  const count = (rule: string, outcome: 'valid' | 'invalid') =>
    (outcome === 'invalid' && FAILING_IN_GIT.has(rule) ? 1 : 0) +
    Object.values(RULE_TABLES).reduce((n, table) => n + (table[rule as keyof typeof table]?.[outcome].length ?? 0), 0) +
    (cases.includes(`${rule}-${outcome === 'valid' ? 'pass' : 'fail'}`) ? 1 : 0);
  const missing = Object.keys(RULES).flatMap((rule) =>
    (['valid', 'invalid'] as const)
      .filter((outcome) => count(rule, outcome) === 0)
      .map(
        (outcome) =>
          `${rule} has no ${outcome} case: add one to its table in tests/unit/rules/, or a ${rule}-${outcome === 'valid' ? 'pass' : 'fail'} site fixture`,
      ),
  );
  expect(missing).toEqual([]);
});
