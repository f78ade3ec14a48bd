/**
 * The hostile corpus (tests/fixtures/hostile/cases.json) through the check
 * command and the build: every bad input is reported at its line with its
 * rule, or accepted for a stated reason; nothing throws; the check writes no
 * file; the build stops naming every bad post, and runs no front matter code.
 */
import {createHash} from 'node:crypto';
import {existsSync} from 'node:fs';
import {mkdtemp, readdir, readFile, rm, stat} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {visibleName} from '../../plugins/blog/check/report';
import {
  CANARY_VARIABLE,
  generatedFiles,
  generatedLinks,
  hostileCases,
  hostileSite,
  OUTSIDE_SECRET,
  type HostileCase,
} from '../helpers/hostile';
import {check, run, type RunResult} from '../helpers/run';
import {ROOT} from '../helpers/site';

interface JsonDiagnostic {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  rule: string;
  severity: string;
  message: string;
}

const STACK_TRACE = /^\s+at .+:\d+:\d+\)?$/m;
/** Where the corpus's ../ paths point: nothing may ever be written there. */
const ESCAPES = ['/tmp/qalam-hostile-slug', '/tmp/qalam-hostile-tag', '/tmp/qalam-hostile-author'];

let site: string;
let cases: Record<string, HostileCase>;

beforeAll(async () => {
  site = await hostileSite('hostile');
  cases = await hostileCases();
});

afterAll(async () => {
  await rm(site, {recursive: true, force: true});
});

async function files(dir: string, base = dir): Promise<string[]> {
  const entries = await readdir(dir, {withFileTypes: true});
  const nested = await Promise.all(
    entries.map(async (e) =>
      e.isDirectory() ? files(path.join(dir, e.name), base) : [path.relative(base, path.join(dir, e.name))],
    ),
  );
  return nested.flat().sort();
}

