/**
 * The languages of a large blog identified in a thread of their own
 * (plugins/blog/check/translations/languageThread.ts): the report must be
 * the one a check identifying in its own thread gives, byte for byte, with
 * the problems located at the same lines (a body whose prose starts past its
 * first lines too, which the thread reads from the file), and the language
 * cache it writes the same. A thread that cannot start changes nothing but
 * the time. The machine is made to have two cores, the case the thread is for.
 */
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeEach, describe, expect, it, vi} from 'vitest';
import {checkSite, layoutOf, type CheckResult} from '../../plugins/blog/check';
import {loadSite} from '../../plugins/blog/check/load';
import {postIdentifier} from '../../plugins/blog/check/translations/languageThread';
import {siteBlogs} from '../../plugins/blog/check/load/siteConfig';
import {formatReport} from '../../plugins/blog/check/report';
import {languageCacheFile} from '../../plugins/blog/check/translations/languageCache';
import {writeLargeBlog} from '../helpers/largeBlog';
import {ROOT} from '../helpers/site';

/**
 * The threads started, by script, and what they sent back (each message's
 * kind); `broken` starts them on a script that does not exist.
 */
const threads = vi.hoisted(() => ({started: [] as string[], sent: [] as string[], broken: false}));

vi.mock('node:worker_threads', async (original) => {
  const actual = await original<typeof import('node:worker_threads')>();
  class Worker extends actual.Worker {
    constructor(script: string, options?: import('node:worker_threads').WorkerOptions) {
      threads.started.push(String(script));
      super(threads.broken ? path.join(tmpdir(), 'qalam-no-such-script.mjs') : script, options);
    }
    // Seen as they are emitted, not by a listener of its own: one would hold the process.
    override emit(event: string | symbol, ...args: unknown[]): boolean {
      if (event === 'message') threads.sent.push(Object.keys(args[0] as object)[0]!);
      return super.emit(event, ...args);
    }
  }
  return {...actual, Worker};
});
vi.mock('node:os', async (original) => {
  const actual = await original<typeof import('node:os')>();
  return {...actual, availableParallelism: () => 2};
});

const POSTS_PER_LOCALE = 1_100;
const site = mkdtempSync(path.join(tmpdir(), 'qalam-language-thread-'));
afterAll(() => rmSync(site, {recursive: true, force: true}));

const ARABIC = 'هذه المقالة مكتوبة باللغة العربية وليست بالإنجليزية كما ينبغي أن تكون في هذه المدونة الكبيرة.';
const ENGLISH = 'This post was written in English and nobody translated it into Arabic before it was published here.';
/** A code block longer than the start of a body the checker sends the thread. */
const LONG_CODE = `\`\`\`js\n${Array.from({length: 80}, (_, i) => `const value${i} = compute(${i});`).join('\n')}\n\`\`\`\n`;

function writeBlog(): void {
  const head = (title: string, description: string) =>
    `---\ntitle: "${title}"\ndescription: "${description}"\ntags: [news]\nauthors: [lark]\n---\n\n`;
  writeLargeBlog(site, {
    posts: POSTS_PER_LOCALE,
    tags: {news: 'News'},
    post: (i, locale) => {
      if (locale === 'ar')
        return i % 500 === 4
          ? `${head('An English title for this post', 'An English description that nobody translated.')}${ENGLISH}\n`
          : `${head(`المقالة ${i}`, `المقالة رقم ${i} في المدونة.`)}نص المقالة رقم ${i}، مكتوب لقراء هذه المدونة بكلمات عربية واضحة.\n`;
      let body = `The text of post number ${i}, written for the readers of this blog in plain English words.\n`;
      if (i % 500 === 3) body = `${ARABIC}\n`;
      if (i % 700 === 9) body = `${LONG_CODE}\n${ARABIC}\n`;
      if (i % 800 === 10) body = `{/* translate from ar */}\n\n# TODO translate\n\n${body}`;
      return `${head(`Post ${i}`, `Post number ${i} of the blog.`)}${body}`;
    },
  });
}

const cache = () => languageCacheFile(site)!;
const json = (result: CheckResult) => formatReport(result, 'json');

