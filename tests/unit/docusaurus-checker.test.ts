/**
 * Docusaurus's own front matter cases (tests/fixtures/docusaurus-cases), each
 * written as a post of a site and checked as `npm run check` checks it: every
 * front matter the blog plugin of Docusaurus refuses is an error of the check,
 * at a line of the front matter, so the build stops on the checker's report
 * rather than on Docusaurus's stack trace.
 */
import {describe, expect, it} from 'vitest';
import {stringify} from 'yaml';
import type {CheckResult} from '../../plugins/blog/check';
import {INVALID, PROJECT_INVALID, type Case} from '../fixtures/docusaurus-cases/cases';
import {baseSiteWith, checkBaseSite} from '../helpers/ruleTester';

/** Cases YAML cannot write (undefined in a list or a mapping) are no post. */
const undefinedIn = (value: unknown): boolean =>
  Array.isArray(value)
    ? value.some((item) => item === undefined || undefinedIn(item))
    : value !== null && typeof value === 'object' && Object.values(value).some(undefinedIn);
const CASES = [...INVALID, ...PROJECT_INVALID].filter((c) => !undefinedIn(c.frontMatter));

const fileOf = (i: number) => `blog/2025-01-01-case-${i}.md`;
const sourceOf = (c: Case) =>
  `---\n${Object.keys(c.frontMatter).length ? stringify(c.frontMatter) : ''}---\n\nThe body of the post.\n`;

describe('every front matter Docusaurus refuses, as a post, is a located error of the check', () => {
  // One site holds every case, one post each: one check for them all.
  let result: Promise<CheckResult> | undefined;
  const checked = () =>
    (result ??= baseSiteWith(Object.fromEntries(CASES.map((c, i) => [fileOf(i), sourceOf(c)]))).then((dir) =>
      checkBaseSite(dir),
    ));

  it('counts', () => {
    // Pinned so that a case lost in an edit shows.
    expect({cases: CASES.length, unwritable: INVALID.length + PROJECT_INVALID.length - CASES.length}).toEqual({
      cases: 92,
      unwritable: 1,
    });
  });

  it.each(CASES.map((c, i) => [`${c.source} ${JSON.stringify(c.frontMatter)}`, i] as const))('%s', async (_t, i) => {
    const {diagnostics} = await checked();
    const closingLine = sourceOf(CASES[i]!).split('\n').lastIndexOf('---') + 1;
    const errors = diagnostics.filter((d) => d.file === fileOf(i) && d.severity === 'error');
    expect(errors.length, 'an error').toBeGreaterThan(0);
    // At a line of the front matter, between its fences.
    expect(
      errors.some((d) => d.line > 1 && d.line < closingLine),
      JSON.stringify(errors),
    ).toBe(true);
  });
});

describe('one problem, told once', () => {
  const post = (extra: string) =>
    `---\ntitle: "A post"\ndescription: A post written for the checker's tests, long enough to be a real description.\ntags: [ai]\nauthors: [lark]\n${extra}\n---\n\nBody.\n`;
  const rulesAt = async (extra: string, rules: Record<string, 'off' | 'warning'> = {}) => {
    const dir = await baseSiteWith({'blog/2025-01-01-post.md': post(extra)});
    const {diagnostics} = await checkBaseSite(dir, {checker: {rules}});
    return diagnostics.filter((d) => d.line === 6).map((d) => `${d.severity} ${d.rule}`);
  };

  it('leaves a refused field to the rule that says more, as an error whatever its severity, and takes it when that rule is off', async () => {
    expect(await rulesAt(`draft: 'yes'`)).toEqual(['error field-type']);
    expect(await rulesAt(`draft: 'yes'`, {'field-type': 'warning'})).toEqual(['error field-type']);
    expect(await rulesAt(`draft: 'yes'`, {'field-type': 'off'})).toEqual(['error docusaurus-refused']);
  });

  it('marks as blocking the errors the blog plugin cannot load the post with, and only those', async () => {
    const blocking = async (extra: string) => {
      const dir = await baseSiteWith({'blog/2025-01-01-post.md': post(extra)});
      const {diagnostics} = await checkBaseSite(dir);
      return diagnostics.filter((d) => d.line === 6).map((d) => `${d.rule} ${d.blocking ?? false}`);
    };
    // Refused by Docusaurus: field-type stands for the refusal, and the post cannot load.
    expect(await blocking(`draft: 'yes'`)).toEqual(['field-type true']);
    // Read by Docusaurus as true: an error of this site's, the post still loads.
    expect(await blocking(`draft: 'true'`)).toEqual(['field-type false']);
    expect(await blocking('keywords: []')).toEqual(['docusaurus-refused true']);
  });

  it("leaves a value Docusaurus reads to the site's severity", async () => {
    expect(await rulesAt(`draft: 'true'`)).toEqual(['error field-type']);
    expect(await rulesAt(`draft: 'true'`, {'field-type': 'warning'})).toEqual(['warning field-type']);
    expect(await rulesAt(`draft: 'true'`, {'field-type': 'off'})).toEqual([]);
  });

  it('keeps the refusal next to a rule about another problem of the field', async () => {
    expect(await rulesAt('image: ./img/my card.png')).toEqual(
      expect.arrayContaining(['error image-missing', 'error docusaurus-refused']),
    );
  });
});