/** Every file of a folder with its size, modification time and hash. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const file of await files(dir)) {
    const full = path.join(dir, file);
    const info = await stat(full);
    out[file] = `${info.size} ${info.mtimeMs} ${createHash('sha256')
      .update(await readFile(full))
      .digest('hex')}`;
  }
  return out;
}

describe('the hostile corpus', () => {
  it('holds at least 40 bad inputs in every group the issue names, each a post of the site', async () => {
    const bad = Object.values(cases).filter((c) => !c.accepted);
    expect(bad.length).toBeGreaterThanOrEqual(40);
    expect(new Set(Object.values(cases).map((c) => c.group))).toEqual(
      new Set([
        'yaml',
        'types',
        'encoding',
        'structure',
        'size',
        'yaml-features',
        'injection',
        'unicode',
        'registry',
        'files',
        'urls',
      ]),
    );
    const posts = (await files(site)).filter((f) => f.endsWith('.md'));
    expect(posts).toEqual(
      Object.keys(cases)
        .filter((f) => f.endsWith('.md'))
        .sort(),
    );
    const generated = {...generatedFiles(), ...generatedLinks()};
    for (const [file, c] of Object.entries(cases)) {
      expect(Boolean(c.generated), `${file}: "generated" must say whether the test writes it`).toBe(file in generated);
      expect(c.expect, `${file} lists its diagnostics`).toBeDefined();
    }
  });
});

describe('npm run check on the corpus', () => {
  let result: RunResult;
  let report: {files: number; errors: number; diagnostics: JsonDiagnostic[]};
  let before: Record<string, string>;

  beforeAll(async () => {
    before = await snapshot(site);
    result = await check(site, '--format', 'json');
    report = JSON.parse(result.stdout);
  });

  it('exits 1 with one JSON report, nothing on stderr, no stack trace', () => {
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout).not.toMatch(STACK_TRACE);
    expect(report.files).toBe(Object.keys(cases).filter((f) => f.endsWith('.md')).length);
  });

  it('reports exactly the expected rules at the expected lines, and no error where an input is accepted', () => {
    const problems: string[] = [];
    for (const [file, c] of Object.entries(cases)) {
      const found = report.diagnostics.filter((d) => d.file === file);
      const got = [...new Set(found.map((d) => `${d.rule}@${d.line}`))].sort();
      const want = c.expect!.map(([rule, line]) => `${rule}@${line}`).sort();
      if (JSON.stringify(got) !== JSON.stringify(want))
        problems.push(`${file}: expected [${want.join(',')}], got [${got.join(',')}]`);
      const errors = found.filter((d) => d.severity === 'error');
      if (c.accepted && errors.length)
        problems.push(`${file} is accepted but has errors: ${errors.map((d) => d.rule).join(',')}`);
      if (!c.accepted && !errors.length) problems.push(`${file} is bad but has no error`);
    }
    expect(problems).toEqual([]);
    expect(report.diagnostics.filter((d) => !(d.file in cases))).toEqual([]);
  });

  it('points every diagnostic inside its file', async () => {
    const outside: string[] = [];
    for (const d of report.diagnostics) {
      const lines = (await readFile(path.join(site, d.file)))
        .toString('utf8')
        .replace(/^\uFEFF/, '')
        .split('\n');
      const length = (n: number) => lines[n - 1]?.length ?? -1;
      const inside =
        d.line >= 1 &&
        d.line <= lines.length &&
        d.column >= 1 &&
        d.column <= length(d.line) + 1 &&
        d.endLine >= d.line &&
        d.endLine <= lines.length &&
        d.endColumn >= 1 &&
        d.endColumn <= length(d.endLine) + 1 &&
        (d.endLine > d.line || d.endColumn >= d.column);
      if (!inside) outside.push(`${d.file}:${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.rule}`);
    }
    expect(outside).toEqual([]);
  });

  it('writes no file: every file of the site has its size, time and content of before', async () => {
    expect(await snapshot(site)).toEqual(before);
  });

  describe('docusaurus build on the corpus', () => {
    it('stops, naming every bad post at its line, without a stack trace, and runs no front matter code', async () => {
      for (const escape of ESCAPES) await rm(escape, {recursive: true, force: true});
      const outDir = await mkdtemp(path.join(tmpdir(), 'qalam-hostile-'));
      const canary = path.join(outDir, '..', `qalam-hostile-canary-${process.pid}`);
      const build = await run(path.join(ROOT, 'node_modules/.bin/docusaurus'), ['build', site, '--out-dir', outDir], {
        env: {[CANARY_VARIABLE]: canary},
      });
      const output = build.stdout + build.stderr;
      expect(build.code).toBe(1);
      // A file name's line breaks, controls and bidi characters are named in the location (<U+202E>), as in messages.
      const missing = report.diagnostics
        .filter((d) => d.severity === 'error')
        .map((d) => `${visibleName(d.file)}:${d.line}:${d.column} error ${d.rule}`)
        .filter((located) => !output.includes(located));
      expect(missing).toEqual([]);
      expect(output).toContain('blog/102-files-line<U+000A>feed.md:1:1 error post-file-unsafe');
      expect(output).toContain('blog/103-files-<U+202E>dm.md:1:1 error post-file-unsafe');
      expect(output).toMatch(/Build stopped: the front matter check found \d+ errors/);
      expect(output).not.toMatch(STACK_TRACE);
      expect(existsSync(canary), 'the ---js front matter ran').toBe(false);
      for (const escape of ESCAPES) expect(existsSync(escape), escape).toBe(false);
      // Nothing from outside the site (a linked post, a linked image) reached the output.
      const built = await files(outDir).catch(() => []);
      for (const file of built)
        expect((await readFile(path.join(outDir, file))).includes(OUTSIDE_SECRET), file).toBe(false);
      // No control character from the posts (NUL, ESC…) reaches the terminal.
      expect(output).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F]/);
      await rm(outDir, {recursive: true, force: true});
    });
  });
});
