import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {RULE_IDS} from '../../plugins/blog/check/rules';
import {check, JSON_REPORT_FIELDS} from '../helpers/run';
import {ROOT} from '../helpers/site';

const MULTI = path.join(ROOT, 'tests/fixtures/sites/multi');

// Every problem of every post of every locale, in one run.
const MULTI_PROBLEMS = [
  ['blog/2025-01-02-unknown-tag.md', 4, 12, 'en', 'tags[1]', 'tag-unknown', 'error'],
  ['blog/2025-01-03-unknown-author.md', 5, 17, 'en', 'authors[1]', 'author-unknown', 'error'],
  [
    'i18n/ar/docusaurus-plugin-content-blog/2025-01-02-unknown-tag.md',
    2,
    8,
    'ar',
    'title',
    'text-bidi-control',
    'error',
  ],
  ['i18n/ar/docusaurus-plugin-content-blog/2025-01-04-arabic-only.md', 2, 8, 'ar', '', 'yaml-syntax', 'error'],
  [
    'i18n/fa/docusaurus-plugin-content-blog/2025-01-05-untranslated.md',
    2,
    8,
    'fa',
    'title',
    'locale-untranslated',
    'warning',
  ],
  ['i18n/he/docusaurus-plugin-content-blog/2025-01-06-fenced.md', 1, 1, 'he', '', 'frontmatter-fenced', 'error'],
];

