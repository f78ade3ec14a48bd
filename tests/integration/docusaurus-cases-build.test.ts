/**
 * Docusaurus's own front matter test cases (tests/fixtures/docusaurus-cases),
 * built for real on a site of this plugin with the `recommended` preset: a
 * sample of every family of cases (its source and the first field it names),
 * one post each. The cases Docusaurus accepts build, each post at its page;
 * those it refuses stop the build on the checker's located report. Neither
 * build ends in a Docusaurus stack trace.
 */
import {cp, mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {checkSite} from '../../plugins/blog/check';
import {siteBlogs} from '../../plugins/blog/check/load/siteConfig';
import {
  INVALID,
  PROJECT_INVALID,
  PROJECT_VALID,
  VALID,
  type Case,
  postText,
  show,
  writable,
} from '../fixtures/docusaurus-cases/cases';
import {docusaurus} from '../helpers/run';
import {ROOT} from '../helpers/site';

const FIXTURE = path.join(ROOT, 'tests/fixtures/sites/cases');
/** Errors that stay errors on a value Docusaurus accepts: the check stops the build on them, by design. */
const STILL_ERRORS = ['image-missing', 'image-unsafe', 'slug-invalid', 'date-invalid'];
const BUILD_TIMEOUT = 600_000;

/** A family: the list's origin and source, and the first field the front matter names. */
const familyOf = (c: Case, project: boolean) =>
  `${project ? 'PROJECT ' : ''}${c.source}/${Object.keys(c.frontMatter)[0] ?? '(none)'}`;

interface Sampled<T extends Case> {
  family: string;
  c: T;
  /** The post's file in blog/: its date and a name after its family. */
  file: string;
}

/** The first and the last case of every family, in the lists' order, each with a file name. */
function sample<T extends Case>(lists: {cases: T[]; project: boolean}[]): Sampled<T>[] {
  const families = new Map<string, T[]>();
  for (const {cases, project} of lists) {
    for (const c of cases.filter(writable)) {
      const family = familyOf(c, project);
      families.set(family, [...(families.get(family) ?? []), c]);
    }
  }
  const picked = [...families].flatMap(([family, cases]) =>
    [...new Set([cases[0]!, cases.at(-1)!])].map((c) => ({family, c})),
  );
  return picked.map(({family, c}, i) => {
    const name = family
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    return {family, c, file: `2020-01-01-${String(i + 1).padStart(3, '0')}-${name}.md`};
  });
}

/** The post's text, as tests/unit/docusaurus-agreement.test.ts writes it, with a body of its own. */
const sampledText = ({c, file}: Sampled<Case>) => postText(c.frontMatter, bodyOf(file));
const bodyOf = (file: string) => `The body of ${file}.`;

const work: string[] = [];
afterAll(async () => {
  await Promise.all(work.map((dir) => rm(dir, {recursive: true, force: true})));
});

/** A copy of the fixture site, inside the repository (so it finds the plugin), with one post per sampled case. */
async function siteWith(label: string, posts: Sampled<Case>[]): Promise<string> {
  const siteDir = path.join(ROOT, 'tests/.work', `cases-${label}-${process.pid}`);
  await rm(siteDir, {recursive: true, force: true});
  await mkdir(path.dirname(siteDir), {recursive: true});
  await cp(FIXTURE, siteDir, {recursive: true});
  work.push(siteDir);
  for (const post of posts) await writeFile(path.join(siteDir, 'blog', post.file), sampledText(post));
  return siteDir;
}

async function build(siteDir: string) {
  const outDir = await mkdtemp(path.join(tmpdir(), 'qalam-cases-'));
  work.push(outDir);
  const {code, stdout, stderr} = await docusaurus('build', siteDir, '--out-dir', outDir);
  return {code, output: stdout + stderr, outDir};
}

const STACK_FRAME = /^\s+at .+:\d+:\d+\)?$/m;
const families = (posts: Sampled<Case>[]) => new Set(posts.map((p) => p.family));

/** The page Docusaurus wrote for a permalink (`/a/b` as a/b/index.html or a/b.html), if any. */
async function pageAt(outDir: string, permalink: string): Promise<string | undefined> {
  const route = decodeURI(permalink).replace(/^\/+|\/+$/g, '');
  for (const file of [path.join(route, 'index.html'), `${route}.html`]) {
    const html = await readFile(path.join(outDir, file), 'utf8').catch(() => undefined);
    if (html !== undefined) return html;
  }
  return undefined;
}

