import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {checkSite} from '../../plugins/blog/check';
import {DEFAULT_OPTIONS, normalizeCheckerOptions, OWN_OPTION_KEYS} from '../../plugins/blog/check/options';
import {RULES} from '../../plugins/blog/check/rules';
import {siteWithPost} from '../helpers/ruleTester';
import {ROOT} from '../helpers/site';

// A site whose one post has a description too short, and no other problem.
const SITE = siteWithPost({
  frontMatter: 'title: "A post for the tests"\ndescription: Too short.\ntags: [ai]\nauthors: [lark]',
});

describe('checker options', () => {
  it('normalize {} to the defaults', () => {
    expect(normalizeCheckerOptions({})).toEqual(DEFAULT_OPTIONS);
    expect(normalizeCheckerOptions(undefined)).toEqual(DEFAULT_OPTIONS);
    expect(DEFAULT_OPTIONS).toEqual({
      preset: 'strict',
      rules: {},
      requiredFields: ['title', 'description', 'tags', 'authors'],
      untranslatedPosts: 'notice',
      digits: {},
      socialCards: {enabled: true, all: false},
      headingLevels: 'continuous',
    });
  });

  it('fill in what a site leaves out, nested options included', () => {
    expect(normalizeCheckerOptions({socialCards: {all: true}, headingLevels: 'as-written'})).toEqual({
      ...DEFAULT_OPTIONS,
      socialCards: {enabled: true, all: true},
      headingLevels: 'as-written',
    });
  });

  it('never hand out the defaults themselves, so one site cannot change them for the next', () => {
    const options = normalizeCheckerOptions({});
    options.requiredFields.push('image');
    options.socialCards.enabled = false;
    expect(normalizeCheckerOptions({})).toEqual(DEFAULT_OPTIONS);
    expect(DEFAULT_OPTIONS.requiredFields).toEqual(['title', 'description', 'tags', 'authors']);
  });

  it('name every option of the schema as ours, and each has a default', () => {
    expect([...OWN_OPTION_KEYS].sort()).toEqual(Object.keys(DEFAULT_OPTIONS).sort());
  });

  it('refuse an unknown rule id or severity', () => {
    expect(() => normalizeCheckerOptions({rules: {'no-such-rule': 'off'}})).toThrow();
    expect(() => normalizeCheckerOptions({rules: {'tag-unknown': 'fatal'}})).toThrow();
    // What Docusaurus refuses stops its build anyway: the report cannot be silenced.
    expect(() => normalizeCheckerOptions({rules: {'docusaurus-refused': 'warning'}})).toThrow(
      /docusaurus-refused cannot be lowered or turned off/,
    );
    expect(normalizeCheckerOptions({rules: {'docusaurus-refused': 'error'}}).rules).toEqual({
      'docusaurus-refused': 'error',
    });
    expect(() => normalizeCheckerOptions({required: ['title']})).toThrow();
  });

  it('give every rule a default severity', () => {
    for (const rule of Object.values(RULES)) expect(['error', 'warning', 'info']).toContain(rule.severity);
  });

  it('let the site change a rule to error, or turn it off', async () => {
    const severities = async (rules: Record<string, string>) =>
      (await checkSite(await SITE, {checker: normalizeCheckerOptions({rules})})).diagnostics.map(
        (d) => `${d.rule} ${d.severity}`,
      );
    expect(await severities({})).toEqual(['description-length warning']);
    expect(await severities({'description-length': 'error'})).toEqual(['description-length error']);
    expect(await severities({'description-length': 'off'})).toEqual([]);
  });

  it('let the site change the required fields', async () => {
    const site = await siteWithPost({frontMatter: 'title: "A post for the tests"\ntags: [ai]'});
    const rules = async (requiredFields: string[]) =>
      (await checkSite(site, {checker: {requiredFields}})).diagnostics.map((d) => `${d.rule} ${d.field}`);
    expect(await rules(['title', 'description', 'tags', 'authors'])).toEqual([
      'field-required description',
      'field-required authors',
    ]);
    expect(await rules(['title', 'tags'])).toEqual([]);
  });
});

describe('the README', () => {
  it('documents every rule with its default severity', async () => {
    const {readFile} = await import('node:fs/promises');
    const readme = await readFile(path.join(ROOT, 'README.md'), 'utf8');
    for (const [id, rule] of Object.entries(RULES)) expect(readme, id).toContain(`| \`${id}\` | ${rule.severity} |`);
  });
});