describe('npm run check', () => {
  it('reports every problem of a four-locale site as JSON and exits 1', async () => {
    const {code, stdout, stderr} = await check(MULTI, '--format', 'json');
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({files: 10, errors: 5, warnings: 1});
    expect(
      report.diagnostics.map((d: Record<string, unknown>) => [
        d.file,
        d.line,
        d.column,
        d.locale,
        d.field,
        d.rule,
        d.severity,
      ]),
    ).toEqual(MULTI_PROBLEMS);
    for (const d of report.diagnostics) {
      expect(Object.keys(d)).toEqual(JSON_REPORT_FIELDS);
      expect(d.endLine * 10_000 + d.endColumn).toBeGreaterThan(d.line * 10_000 + d.column);
    }
  });

  it('prints a located report with code frames as text', async () => {
    const {code, stdout} = await check(MULTI);
    expect(code).toBe(1);
    expect(stdout).toContain(
      [
        'blog/2025-01-02-unknown-tag.md:4:12 error tag-unknown [en] tags[1]',
        '  Tag "open-sorce" is not in tags.yml; did you mean "open-source" (Open source)? Use a key or label of tags.yml, or add the tag to blog/tags.yml.',
        '    3 | description: A fixture post for the checker, written long enough to be a real description.',
        '  > 4 | tags: [ai, open-sorce]',
        '      |            ^^^^^^^^^^',
      ].join('\n'),
    );
    expect(stdout.trim().split('\n').at(-1)).toBe('✖ 5 errors, 1 warning in 10 posts (4 locales)');
  });

  it('writes SARIF 2.1.0 with every rule and every result located', async () => {
    const {code, stdout} = await check(MULTI, '--format=sarif');
    expect(code).toBe(1);
    const sarif = JSON.parse(stdout);
    expect(sarif.version).toBe('2.1.0');
    const [run] = sarif.runs;
    expect(run.tool.driver.rules.map((r: {id: string}) => r.id)).toEqual(RULE_IDS);
    expect(run.results).toHaveLength(MULTI_PROBLEMS.length);
    expect(run.results[0]).toMatchObject({
      ruleId: 'tag-unknown',
      level: 'error',
      locations: [
        {
          physicalLocation: {
            artifactLocation: {uri: 'blog/2025-01-02-unknown-tag.md'},
            region: {startLine: 4, startColumn: 12},
          },
        },
      ],
    });
    expect(run.results[4].level).toBe('warning');
  });

  it("passes this site: no error; the seed's Arabic description is long, and older than the English one it translates", async () => {
    const {code, stdout} = await check('--format', 'json');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.errors).toBe(0);
    expect(report.files).toBeGreaterThanOrEqual(6);
    const seed = report.diagnostics.filter((d: {file: string}) =>
      d.file.endsWith('2025-01-29-deepseek-open-source-revolution.md'),
    );
    expect(seed.map((d: {rule: string; locale: string}) => [d.locale, d.rule])).toEqual([
      ['ar', 'translation-stale'],
      ['ar', 'description-length'],
    ]);
  });

  it('checks a site whose docusaurus.config cannot be loaded, with the defaults', async () => {
    const {code, stdout} = await check(path.join(ROOT, 'tests/fixtures/sites/broken-config'), '--format', 'json');
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.diagnostics.map((d: {rule: string; field: string}) => `${d.rule} ${d.field}`)).toEqual([
      'tag-unknown tags[1]',
    ]);
  });

  const BROKEN_CONFIG = path.join(ROOT, 'tests/fixtures/sites/broken-config');
  const rulesOf = (stdout: string) =>
    JSON.parse(stdout).diagnostics.map((d: {file: string; rule: string}) => `${d.file} ${d.rule}`);

  it('--preset docusaurus: a post with only a house-rule problem passes; what Docusaurus refuses and unsafe text still fail', async () => {
    const house = await check(BROKEN_CONFIG, '--format', 'json', '--preset', 'docusaurus');
    expect(house.code).toBe(0);
    expect(rulesOf(house.stdout)).toEqual([]);

    const multi = await check(MULTI, '--format', 'json', '--preset', 'docusaurus');
    expect(multi.code).toBe(1);
    expect(rulesOf(multi.stdout)).toEqual([
      'blog/2025-01-03-unknown-author.md author-unknown',
      'i18n/ar/docusaurus-plugin-content-blog/2025-01-02-unknown-tag.md text-bidi-control',
      'i18n/ar/docusaurus-plugin-content-blog/2025-01-04-arabic-only.md yaml-syntax',
      // Docusaurus would publish it under its file name, fence and all.
      'i18n/he/docusaurus-plugin-content-blog/2025-01-06-fenced.md frontmatter-fenced',
    ]);
  });

  it('--rule ID=SEVERITY overrides the site for that rule alone, and may be repeated', async () => {
    const off = await check(BROKEN_CONFIG, '--format', 'json', '--rule', 'tag-unknown=off');
    expect(off.code).toBe(0);
    expect(rulesOf(off.stdout)).toEqual([]);

    const multi = await check(
      MULTI,
      '--format',
      'json',
      '--rule',
      'tag-unknown=warning',
      '--rule',
      'yaml-syntax=off',
      '--rule',
      'locale-untranslated=error',
    );
    const report = JSON.parse(multi.stdout);
    expect(report.diagnostics.map((d: {rule: string; severity: string}) => `${d.rule} ${d.severity}`)).toEqual([
      'tag-unknown warning',
      'author-unknown error',
      'text-bidi-control error',
      'locale-untranslated error',
      'frontmatter-fenced error',
    ]);
  });

  it.each([
    [['--format', 'yaml'], 'check: unknown format "yaml"; use one of text, json, sarif'],
    [
      ['--bogus'],
      'check: unknown option --bogus; usage: npm run check -- [SITE_DIR] [--format text|json|sarif] [--config-required] [--preset docusaurus|recommended|strict] [--rule ID=off|info|warning|error]...',
    ],
    [['--preset', 'lax'], 'check: unknown preset "lax"; use one of docusaurus, recommended, strict'],
    [['--rule', 'nope=off'], 'check: --rule: unknown rule "nope"; did you mean "field-type"?'],
    [['--rule', 'tag-unknwn=off'], 'check: --rule: unknown rule "tag-unknwn"; did you mean "tag-unknown"?'],
    [
      ['--rule', 'tag-unknown=loud'],
      'check: --rule tag-unknown: unknown severity "loud"; use one of off, info, warning, error',
    ],
    [['--rule', 'tag-unknown'], 'check: --rule tag-unknown is not ID=SEVERITY; write e.g. --rule tag-unknown=warning'],
    [
      ['--rule', 'docusaurus-refused=off'],
      'check: --rule: docusaurus-refused cannot be lowered or turned off: Docusaurus refuses these values itself, and its build would stop on them with a stack trace instead of this report. Fix the posts instead.',
    ],
    [['/no/such/site'], 'check: no such folder: /no/such/site'],
    [
      [path.join(ROOT, 'src')],
      `check: no blog folder at ${path.join(ROOT, 'src/blog')}: is ${path.join(ROOT, 'src')} a Docusaurus site?`,
    ],
  ])('exits 2 with one clear line for %j', async (args, message) => {
    const {code, stdout, stderr} = await check(...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`${message}\n`);
  });
});