/** The post's permalink: its slug when it has one (under routeBasePath '/'), else its file name's date and text. */
function permalinkOf({c, file}: Sampled<Case>): string {
  const slug = c.frontMatter.slug;
  if (typeof slug === 'string') return path.posix.normalize(`/${slug}`);
  const [, year, month, day, text] = /^(\d{4})-(\d{2})-(\d{2})-(.+)\.md$/.exec(file)!;
  return `/${year}/${month}/${day}/${text}`;
}

const isDraft = (c: Case) => c.frontMatter.draft === true || c.frontMatter.draft === 'true';

describe("Docusaurus's front matter cases, built on a site with the recommended preset", () => {
  it(
    'the cases Docusaurus accepts build, each post at its page, without a stack trace',
    async () => {
      const sampled = sample([
        {cases: VALID, project: false},
        {cases: PROJECT_VALID, project: true},
      ]);
      const siteDir = await siteWith('valid', sampled);

      // The check first, with the site's own options: the posts it still
      // stops by design are left out, and only those.
      const {blogs, problem} = await siteBlogs(siteDir);
      expect(problem).toBeUndefined();
      const {diagnostics} = await checkSite(siteDir, blogs.find((blog) => blog.ours)!.options);
      const errors = diagnostics.filter((d) => d.severity === 'error');
      expect(
        errors.filter((d) => !STILL_ERRORS.includes(d.rule)).map((d) => `${d.file}: ${d.rule} ${d.message}`),
      ).toEqual([]);
      const stopped = new Set(errors.map((d) => d.file));
      const kept = sampled.filter(({file}) => !stopped.has(`blog/${file}`));
      for (const {file} of sampled.filter((post) => !kept.includes(post))) await rm(path.join(siteDir, 'blog', file));
      // Every family keeps a post.
      expect([...families(sampled)].filter((family) => !families(kept).has(family))).toEqual([]);

      const {code, output, outDir} = await build(siteDir);
      expect(output).not.toContain('Unable to build website');
      expect(output).not.toMatch(STACK_FRAME);
      expect(code, output).toBe(0);

      const pages = await Promise.all(
        kept.map(async (post) => {
          const html = await pageAt(outDir, permalinkOf(post));
          return {
            post: `${post.file} ${show(post.c.frontMatter)}`,
            permalink: permalinkOf(post),
            // The post's own page: a blog post page, with the post's body.
            built: Boolean(html?.includes('blog-post-page') && html.includes(bodyOf(post.file))),
            draft: isDraft(post.c),
          };
        }),
      );
      // A draft is left out of the build, as Docusaurus does; every other post has its page.
      expect(pages.filter((p) => p.built === p.draft)).toEqual([]);
      // Pinned so that a change of the sample shows: the families, the posts built, the drafts among them.
      expect({families: families(kept).size, posts: kept.length, drafts: pages.filter((p) => p.draft).length}).toEqual({
        families: 49,
        posts: 89,
        drafts: 2,
      });
    },
    BUILD_TIMEOUT,
  );

  it(
    "the cases Docusaurus refuses stop the build on the checker's report, every post at a line",
    async () => {
      const sampled = sample([
        {cases: INVALID, project: false},
        {cases: PROJECT_INVALID, project: true},
      ]);
      const siteDir = await siteWith('invalid', sampled);

      const {code, output} = await build(siteDir);
      expect(output).not.toContain('Unable to build website');
      expect(output).not.toMatch(STACK_FRAME);
      expect(code, output).toBe(1);
      expect(output).toContain('Build stopped: the front matter check found');
      const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      expect(
        sampled
          .filter(({file}) => !new RegExp(`(?:^|\\s)blog/${escape(file)}:\\d+:\\d+ error `, 'm').test(output))
          .map(({file, c}) => `${file} ${show(c.frontMatter)}`),
      ).toEqual([]);
      // Pinned so that a change of the sample shows.
      expect({families: families(sampled).size, posts: sampled.length}).toEqual({families: 39, posts: 62});
    },
    BUILD_TIMEOUT,
  );
});