describe('the languages of a large blog identified in a thread of their own', () => {
  let options: Parameters<typeof checkSite>[1];
  let alone: CheckResult;
  let cachedAlone: string;

  beforeEach(() => {
    threads.started.length = 0;
    threads.sent.length = 0;
    threads.broken = false;
  });

  it('give the report and the cache of a check that identifies them in its own thread', async () => {
    writeBlog();
    options = (await siteBlogs(site)).blogs[0]!.options;
    alone = await checkSite(site, options);
    expect(threads.started).toEqual([]);
    expect(alone.files).toBe(2 * POSTS_PER_LOCALE);
    expect(alone.errors).toBe(0);
    cachedAlone = readFileSync(cache(), 'utf8');
    // Bodies in the other locale's language, and translate-post's marker left in one.
    const unfinished = alone.diagnostics.filter((d) => d.rule === 'translation-unfinished');
    expect(unfinished.map((d) => d.file)).toEqual(
      expect.arrayContaining([
        'blog/2020-01-04-post-3.md',
        'blog/2020-01-11-post-10.md',
        'i18n/ar/docusaurus-plugin-content-blog/2020-01-05-post-4.md',
      ]),
    );
    // The body whose prose starts after 80 lines of code: found at its paragraph.
    const late = unfinished.find((d) => d.file === 'blog/2020-01-10-post-9.md');
    expect(late).toMatchObject({line: 8 + 83});
    expect(late!.message).toContain('still in Arabic');

    rmSync(cache());
    const cold = await checkSite(site, {...options, languageThread: true});
    expect(threads.started).toEqual([path.join(ROOT, 'plugins/blog/bin/run.mjs')]);
    // It answered every post, in batches of 16, then wrote the cache.
    expect(threads.sent).toEqual([...Array<string>(Math.ceil((2 * POSTS_PER_LOCALE) / 16)).fill('languages'), 'saved']);
    expect(json(cold)).toBe(json(alone));
    expect(readFileSync(cache(), 'utf8')).toBe(cachedAlone);

    // From the cache it wrote.
    const warm = await checkSite(site, {...options, languageThread: true});
    expect(threads.started).toHaveLength(2);
    expect(json(warm)).toBe(json(alone));
  }, 300_000);

  it('are identified in the check’s own thread when the thread cannot start', async () => {
    threads.broken = true;
    rmSync(cache());
    const result = await checkSite(site, {...options, languageThread: true});
    expect(threads.started).toHaveLength(1);
    expect(threads.sent).toEqual([]);
    expect(json(result)).toBe(json(alone));
    expect(readFileSync(cache(), 'utf8')).toBe(cachedAlone);
  }, 300_000);

  it('leave the process free to end while the posts are read', async () => {
    // A check that fails while it reads the posts (a disk error, a bug) says
    // so and ends: the thread, started and sent posts, must not hold the
    // process (the command printed its error and hung).
    const holding = () => process.getActiveResourcesInfo().filter((r) => r === 'MessagePort').length;
    const before = holding();
    const layout = layoutOf(site, options!);
    const identifier = await postIdentifier(layout, true);
    expect(threads.started).toHaveLength(1);
    const read = await loadSite({...layout, locales: ['ar']}, (post) => identifier.read(post));
    expect(read.posts).toHaveLength(POSTS_PER_LOCALE);
    expect(holding()).toBe(before);
    // Waiting for the answers holds it, till they are in.
    const answers = identifier.finish(read.posts);
    expect(holding()).toBe(before + 1);
    await answers;
    expect(read.posts.filter((p) => p.text?.languages?.expected.language === 'ar')).toHaveLength(POSTS_PER_LOCALE);
    await identifier.save();
    await vi.waitFor(() => expect(holding()).toBe(before));
  }, 300_000);

  it('are the same from the check command', () => {
    rmSync(cache());
    const result = spawnSync('node', ['plugins/blog/bin/run.mjs', 'check', site, '--format', 'json'], {
      cwd: ROOT,
      env: {...process.env, FORCE_COLOR: '0', NO_COLOR: '1'},
      maxBuffer: 64 * 1024 * 1024,
    });
    // The site has no config: the command says what it assumed, and nothing else.
    expect(result.stderr.toString('utf8')).toMatch(/^check: note: found no docusaurus\.config in .*\n$/);
    expect(result.status).toBe(0);
    expect(result.stdout.toString('utf8')).toBe(`${json(alone)}\n`);
    expect(readFileSync(cache(), 'utf8')).toBe(cachedAlone);
  }, 300_000);
});
