/**
 * The rule registry: every rule is one complete object, the ids and the
 * blocking set come from it, SARIF carries each rule's help, the checker's own
 * failure has its rule, and the README's rules table is the registry's.
 */
import {mkdtemp, readFile, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {checkSite} from '../../plugins/blog/check';
import {toJson, toSarif} from '../../plugins/blog/check/report';
import {rulesTable, withRulesTable} from '../../plugins/blog/check/report/rulesTable';
import {ALL_RULES, BLOCKING_RULES, RULE_BY_ID, RULE_IDS, RULES} from '../../plugins/blog/check/rules';
import {checkEmpty, fieldEmpty} from '../../plugins/blog/check/rules/fieldEmpty';
import {checkPostBytes, memorySiteFacts} from '../helpers/checker';
import {post, siteFacts} from '../helpers/post';
import {JSON_REPORT_FIELDS, run} from '../helpers/run';
import {ROOT} from '../helpers/site';

describe('the rule registry', () => {
  it('holds complete rules with unique ids', () => {
    for (const rule of ALL_RULES) {
      expect(rule.id, rule.id).toMatch(/^[a-z]+(?:-[a-z]+)+$/);
      expect(['error', 'warning', 'info'], rule.id).toContain(rule.severity);
      expect(['parse', 'post', 'site', 'registry', 'checker'], rule.id).toContain(rule.scope);
      // One line, lower case, as the README's table and SARIF show it.
      expect(rule.description, rule.id).toMatch(/^[a-zA-Z][^\n]+[^.\n]$/);
      expect(rule.fix, rule.id).toMatch(/^[A-Z][^\n]+\.$/);
      expect(Object.keys(rule.messages).length, rule.id).toBeGreaterThan(0);
      if (rule.scope === 'post' || rule.scope === 'site') expect(typeof rule.check, rule.id).toBe('function');
    }
    expect(new Set(RULE_IDS).size).toBe(ALL_RULES.length);
    expect(RULE_IDS).toEqual(ALL_RULES.map((rule) => rule.id));
    expect([...RULE_BY_ID.keys()]).toEqual(RULE_IDS);
  });

  it('keeps RULES to the rules a site can break: all but the checker-internal', () => {
    expect(Object.keys(RULES)).toEqual(RULE_IDS.filter((id) => id !== 'checker-internal'));
  });

  it('blocks exactly the errors that keep the blog plugin from loading a post', () => {
    expect([...BLOCKING_RULES].sort()).toEqual(
      [
        'frontmatter-missing',
        'frontmatter-script',
        'frontmatter-language',
        'frontmatter-fenced',
        'frontmatter-unclosed',
        'frontmatter-not-mapping',
        'encoding-invalid',
        'yaml-syntax',
        'yaml-duplicate-key',
        'yaml-custom-tag',
        'yaml-alias',
        'yaml-too-large',
        'field-required',
        'author-unknown',
        'date-invalid',
        'slug-invalid',
        'tag-permalink-unsafe',
        'author-link-unsafe',
        'docusaurus-refused',
        'post-file-unsafe',
      ].sort(),
    );
    for (const id of BLOCKING_RULES) expect(RULE_BY_ID.get(id)!.severity, id).toBe('error');
  });

  it('makes each message from typed data, with its message id on the finding', () => {
    const p = post('---\ntitle: A post\ntags: [ai, " "]\n---\n');
    expect(checkEmpty(p, p.parsed.data!, siteFacts())).toEqual([
      {
        rule: 'field-empty',
        messageId: 'itemBlank',
        path: ['tags', 1],
        message: 'tags[1] is empty. Remove it or write a value.',
      },
    ]);
    expect(fieldEmpty.report('keywordBlank', {path: ['keywords', 0]}, {index: 0}).message).toBe(
      'keywords[0] is empty. Remove it or write a keyword.',
    );
  });
});

describe('reports', () => {
  const MULTI = path.join(ROOT, 'tests/fixtures/sites/multi');

  it('give SARIF every rule with its help, and each result its rule', async () => {
    const result = await checkSite(MULTI, {defaultLocale: 'en', locales: ['en', 'ar', 'fa', 'he']});
    expect(result.diagnostics.length).toBeGreaterThan(3);
    const sarif = toSarif(result);
    const [sarifRun] = sarif.runs;
    const rules = sarifRun!.tool.driver.rules;
    expect(rules.map((rule) => rule.id)).toEqual(RULE_IDS);
    for (const rule of rules) {
      const own = RULE_BY_ID.get(rule.id)!;
      expect(rule.shortDescription.text).toBe(own.description);
      expect(rule.help.text, rule.id).toBe(own.fix);
      expect(rule.fullDescription.text, rule.id).toContain(own.description.slice(1));
    }
    for (const result of sarifRun!.results) {
      const rule = rules[result.ruleIndex]!;
      expect(rule.id).toBe(result.ruleId);
      expect(rule.help.text.length, result.ruleId).toBeGreaterThan(10);
    }
  });

  it('give SARIF each file as a URI relative to the site, whatever its name holds', () => {
    const at = {line: 1, column: 1, endLine: 1, endColumn: 2, locale: 'en', field: '', severity: 'error' as const};
    const files = [
      'blog/2025-01-01-with space#1.md',
      'blog/a?b"<x>%.md',
      'i18n/ar/docusaurus-plugin-content-blog/مقال.md',
    ];
    const diagnostics = files.map((file) => ({...at, file, rule: 'frontmatter-missing', message: 'm'}));
    const uris = toSarif({files: 3, errors: 3, warnings: 0, diagnostics, posts: []} as never).runs[0]!.results.map(
      (r) => r.locations[0]!.physicalLocation.artifactLocation.uri,
    );
    expect(uris).toEqual([
      'blog/2025-01-01-with%20space%231.md',
      'blog/a%3Fb%22%3Cx%3E%25.md',
      'i18n/ar/docusaurus-plugin-content-blog/%D9%85%D9%82%D8%A7%D9%84.md',
    ]);
    // Read back as a URL against the site, each is the file again.
    for (const [i, uri] of uris.entries())
      expect(decodeURIComponent(new URL(uri, 'file:///site/').pathname.slice('/site/'.length))).toBe(files[i]);
  });

  it('keep the JSON report to its ten fields, without message ids', async () => {
    const result = await checkSite(MULTI, {defaultLocale: 'en', locales: ['en', 'ar', 'fa', 'he']});
    expect(result.diagnostics.every((d) => typeof d.messageId === 'string')).toBe(true);
    for (const diagnostic of toJson(result).diagnostics) {
      expect(Object.keys(diagnostic)).toEqual(JSON_REPORT_FIELDS);
    }
  });
});

describe('checker-internal', () => {
  it('reports a check that throws under its own rule, and the other checks still run', async () => {
    const facts = await memorySiteFacts();
    // A broken setting makes the field check throw, as a bug of ours would.
    const broken = {...facts, settings: {...facts.settings, required: undefined as unknown as string[]}};
    const text = '---\ntitle: A post about open models\ndescription: x\ntags: [ai, nope]\nauthors: [lark]\n---\n';
    const result = checkPostBytes(Buffer.from(text), broken);
    const internal = result.diagnostics.filter((d) => d.rule === 'checker-internal');
    expect(internal).toHaveLength(1);
    expect(internal[0]).toMatchObject({severity: 'error', field: ''});
    expect(internal[0]!.message).toMatch(
      /^The checker failed on this post in checkFields \(.+\): a bug of the blog plugin, not a problem of the post\. The other checks still ran\. Please report it\.$/,
    );
    expect(result.diagnostics.map((d) => d.rule)).toContain('tag-unknown');
    expect(BLOCKING_RULES.has('checker-internal')).toBe(false);
  });
});

// The command is bundled on its first run after a source change: seconds on a busy machine.
describe('the README rules table', {timeout: 60_000}, () => {
  it('is made from the registry, one row per rule', () => {
    const rows = rulesTable().split('\n').slice(2);
    expect(rows).toHaveLength(ALL_RULES.length);
    expect(rows[0]).toBe(
      '| `frontmatter-missing` | error | house | yes | the file has no front matter | Start the file with `---`, the fields, and a closing `---`. |',
    );
    expect(rows.find((row) => row.startsWith('| `text-invisible` '))).toContain(
      'zero-width or invisible characters in tags, keywords, authors, slugs; control characters anywhere',
    );
  });

  it('refuses a README without its markers', () => {
    expect(() => withRulesTable('# A README\n')).toThrow(
      'README.md has no <!-- rules:start --> … <!-- rules:end --> markers around its rules table',
    );
  });

  it('is fresh in this repository: npm run docs:rules -- --check passes', async () => {
    const {code, stdout, stderr} = await run('npm', ['run', '-s', 'docs:rules', '--', '--check']);
    expect({code, stderr}).toEqual({code: 0, stderr: ''});
    expect(stdout).toBe("README.md's rules table is up to date\n");
  });

  it('fails --check on a stale copy with one line, and rewrites it', async () => {
    const readme = await readFile(path.join(ROOT, 'README.md'), 'utf8');
    const dir = await mkdtemp(path.join(tmpdir(), 'qalam-readme-'));
    const stale = path.join(dir, 'README.md');
    await writeFile(stale, readme.replace('| `field-empty` | error |', '| `field-empty` | warning |'));
    const checked = await run('npm', ['run', '-s', 'docs:rules', '--', '--check', '--readme', stale]);
    expect(checked.code).toBe(1);
    expect(checked.stdout).toBe('');
    expect(checked.stderr).toBe(
      `docs:rules: ${stale}'s rules table is stale: the rules changed since it was made. Run npm run docs:rules and commit the result\n`,
    );
    const written = await run('npm', ['run', '-s', 'docs:rules', '--', '--readme', stale]);
    expect(written).toMatchObject({code: 0, stdout: `Wrote the rules table of ${stale}\n`});
    expect(await readFile(stale, 'utf8')).toBe(readme);
  });
});
