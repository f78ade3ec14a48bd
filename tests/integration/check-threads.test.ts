/**
 * A large multilingual blog is checked over several threads
 * (plugins/blog/check/workers.ts): the report must be the one a check in one
 * thread gives, byte for byte, problems across locales included, translations
 * older than their originals (the site is a git repository made here) too,
 * and the language cache it leaves must be the one a check in one thread
 * leaves. The threads must be what gave it: a thread that cannot start makes
 * the command check in one thread, with the same report.
 */
import {execFileSync, spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it, vi} from 'vitest';
import {checkSite, type CheckResult, type CheckSiteOptions} from '../../plugins/blog/check';
import {siteBlogs} from '../../plugins/blog/check/load/siteConfig';
import {formatReport} from '../../plugins/blog/check/report';
import {checkInThreads} from '../../plugins/blog/check/workers';
import {languageCacheFile} from '../../plugins/blog/check/translations/languageCache';
import {largeBlogPost, writeLargeBlog} from '../helpers/largeBlog';
import {ROOT} from '../helpers/site';

/**
 * The checking threads started (workerData.qalamCheck), each with whether it
 * sent back its posts' outcomes and whether it ended; with `breakSecond`, the
 * second starts on a script that does not exist.
 */
const threads = vi.hoisted(() => ({started: [] as {answered: boolean; exited: boolean}[], breakSecond: false}));

vi.mock('node:worker_threads', async (original) => {
  const actual = await original<typeof import('node:worker_threads')>();
  class Worker extends actual.Worker {
    constructor(script: string | URL, options?: import('node:worker_threads').WorkerOptions) {
      const checking = (options?.workerData as {qalamCheck?: unknown} | undefined)?.qalamCheck !== undefined;
      const broken = checking && threads.breakSecond && threads.started.length === 1;
      super(broken ? path.join(tmpdir(), 'qalam-no-such-script.mjs') : script, options);
      if (!checking) return;
      const seen = {answered: false, exited: false};
      threads.started.push(seen);
      this.on('message', (message: object) => {
        if ('outcomes' in message) seen.answered = true;
      });
      this.once('exit', () => (seen.exited = true));
    }
  }
  return {...actual, Worker};
});

const POSTS_PER_LOCALE = 1_100;
const site = mkdtempSync(path.join(tmpdir(), 'qalam-threads-'));
afterAll(() => rmSync(site, {recursive: true, force: true}));

function writeBlog(): void {
  writeLargeBlog(site, {
    posts: POSTS_PER_LOCALE,
    tags: {news: 'News', ai: 'AI'},
    // A few faults: a missing title, an unknown tag, a translation with other tags, a date that is no day.
    post: (i, locale) =>
      locale === 'en'
        ? `---\n${i % 250 === 7 ? '' : `title: "Post ${i}"\n`}description: "Post number ${i} of the blog."\ntags: ${i % 300 === 11 ? '[nosuch]' : '[news]'}\nauthors: [lark]\n${i % 400 === 5 ? 'date: 2021-02-30\n' : ''}---\n\nText of post ${i}.\n`
        : `---\ntitle: "المقالة ${i}"\ndescription: "المقالة رقم ${i} في المدونة."\ntags: ${i % 350 === 13 ? '[ai]' : '[news]'}\nauthors: [lark]\n---\n\nنص المقالة ${i}.\n`,
  });
}

/** Runs git in the site as of `day` (2025-01-DD, noon UTC). */
function git(day: number, ...args: string[]): void {
  const date = `2025-01-${String(day).padStart(2, '0')}T12:00:00Z`;
  execFileSync('git', ['-c', 'user.name=Author', '-c', 'user.email=author@example.org', ...args], {
    cwd: site,
    env: {...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date},
    stdio: 'ignore',
  });
}

describe('a check over threads', () => {
  let alone: CheckResult;
  let options: CheckSiteOptions;

  it('reports what a check in one thread reports, in the same order', async () => {
    writeBlog();
    // A git repository where one original changed after its translation.
    writeFileSync(path.join(site, '.gitignore'), 'node_modules/\n');
    git(1, 'init', '-q');
    git(1, 'add', '.');
    git(1, 'commit', '-q', '-m', 'First posts');
    const changed = path.join(site, largeBlogPost('en', 2));
    writeFileSync(changed, readFileSync(changed, 'utf8').replace('Text of post 2.', 'Text of post 2, reworked.'));
    git(2, 'commit', '-q', '-am', 'Rework the second post');

    const cache = languageCacheFile(site)!;
    expect(cache.startsWith(path.join(site, 'node_modules'))).toBe(true);
    const {blogs} = await siteBlogs(site);
    options = blogs[0]!.options;
    alone = await checkSite(site, options);
    expect(alone.files).toBe(2 * POSTS_PER_LOCALE);
    expect(alone.errors).toBeGreaterThan(0);
    const rules = new Set(alone.diagnostics.map((d) => d.rule));
    expect(rules).toContain('translation-mismatch');
    expect(alone.diagnostics.filter((d) => d.rule === 'translation-stale').map((d) => [d.file, d.severity])).toEqual([
      ['i18n/ar/docusaurus-plugin-content-blog/2020-01-03-post-2.md', 'warning'],
    ]);
    const cachedAlone: unknown = JSON.parse(readFileSync(cache, 'utf8'));
    rmSync(cache);

    for (const format of ['json', 'text'] as const) {
      // Read whole, then decoded: a report of this size comes in chunks that may split a character.
      const result = spawnSync('node', ['plugins/blog/bin/run.mjs', 'check', site, '--format', format], {
        cwd: ROOT,
        // Two threads, whatever this machine's cores (a check uses threads from 4 cores on).
        env: {...process.env, FORCE_COLOR: '0', NO_COLOR: '1', QALAM_CHECK_THREADS: '2'},
        maxBuffer: 64 * 1024 * 1024,
      });
      expect(result.status).toBe(1);
      expect(result.stdout.toString('utf8')).toBe(`${formatReport(alone, format)}\n`);
      // The first run over threads found no cache and wrote it; the second read it.
      expect(existsSync(cache)).toBe(true);
      expect(JSON.parse(readFileSync(cache, 'utf8'))).toEqual(cachedAlone);
    }
  }, 300_000);

  it('is checked by its threads, one per locale, not by the check in one thread it falls back on', async () => {
    vi.stubEnv('QALAM_CHECK_THREADS', '2');
    try {
      const result = await checkInThreads(site, options);
      expect(threads.started.map((t) => t.answered)).toEqual([true, true]);
      expect(result).toBeDefined();
      expect(formatReport(result!, 'json')).toBe(formatReport(alone, 'json'));
    } finally {
      vi.unstubAllEnvs();
    }
  }, 300_000);

  it('stops its other threads when one fails, and leaves the check to one thread', async () => {
    vi.stubEnv('QALAM_CHECK_THREADS', '2');
    threads.started = [];
    threads.breakSecond = true;
    try {
      // No result: the command then checks in one thread (the test above says the report is the same).
      expect(await checkInThreads(site, options)).toBeUndefined();
      // The thread that started well ends without checking its locale beside that check.
      await vi.waitFor(() => expect(threads.started.every((t) => t.exited)).toBe(true), {timeout: 60_000});
      expect(threads.started).toEqual([
        {answered: false, exited: true},
        {answered: false, exited: true},
      ]);
    } finally {
      threads.breakSecond = false;
      vi.unstubAllEnvs();
    }
  }, 300_000);
});
