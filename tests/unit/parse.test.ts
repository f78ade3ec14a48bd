import {readdirSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {LineCounter, parseDocument} from 'yaml';
import {locator, parsePost, quickLocate} from '../../plugins/blog/check/parse';
import {ROOT} from '../helpers/site';

function posts(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((e) => {
    const file = path.join(dir, e.name);
    return e.isDirectory() ? posts(file) : /\.mdx?$/.test(e.name) ? [file] : [];
  });
}

const ALL = [
  ...posts(path.join(ROOT, 'tests/fixtures')),
  ...posts(path.join(ROOT, 'blog')),
  ...posts(path.join(ROOT, 'i18n')),
].filter((f) => statSync(f).size < 200_000);

describe('parsePost', () => {
  it('reads front matter with a BOM and CRLF line endings', () => {
    const post = parsePost(Buffer.from('\ufeff---\r\ntitle: "Hi"\r\ntags: [a, b]\r\n---\r\nBody\r\n'));
    expect(post.findings).toEqual([]);
    expect(post.data).toEqual({title: 'Hi', tags: ['a', 'b']});
    expect(post.locate(['tags', 1])).toEqual({line: 3, column: 11, endLine: 3, endColumn: 12});
    expect(post.body).toBe('Body\r\n');
    expect(post.bodyLine).toBe(5);
  });

  it('reports a [ or { never closed at its own line, with the bracket to add', () => {
    // The parser notices the missing ] two lines later, where "keywords" starts.
    const list = parsePost(
      Buffer.from('---\ntitle: x\ndescription: y\ntags: [ai, open-source\nkeywords: [a]\nauthors: [lark]\n---\nBody\n'),
    );
    expect(list.data).toBeUndefined();
    expect(list.findings).toEqual([
      {
        rule: 'yaml-syntax',
        messageId: 'unclosedFlow',
        path: [],
        message: "YAML: this [ is never closed. Add the closing ] after the list's last item.",
        range: {line: 4, column: 7, endLine: 4, endColumn: 8},
      },
    ]);
    // A bracket inside a quoted item is text, not the closing one.
    const quoted = parsePost(Buffer.from('---\ntags: [a, "b]"\nlast_update: {author: x\ntitle: x\n---\n'));
    expect(quoted.findings.map((f) => [f.message, f.range?.line, f.range?.column])).toEqual([
      ["YAML: this [ is never closed. Add the closing ] after the list's last item.", 2, 7],
    ]);
    const mapping = parsePost(Buffer.from('---\ntitle: x\nlast_update: {author: x\ndescription: y\n---\n'));
    expect(mapping.findings.map((f) => [f.message, f.range?.line, f.range?.column])).toEqual([
      ["YAML: this { is never closed. Add the closing } after the mapping's last entry.", 3, 14],
    ]);
  });

  it('decodes the body only when it is read, and finds text in it without decoding', () => {
    const post = parsePost(Buffer.from('---\ntitle: x\n---\n\nنص ![a](https://x.org/img?title=y)\n'));
    expect(post.bodyMentions('https://x.org/img')).toBe(true);
    expect(post.bodyMentions('title: x')).toBe(false);
    expect(post.body).toBe('\nنص ![a](https://x.org/img?title=y)\n');
  });
});

let comparedInAll = 0;

describe('the quick locator', () => {
  it.each(ALL.map((f) => [path.relative(ROOT, f), f]))('agrees with the YAML document on %s', (_, file) => {
    const post = parsePost(readFileSync(file));
    if (!post.data) return;
    const source = post.source;
    const yamlStart = source.indexOf('\n') + 1;
    const yamlEnd = source.indexOf('\n---', yamlStart - 1) + 1;
    const yamlText = source.slice(yamlStart, yamlEnd);
    const slow = locator(
      parseDocument(yamlText, {uniqueKeys: false, lineCounter: new LineCounter()}),
      (s, e) => ({...post.position(yamlStart + s), ...end(post.position(yamlStart + Math.max(e, s + 1)))}),
      {line: 1, column: 1, endLine: 1, endColumn: 4},
    );
    let compared = 0;
    for (const [key, value] of Object.entries(post.data)) {
      const paths = Array.isArray(value) ? [[key], ...value.map((_, i) => [key, i])] : [[key]];
      for (const p of paths) {
        for (const at of ['key', 'value'] as const) {
          const quick = quickLocate(yamlText, p, at);
          if (!quick) continue;
          compared++;
          const range = {...post.position(yamlStart + quick[0]), ...end(post.position(yamlStart + quick[1]))};
          expect(range, `${p.join('.')} ${at}`).toEqual(slow(p, at));
        }
      }
    }
    comparedInAll += compared;
  });

  it('was compared on many fields', () => {
    expect(comparedInAll).toBeGreaterThan(500);
  });
});

function end(p: {line: number; column: number}) {
  return {endLine: p.line, endColumn: p.column};
}
