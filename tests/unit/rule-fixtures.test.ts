/**
 * One fixture site per rule and outcome: tests/fixtures/rules/<rule>-fail/ and
 * <rule>-pass/. Each folder's expected.json pins the checker's diagnostics
 * (location, rule, severity, message). UPDATE_FIXTURES=1 rewrites them; review
 * the diff before committing.
 */
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {checkSite} from '../../plugins/blog/check';
import {toJson} from '../../plugins/blog/check/report';
import {RULES} from '../../plugins/blog/check/rules';
import {siteCheckOptions} from '../../plugins/blog/check/load/siteConfig';
import {ROOT} from '../helpers/site';

const FIXTURES = path.join(ROOT, 'tests/fixtures/rules');
const cases = readdirSync(FIXTURES, {withFileTypes: true})
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

describe.each(cases)('%s', (name) => {
  const rule = name.replace(/-(fail|pass)$/, '');
  const failing = name.endsWith('-fail');
  const dir = path.join(FIXTURES, name);

  it(failing ? `reports ${rule}` : `does not report ${rule}`, async () => {
    expect(Object.keys(RULES)).toContain(rule);
    const {options} = await siteCheckOptions(dir);
    const result = toJson(await checkSite(dir, options));
    const ofRule = result.diagnostics.filter((d) => d.rule === rule);
    if (failing) expect(ofRule.length).toBeGreaterThan(0);
    else expect(ofRule).toEqual([]);

    const expectedFile = path.join(dir, 'expected.json');
    if (process.env.UPDATE_FIXTURES) writeFileSync(expectedFile, `${JSON.stringify(result, null, 2)}\n`);
    expect(existsSync(expectedFile), `${name}/expected.json is missing: run UPDATE_FIXTURES=1 and review it`).toBe(
      true,
    );
    expect(result).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
  });
});

it('covers every rule with a failing and a passing fixture', () => {
  const missing = Object.keys(RULES).flatMap((rule) =>
    ['fail', 'pass'].filter((outcome) => !cases.includes(`${rule}-${outcome}`)).map((outcome) => `${rule}-${outcome}`),
  );
  expect(missing).toEqual([]);
});
