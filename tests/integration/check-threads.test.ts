/**
 * A large multilingual blog is checked over several threads
 * (plugins/blog/check/workers.ts): the report must be the one a check in one
 * thread gives, byte for byte, problems across locales included.
 */
import {spawnSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {checkSite} from '../../plugins/blog/check';
import {siteBlogs} from '../../plugins/blog/check/load/siteConfig';
import {formatReport} from '../../plugins/blog/check/report';
import {ROOT} from '../helpers/site';

const POSTS_PER_LOCALE = 1_100;
const site = mkdtempSync(path.join(tmpdir(), 'qalam-threads-'));
afterAll(() => rmSync(site, {recursive: true, force: true}));

function writeBlog(): void {
  const en = path.join(site, 'blog');
  const ar = path.join(site, 'i18n/ar/docusaurus-plugin-content-blog');
  for (const dir of [en, ar]) {
    mkdirSync(dir, {recursive: true});
    writeFileSync(path.join(dir, 'tags.yml'), 'news:\n  label: News\nai:\n  label: AI\n');
    writeFileSync(path.join(dir, 'authors.yml'), 'lark:\n  name: Lark\n');
  }
  for (let i = 0; i < POSTS_PER_LOCALE; i++) {
    const day = new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    const name = `${day}-post-${i}.md`;
    // A few faults: a missing title, an unknown tag, a translation with other tags, a date that is no day.
    const enTitle = i % 250 === 7 ? '' : `title: "Post ${i}"\n`;
    const enTags = i % 300 === 11 ? '[nosuch]' : '[news]';
    writeFileSync(
      path.join(en, name),
      `---\n${enTitle}description: "Post number ${i} of the blog."\ntags: ${enTags}\nauthors: [lark]\n${i % 400 === 5 ? 'date: 2021-02-30\n' : ''}---\n\nText of post ${i}.\n`,
    );
    const arTags = i % 350 === 13 ? '[ai]' : '[news]';
    writeFileSync(
      path.join(ar, name),
      `---\ntitle: "المقالة ${i}"\ndescription: "المقالة رقم ${i} في المدونة."\ntags: ${arTags}\nauthors: [lark]\n---\n\nنص المقالة ${i}.\n`,
    );
  }
}

describe('a check over threads', () => {
  it('reports what a check in one thread reports, in the same order', async () => {
    writeBlog();
    const {blogs} = await siteBlogs(site);
    const alone = await checkSite(site, blogs[0]!.options);
    expect(alone.files).toBe(2 * POSTS_PER_LOCALE);
    expect(alone.errors).toBeGreaterThan(0);
    expect(new Set(alone.diagnostics.map((d) => d.rule))).toContain('translation-mismatch');

    for (const format of ['json', 'text'] as const) {
      // Read whole, then decoded: a report of this size comes in chunks that may split a character.
      const result = spawnSync('node', ['plugins/blog/bin/run.mjs', 'check', site, '--format', format], {
        cwd: ROOT,
        env: {...process.env, FORCE_COLOR: '0', NO_COLOR: '1'},
        maxBuffer: 64 * 1024 * 1024,
      });
      expect(result.status).toBe(1);
      expect(result.stdout.toString('utf8')).toBe(`${formatReport(alone, format)}\n`);
    }
  }, 300_000);
});
