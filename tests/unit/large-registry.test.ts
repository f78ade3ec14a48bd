/**
 * A registry of 100,000 tags loads whole, and a repeated key among them is
 * still found where it is: the YAML reader's own duplicate-key test compares
 * each key with all before it, which took minutes on such a file. The
 * loader's own test must find what the reader's finds, where it finds it.
 */
import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {parseDocument} from 'yaml';
import {checkSite} from '../../plugins/blog/check';
import {parseRegistry} from '../../plugins/blog/check/load';

const TAGS = 100_000;
const key = (i: number) => `t${String(i).padStart(5, '0')}`;
/** 8 bytes a tag: 100,000 of them stay under the 1 MB a registry may weigh. */
const tagsYml = (extra = '') =>
  `${Array.from({length: TAGS - 1}, (_, i) => `${key(i)}:\n`).join('')}${extra}${key(TAGS - 1)}: {label: Last}\n`;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'qalam-registry-'));
});
afterAll(async () => {
  await rm(dir, {recursive: true, force: true});
});

async function site(name: string, tags: string): Promise<string> {
  const siteDir = path.join(dir, name);
  await mkdir(path.join(siteDir, 'blog'), {recursive: true});
  await writeFile(path.join(siteDir, 'blog/tags.yml'), tags);
  await writeFile(
    path.join(siteDir, 'blog/2025-01-01-post.md'),
    '---\ntitle: "A post"\ndescription: A post with tags from a registry of a hundred thousand.\ntags: [t00000, t54321, t99999, t100000]\n---\n',
  );
  return siteDir;
}

describe('a registry of 100,000 tags', () => {
  it('loads every tag', async () => {
    const result = await checkSite(await site('large', tagsYml()));
    const tags = result.facts.tags.en!;
    expect(tags.size).toBe(TAGS);
    expect(tags.get('t54321')).toEqual({key: 't54321', label: 't54321', permalink: '/t54321', description: undefined});
    expect(tags.get('t99999')?.label).toBe('Last');
    expect(result.diagnostics.filter((d) => d.rule.startsWith('tag')).map((d) => `${d.field} ${d.rule}`)).toEqual([
      'tags[3] tag-unknown',
    ]);
    expect(result.diagnostics.filter((d) => d.rule === 'registry-invalid')).toEqual([]);
  }, 60_000);

  it('reports a key written twice, at its second line', async () => {
    const result = await checkSite(await site('repeated', tagsYml('t00007:\n')));
    const registry = result.diagnostics
      .filter((d) => d.rule === 'registry-invalid')
      .map((d) => `${d.file}:${d.line}:${d.column} ${d.message}`);
    expect(registry).toEqual([`blog/tags.yml:${TAGS}:1 tags.yml cannot be read: Map keys must be unique`]);
  }, 60_000);
});

describe('repeated keys, found as the YAML reader finds them', () => {
  const DOCUMENTS = [
    'a: 1\nb: 2\na: 3\n',
    'a:\n  label: A\n  label: B\na: 2\n',
    'a: {x: 1, x: 2}\na: [{y: 1, y: 2}]\n',
    '{a: {x: 1, x: 2}, a: 3}\n',
    '1: one\n"1": text\n1: again\n',
    'null: a\n~: b\n: c\n',
    '&k a: 1\na: 2\n',
    '? [a]\n: 1\n? [a]\n: 2\n',
    'a: 1\nb: 2\n',
  ];
  it.each(DOCUMENTS)('%j', (source) => {
    const exact = parseDocument(source, {merge: false, prettyErrors: false, uniqueKeys: true});
    const {errors} = parseRegistry(source);
    expect(errors).toEqual(exact.errors.map((e) => ({pos: e.pos, message: e.message})));
  });
});
