/**
 * `npm run check` on Docusaurus sites that do not use this plugin: each blog
 * is read from the site's own docusaurus.config and checked with what that
 * site asked of Docusaurus, not with this site's house rules.
 */
import {mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {parse} from 'yaml';
import {check} from '../helpers/run';
import {ROOT} from '../helpers/site';

const SITES = path.join(ROOT, 'tests/fixtures/sites');
// foreign-classic is create-docusaurus 3.10.2's classic template, as
// `npm pack create-docusaurus@3.10.2` ships it: templates/classic/docusaurus.config.js
// and templates/shared/blog/ (posts, authors.yml, tags.yml, the welcome post's image).
const CLASSIC = path.join(SITES, 'foreign-classic');
const POSTS = path.join(SITES, 'foreign-posts');
const TWO_BLOGS = path.join(SITES, 'foreign-two-blogs');
const BROKEN = path.join(SITES, 'foreign-broken');

interface Report {
  files: number;
  errors: number;
  warnings: number;
  diagnostics: {file: string; line: number; rule: string; severity: string; message: string}[];
}

/** This site's own tag and author keys, from its registries: no other site's report may name them. */
async function houseKeys(): Promise<string[]> {
  const keys = new Set<string>();
  for (const file of ['blog/tags.yml', 'blog/authors.yml']) {
    for (const key of Object.keys(parse(await readFile(path.join(ROOT, file), 'utf8')) ?? {})) keys.add(key);
  }
  return [...keys];
}

/** The report's messages and stderr (not its paths and code frames, which quote the site's own files). */
async function expectNoHouseKeys(report: Report, stderr: string) {
  const output = [...report.diagnostics.map((d) => d.message), stderr].join('\n');
  const keys = await houseKeys();
  expect(keys).toContain('lark');
  for (const key of keys) {
    expect(output, `the report names "${key}", a key of this site`).not.toMatch(
      new RegExp(`(^|[^\\p{L}\\p{N}-])${key}($|[^\\p{L}\\p{N}-])`, 'u'),
    );
  }
}

describe('npm run check on a site without this plugin', () => {
  it('passes a fresh create-docusaurus classic site: no description, tags or authors demanded', async () => {
    const {code, stdout, stderr} = await check(CLASSIC, '--format', 'json');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report: Report = JSON.parse(stdout);
    expect(report.files).toBe(4);
    expect(report.errors).toBe(0);
    await expectNoHouseKeys(report, stderr);
  });

  it('finds a blog at path: posts, with inline tags and authors and no registries: warnings only', async () => {
    const {code, stdout, stderr} = await check(POSTS, '--format', 'json');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report: Report = JSON.parse(stdout);
    // Three posts in posts/ and one French translation.
    expect(report.files).toBe(4);
    expect(report.errors).toBe(0);
    expect(report.warnings).toBeGreaterThan(0);
    expect(new Set(report.diagnostics.map((d) => d.severity))).toEqual(new Set(['warning']));
    expect(report.diagnostics.map((d) => d.file)).toContain('posts/2024-03-09-cold-nights.md');
    // Tags without a tags.yml are free, as Docusaurus has them; no field is required.
    expect(report.diagnostics.map((d) => d.rule)).not.toContain('tag-unknown');
    expect(report.diagnostics.map((d) => d.rule)).not.toContain('field-required');
    const text = await check(POSTS);
    expect(text.code).toBe(0);
    expect(text.stdout.trim().split('\n').at(-1)).toMatch(/^⚠ 0 errors, \d+ warnings in 4 posts \(2 locales\)$/);
    await expectNoHouseKeys(report, stderr);
  });

  it('checks both blogs of a site with two blog plugin instances, each with its own tags, include and translations', async () => {
    const {code, stdout, stderr} = await check(TWO_BLOGS, '--format', 'json');
    expect(stderr).toBe('');
    const report: Report = JSON.parse(stdout);
    // One post in blog/, two in news/ (its include takes .md only: its .mdx file, unreadable, is no post)
    // and the French translation of a news post.
    expect(report.files).toBe(4);
    expect(report.diagnostics.map((d) => [d.file, d.line, d.rule, d.severity])).toEqual([
      // The preset's blog: onInlineTags: 'throw' with a tags file makes an unknown tag an error.
      ['blog/2024-05-01-version-two.md', 3, 'tag-unknown', 'error'],
      // The "news" instance keeps its translations in its own folder, read in every locale.
      ['i18n/fr/docusaurus-plugin-content-blog-news/2024-05-02-launch-week.md', 2, 'title-length', 'warning'],
      // It has `tags: null`: its tags are free, its advice a warning.
      ['news/2024-05-03-meetup.md', 2, 'title-length', 'warning'],
    ]);
    expect(report).toMatchObject({errors: 1, warnings: 2});
    expect(code).toBe(1);
    const text = await check(TWO_BLOGS);
    expect(text.stdout.trim().split('\n').at(-1)).toBe('✖ 1 error, 2 warnings in 4 posts (2 locales)');
  });
});

describe('npm run check on a site whose config sets up no blog', () => {
  it('says so in one line and checks nothing: blog: false leaves blog/ unpublished', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'qalam-no-blog-'));
    await mkdir(path.join(dir, 'blog'));
    await writeFile(
      path.join(dir, 'docusaurus.config.js'),
      "module.exports = {presets: [['classic', {blog: false}]]};\n",
    );
    // Front matter Docusaurus would refuse, if it published the file.
    await writeFile(path.join(dir, 'blog/2025-01-01-stray.md'), '---\ntitle: [unclosed\n---\n');
    const {code, stdout, stderr} = await check(dir, '--format', 'json');
    expect(stderr).toBe(
      "check: note: the site's docusaurus.config sets up no blog (its classic preset's blog is false)\n",
    );
    expect(JSON.parse(stdout)).toEqual({files: 0, errors: 0, warnings: 0, diagnostics: []});
    expect(code).toBe(0);
    await rm(dir, {recursive: true, force: true});
  });
});

