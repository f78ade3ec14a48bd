import {mkdtemp} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {docusaurus} from '../helpers/run';
import {ROOT} from '../helpers/site';

/**
 * Builds the fixture site `name`, which must fail without a stack trace, and
 * checks that each of the report's `located` lines is printed exactly once.
 * Gives all it printed.
 */
async function failedBuild(name: string, located: string[]): Promise<string> {
  const outDir = await mkdtemp(path.join(tmpdir(), `qalam-${name}-`));
  const {code, stdout, stderr} = await docusaurus(
    'build',
    path.join(ROOT, 'tests/fixtures/sites', name),
    '--out-dir',
    outDir,
  );
  const output = stdout + stderr;
  expect(code).toBe(1);
  for (const line of located) expect(output.split(line).length - 1, line).toBe(1);
  expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  return output;
}

describe('npm run build with broken posts in several locales', () => {
  it('fails once, naming every broken post with its line, without a stack trace', async () => {
    const output = await failedBuild('multi', [
      'blog/2025-01-02-unknown-tag.md:4:12 error tag-unknown',
      'blog/2025-01-03-unknown-author.md:5:17 error author-unknown',
      'i18n/ar/docusaurus-plugin-content-blog/2025-01-02-unknown-tag.md:2:8 error text-bidi-control',
      'i18n/ar/docusaurus-plugin-content-blog/2025-01-04-arabic-only.md:2:8 error yaml-syntax',
      'i18n/he/docusaurus-plugin-content-blog/2025-01-06-fenced.md:1:1 error frontmatter-fenced',
      'i18n/fa/docusaurus-plugin-content-blog/2025-01-05-untranslated.md:2:8 warning locale-untranslated',
    ]);
    expect(output).toContain('Build stopped: the front matter check found 5 errors (report above).');
  });
});

describe('npm run build with front matter the blog plugin of Docusaurus refuses', () => {
  it("stops on the checker's report, at the fields, without Docusaurus's stack trace", async () => {
    const output = await failedBuild('refused', [
      'blog/2025-01-02-empty-keywords.md:6:11 error docusaurus-refused',
      'blog/2025-01-03-draft-unlisted.md:7:11 error docusaurus-refused',
    ]);
    expect(output).toContain('"keywords" is an empty list, which Docusaurus refuses');
    expect(output).toContain('Build stopped: the front matter check found 2 errors (report above).');
    expect(output).not.toContain('Unable to build website');
  });
});
