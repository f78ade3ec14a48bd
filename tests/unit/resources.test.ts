/**
 * Bounded resources: inputs built to exhaust a reader (an alias bomb, 5 MB of
 * front matter, 10,000 tags, brackets nested 100,000 deep) are each checked
 * within a time and a memory bound, and refused with their rule. Memory is the
 * growth of the heap (after a collection when Node runs with --expose-gc) and
 * of the process's peak resident size.
 */
import {readFileSync} from 'node:fs';
import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {checkSite, type CheckResult} from '../../plugins/blog/check';
import type {SiteFacts} from '../../plugins/blog/check/context';
import {checkPostBytes, memorySiteFacts} from '../helpers/checker';
import {generatedFiles, HOSTILE} from '../helpers/hostile';

const MAX_MS = 2000;
const MAX_BYTES = 200 * 1024 * 1024;

let facts: SiteFacts;
let generated: Record<string, Buffer>;

beforeAll(async () => {
  facts = await memorySiteFacts();
  generated = generatedFiles();
  // The first check warms up the modules and the JIT: not what is measured.
  checkPostBytes(generated['blog/021-encoding-crlf.md']!, facts);
});

const gc = (globalThis as {gc?: () => void}).gc;

/** Runs `work` and returns its result with the time and memory it took. */
async function measure<T>(work: () => T | Promise<T>): Promise<{value: T; ms: number; heap: number; peakRss: number}> {
  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const peakBefore = process.resourceUsage().maxRSS * 1024;
  const started = performance.now();
  const value = await work();
  const ms = performance.now() - started;
  const heap = process.memoryUsage().heapUsed - heapBefore;
  const peakRss = process.resourceUsage().maxRSS * 1024 - peakBefore;
  return {value, ms, heap, peakRss};
}

function expectBounded(m: {ms: number; heap: number; peakRss: number}, what: string) {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  console.info(`${what}: ${m.ms.toFixed(0)} ms, heap ${mb(m.heap)}, peak RSS +${mb(m.peakRss)}`);
  expect(m.ms, what).toBeLessThan(MAX_MS);
  expect(m.heap, what).toBeLessThan(MAX_BYTES);
  expect(m.peakRss, what).toBeLessThan(MAX_BYTES);
}

const rules = (result: CheckResult) => result.diagnostics.map((d) => `${d.rule}@${d.line}`);

describe('inputs built to exhaust the checker', () => {
  it('refuses a billion laughs (10 levels of 10 aliases) without expanding it', async () => {
    const bomb = readFileSync(path.join(HOSTILE, 'site/blog/050-feature-alias-bomb.md'));
    const m = await measure(() => checkPostBytes(bomb, facts));
    expectBounded(m, 'alias bomb');
    expect(rules(m.value)).toEqual(['yaml-alias@7']);
    expect(m.value.diagnostics[0]!.message).toContain('and 90 more aliases');
  });

  it('refuses 5 MB of front matter unread', async () => {
    const big = generated['blog/040-size-five-megabytes.md']!;
    expect(big.length).toBeGreaterThan(5 * 1024 * 1024);
    const m = await measure(() => checkPostBytes(big, facts));
    expectBounded(m, '5 MB front matter');
    expect(rules(m.value)).toEqual(['yaml-too-large@1']);
  });

  it('reads 5 MB of front matter that is never closed only once', async () => {
    const big = Buffer.from(generated['blog/040-size-five-megabytes.md']!.toString('utf8').replace(/\n---\n/, '\n'));
    const m = await measure(() => checkPostBytes(big, facts));
    expectBounded(m, '5 MB, never closed');
    expect(rules(m.value)).toEqual(['frontmatter-unclosed@1']);
  });

  it('refuses 10,000 tags with one report', async () => {
    const m = await measure(() => checkPostBytes(generated['blog/041-size-ten-thousand-tags.md']!, facts));
    expectBounded(m, '10,000 tags');
    expect(rules(m.value)).toEqual(['yaml-too-large@4']);
  });

  it('refuses brackets nested 100,000 deep before the YAML parser recurses into them', async () => {
    const deep = Buffer.from(`---\ntitle: "Deep"\nkeywords: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n---\n`);
    const m = await measure(() => checkPostBytes(deep, facts));
    expectBounded(m, '100,000 brackets');
    expect(rules(m.value)).toEqual(['yaml-too-large@1']);
  });

  it('refuses an alias bomb and 5 MB in tags.yml and authors.yml', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'qalam-resources-'));
    try {
      await mkdir(path.join(dir, 'blog'));
      const lol = `a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n${Array.from({length: 9}, (_, i) => `a${i + 1}: &a${i + 1} [${Array(10).fill(`*a${i}`).join(', ')}]`).join('\n')}\nai:\n  label: *a9\n`;
      await writeFile(path.join(dir, 'blog/tags.yml'), lol);
      await writeFile(
        path.join(dir, 'blog/authors.yml'),
        `lark:\n  name: Lark\n  description: |\n${'    a line of an author description, repeated until the file weighs 5 MB\n'.repeat(75_000)}`,
      );
      await writeFile(
        path.join(dir, 'blog/2025-01-01-post.md'),
        '---\ntitle: "A post"\ndescription: A post whose registries are built to exhaust the reader of tags and authors.\ntags: [ai]\nauthors: [lark]\n---\n',
      );
      const m = await measure(() => checkSite(dir));
      expectBounded(m, 'registries: alias bomb and 5 MB');
      const registry = m.value.diagnostics
        .filter((d) => d.rule === 'registry-invalid')
        .map((d) => `${d.file}:${d.line} ${d.message}`);
      expect(registry).toEqual([
        expect.stringMatching(/^blog\/authors\.yml:1 authors\.yml is \d+ KB; more than 1024 KB is refused unread\.$/),
        'blog/tags.yml:2 tags.yml: the YAML alias *a0 is not allowed. Write the value out.',
        'blog/tags.yml:2 tags.yml: the YAML alias *a0 is not allowed. Write the value out.',
        'blog/tags.yml:2 tags.yml: the YAML alias *a0 is not allowed. Write the value out.',
      ]);
    } finally {
      await rm(dir, {recursive: true, force: true});
    }
  });
});