describe('npm run check when the config cannot be loaded', () => {
  const NOTE =
    "check: note: could not load docusaurus.config.js (Cannot find module 'docusaurus-theme-not-installed'); assumed one blog at blog/, one locale (en), recommended rules\n";

  it('says so in one line on stderr, what it assumed, and checks as usual', async () => {
    const {code, stdout, stderr} = await check(BROKEN, '--format', 'json');
    expect(stderr).toBe(NOTE);
    const report: Report = JSON.parse(stdout);
    // The post with a title only passes; the unclosed list is the one error.
    expect(report.files).toBe(2);
    expect(report.diagnostics.map((d) => [d.file, d.rule, d.severity])).toEqual([
      ['blog/2024-06-02-unclosed.md', 'yaml-syntax', 'error'],
    ]);
    expect(code).toBe(1);
  });

  it('exits 2 with --config-required, with the reason and nothing checked', async () => {
    const {code, stdout, stderr} = await check(BROKEN, '--config-required');
    expect(stdout).toBe('');
    expect(stderr).toBe(
      "check: could not load docusaurus.config.js (Cannot find module 'docusaurus-theme-not-installed'), and --config-required asks for it\n",
    );
    expect(code).toBe(2);
  });

  it("keeps this plugin's rules when the config that cannot be loaded names the plugin", async () => {
    const {code, stderr} = await check(path.join(SITES, 'broken-config'), '--format', 'json');
    expect(stderr).toBe(
      "check: note: could not load docusaurus.config.js (this config cannot be loaded); assumed one blog at blog/, one locale (en), this plugin's rules (the config names it)\n",
    );
    expect(code).toBe(1);
  });

  it('is quiet about a config that loads, and --config-required changes nothing then', async () => {
    const {code, stderr} = await check(CLASSIC, '--config-required');
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
