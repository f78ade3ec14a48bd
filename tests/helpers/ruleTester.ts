/**
 * Rule tests as tables, after ESLint's RuleTester: per rule, posts that must pass
 * and posts that must fail at given places. Each case is checked as the `check`
 * command checks a site: a temporary copy of the one base site
 * (tests/fixtures/rules/_base: the registries of both locales and a card-sized
 * image) with the case's post written into it, read and checked by `checkSite`.
 */
import {cp, mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {checkSite, type CheckResult, type CheckSiteOptions} from '../../plugins/blog/check';
import {RULE_IDS} from '../../plugins/blog/check/rules';
import {ROOT} from './site';

type RuleId = (typeof RULE_IDS)[number];
type Diagnostic = CheckResult['diagnostics'][number];

export const RULE_FIXTURES = path.join(ROOT, 'tests/fixtures/rules');
const BASE_SITE = path.join(RULE_FIXTURES, '_base');
/** The base site's locales: English, and Arabic with its own tag labels. */
const BASE_LOCALES = ['en', 'ar'];

interface PostCase {
  /** What the test is called; the rule and the case's number when absent. */
  name?: string;
  /**
   * The front matter's YAML, without the --- lines. The indentation its lines
   * share is removed, so it can be written indented in a template literal.
   * Line numbers count from the file's first line: the opening --- is line 1,
   * the first field line 2.
   */
  frontMatter?: string;
  /** The text after the closing --- and a blank line (default: one sentence). */
  body?: string;
  /** The whole file as it is on disk, for the cases about fences, encodings and line ends. */
  source?: string | Uint8Array;
  /** Default 2025-01-01-post.md. */
  fileName?: string;
  /** The blog the post is in (default en); other locales read the base site's registries of their own. */
  locale?: string;
}

interface ExpectedError {
  rule: RuleId;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** The front matter field the report names, as `authors[2]`. */
  field?: string;
  /** Compared when the checker's diagnostics carry a message id. */
  messageId?: string;
  /** The message, or a part of it. */
  message?: string;
}

interface InvalidCase extends PostCase {
  errors: ExpectedError[];
}

interface RuleCases {
  /** Posts with no diagnostic of the family's rules (a front matter's YAML, or a case). */
  valid: (string | PostCase)[];
  /** Posts with exactly these diagnostics of the family's rules and of the rules they name. */
  invalid: InvalidCase[];
}

/** A family of rules, each with its cases. */
export type RuleTable = Partial<Record<RuleId, RuleCases>>;

const DEFAULT_BODY = 'The body of the post.\n';

/** Strips the first and last lines when blank, and the indentation all other lines share. */
function dedent(text: string): string {
  const lines = text.split('\n');
  if (lines[0]?.trim() === '') lines.shift();
  if (lines.at(-1)?.trim() === '') lines.pop();
  const indent = Math.min(...lines.filter((l) => l.trim() !== '').map((l) => l.length - l.trimStart().length));
  return lines.map((l) => l.slice(Number.isFinite(indent) ? indent : 0)).join('\n') + '\n';
}

/** The post's file exactly as the case describes it. */
function postSource(c: PostCase): string | Uint8Array {
  if (c.source !== undefined) return c.source;
  if (c.frontMatter === undefined) throw new Error('A case needs a frontMatter or a source.');
  return `---\n${dedent(c.frontMatter)}---\n\n${c.body === undefined ? DEFAULT_BODY : dedent(c.body)}`;
}

// One temporary folder per test file for all its sites, removed after its tests.
const workRoot = mkdtemp(path.join(tmpdir(), 'qalam-rules-'));
afterAll(async () => rm(await workRoot, {recursive: true, force: true, maxRetries: 3}));

/**
 * A temporary site: a copy of the base site with `overlay` (a folder of
 * tests/fixtures/rules, or files by site-relative path) over it.
 */
export async function baseSiteWith(overlay: string | Record<string, string | Uint8Array>): Promise<string> {
  const dir = await mkdtemp(path.join(await workRoot, 'site-'));
  await cp(BASE_SITE, dir, {recursive: true});
  if (typeof overlay === 'string') {
    // The overlay's pinned report is no file of the site.
    await cp(overlay, dir, {recursive: true, filter: (from) => path.basename(from) !== 'expected.json'});
  } else {
    for (const [file, content] of Object.entries(overlay)) {
      await mkdir(path.dirname(path.join(dir, file)), {recursive: true});
      await writeFile(path.join(dir, file), content);
    }
  }
  return dir;
}

/** Checks a site made from the base site, as the `check` command would. */
export async function checkBaseSite(
  dir: string,
  options: CheckSiteOptions = {},
  locales: readonly string[] = [],
): Promise<CheckResult> {
  return checkSite(dir, {...options, locales: [...new Set([...BASE_LOCALES, ...locales])]});
}

/** A copy of the base site with the case's post in it. */
export async function siteWithPost(c: PostCase): Promise<string> {
  const folder = (c.locale ?? 'en') === 'en' ? 'blog' : `i18n/${c.locale}/docusaurus-plugin-content-blog`;
  return baseSiteWith({[`${folder}/${c.fileName ?? '2025-01-01-post.md'}`]: postSource(c)});
}

/** Checks one case's post in a copy of the base site. */
async function checkPost(c: PostCase, options: CheckSiteOptions = {}): Promise<CheckResult> {
  return checkBaseSite(await siteWithPost(c), options, [c.locale ?? 'en']);
}

const byPlace = <T extends {line: number; column: number; rule: string}>(a: T, b: T) =>
  a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule);

/** The expected errors in the order the comparison shows them. */
const sortedErrors = (errors: readonly ExpectedError[]): ExpectedError[] => [...errors].sort(byPlace);

/**
 * The diagnostics as the expected errors state them, to compare with
 * `sortedErrors(errors)`: each diagnostic paired with the expected error of
 * its rule and place (else of its rule), reduced to the keys that error gives,
 * its message kept whole unless it holds the expected part; a diagnostic no
 * error expects is shown whole, at the end. A mismatch reads as a short diff.
 */
function asExpected(diagnostics: readonly Diagnostic[], errors: readonly ExpectedError[]): object[] {
  const expected = sortedErrors(errors);
  const left = [...diagnostics].sort(byPlace);
  const paired = new Map<ExpectedError, Diagnostic>();
  const pair = (same: (d: Diagnostic, e: ExpectedError) => boolean) => {
    for (const e of expected) {
      if (paired.has(e)) continue;
      const i = left.findIndex((d) => same(d, e));
      if (i !== -1) paired.set(e, left.splice(i, 1)[0]!);
    }
  };
  pair((d, e) => d.rule === e.rule && d.line === e.line && d.column === e.column);
  pair((d, e) => d.rule === e.rule);
  const shown = expected.flatMap((e) => {
    const d = paired.get(e);
    if (!d) return [];
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(e) as (keyof ExpectedError)[]) {
      if (key === 'message') out.message = e.message && d.message.includes(e.message) ? e.message : d.message;
      else if (key === 'messageId') out.messageId = 'messageId' in d ? d.messageId : e.messageId;
      else out[key] = d[key];
    }
    return [out];
  });
  return [...shown, ...left.map(({rule, line, column, message}) => ({rule, line, column, message}))];
}

const caseName = (rule: string, kind: string, c: PostCase, i: number) =>
  `${rule} ${kind} #${i + 1}${c.name ? `: ${c.name}` : ''}`;

/**
 * Registers the family's tests: every valid case is read and has no
 * diagnostic of the family's rules; every invalid case has exactly its errors
 * among the diagnostics of the family's rules and of the rules its errors name
 * (among all its diagnostics when its front matter cannot be read).
 */
export function runRuleTable(family: string, table: RuleTable): void {
  const familyRules: string[] = Object.keys(table);
  describe(family, () => {
    for (const [rule, cases] of Object.entries(table) as [RuleId, RuleCases][]) {
      cases.valid.forEach((entry, i) => {
        const c = typeof entry === 'string' ? {frontMatter: entry} : entry;
        it(caseName(rule, 'valid', c, i), async () => {
          expect(RULE_IDS).toContain(rule);
          const {diagnostics, posts} = await checkPost(c);
          // As ESLint's tester refuses valid code that does not parse: a post
          // whose front matter cannot be read passes every rule of its fields.
          expect(
            posts.every((p) => p.data),
            'the front matter is read',
          ).toBe(true);
          expect(diagnostics.filter((d) => familyRules.includes(d.rule))).toEqual([]);
        });
      });
      cases.invalid.forEach((c, i) => {
        it(caseName(rule, 'invalid', c, i), async () => {
          expect(RULE_IDS).toContain(rule);
          expect(
            c.errors.map((e) => e.rule),
            `an invalid case of ${rule} names an error of ${rule}`,
          ).toContain(rule);
          const underTest = new Set<string>([...familyRules, ...c.errors.map((e) => e.rule)]);
          const {diagnostics, posts} = await checkPost(c);
          // A post whose front matter cannot be read names every reason.
          const unread = posts.some((p) => !p.data);
          const found = diagnostics.filter((d) => unread || underTest.has(d.rule));
          expect(asExpected(found, c.errors)).toEqual(sortedErrors(c.errors));
        });
      });
    }
  });
}
