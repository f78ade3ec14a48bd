/**
 * Which files of a blog are posts: those @docusaurus/plugin-content-blog
 * loads, found with its own glob and the blog's `include` and `exclude`, in
 * the blog folder and in each locale's folder of that blog instance.
 */
import {mkdir, mkdtemp, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import type {LoadContext} from '@docusaurus/types';
import {normalizeTags} from '@docusaurus/utils';
import {normalizePluginOptions} from '@docusaurus/utils-validation';
import {describe, expect, it} from 'vitest';
import {validateOptions} from '../../plugins/blog/index';
import {checkSite, type CheckResult} from '../../plugins/blog/check';
import {siteBlogs} from '../../plugins/blog/check/load/siteConfig';
import {pluginSetup} from '../../plugins/blog/plugin/setup';
import {createSiteCheck} from '../../plugins/blog/plugin/siteCheck';

/** A site folder with these files. */
async function site(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'qalam-blog-files-'));
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), {recursive: true});
    await writeFile(path.join(dir, file), text);
  }
  return dir;
}

const POST = '---\ntitle: A post\n---\n\nText.\n';
/** Front matter Docusaurus cannot read: a post the check reads reports it. */
const BROKEN = '---\ntitle: [unclosed\n---\n\nText.\n';

const checkedFiles = (result: CheckResult) => result.posts.map(({post}) => post.file);
const withErrors = (result: CheckResult) => [
  ...new Set(result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.file)),
];
/** Only what Docusaurus itself refuses, and the safety rules. */
const checker = {preset: 'docusaurus'} as const;

/** What Docusaurus publishes next to what it leaves out by default. */
const BLOG = {
  'blog/2025-01-01-x.test.md': BROKEN,
  'blog/2025-01-02-post.md': POST,
  'blog/2025-01-03-post.mdx': POST,
  'blog/archive/2024-01-01-old.md': POST,
  'blog/_draft.md': BROKEN,
  'blog/_drafts/x.md': BROKEN,
  'blog/__tests__/x.md': BROKEN,
  'blog/x.test.ts': BROKEN,
  'blog/notes.txt': BROKEN,
  'i18n/ar/docusaurus-plugin-content-blog/2025-01-02-post.md': POST,
  'i18n/ar/docusaurus-plugin-content-blog/_draft.md': BROKEN,
};
const AR = 'i18n/ar/docusaurus-plugin-content-blog';

describe('the posts of a blog', () => {
  it("are Docusaurus's by default: *.test.md is a post; _ files and folders, __tests__ and other files are not", async () => {
    const result = await checkSite(await site(BLOG), {locales: ['en', 'ar'], checker});
    expect(checkedFiles(result)).toEqual([
      'blog/2025-01-01-x.test.md',
      'blog/2025-01-02-post.md',
      'blog/2025-01-03-post.mdx',
      'blog/archive/2024-01-01-old.md',
      `${AR}/2025-01-02-post.md`,
    ]);
    expect(withErrors(result)).toEqual(['blog/2025-01-01-x.test.md']);
  });

  it("follow the blog's include, in every locale's folder", async () => {
    const result = await checkSite(await site(BLOG), {locales: ['en', 'ar'], include: ['**/*.md']});
    expect(checkedFiles(result)).toEqual([
      'blog/2025-01-01-x.test.md',
      'blog/2025-01-02-post.md',
      'blog/archive/2024-01-01-old.md',
      `${AR}/2025-01-02-post.md`,
    ]);
  });

  it("follow the blog's exclude, which replaces Docusaurus's default as it does for Docusaurus", async () => {
    const result = await checkSite(await site(BLOG), {locales: ['en', 'ar'], exclude: ['archive/**', '**/*.test.*']});
    // _ files are posts again: the site's exclude no longer lists them.
    expect(checkedFiles(result)).toEqual([
      'blog/2025-01-02-post.md',
      'blog/2025-01-03-post.mdx',
      'blog/__tests__/x.md',
      'blog/_draft.md',
      'blog/_drafts/x.md',
      `${AR}/2025-01-02-post.md`,
      `${AR}/_draft.md`,
    ]);
  });
});

describe('a second blog instance', () => {
  const NEWS_AR = 'i18n/ar/docusaurus-plugin-content-blog-news';
  const files = {
    'docusaurus.config.js': `module.exports = {
      i18n: {defaultLocale: 'en', locales: ['en', 'ar']},
      presets: [['classic', {docs: false}]],
      plugins: [['@docusaurus/plugin-content-blog', {id: 'news', path: 'news', onInlineTags: 'throw', onInlineAuthors: 'ignore'}]],
    };`,
    'blog/2025-01-01-hello.md': POST,
    // The default instance's translation: not a post of "news".
    [`${AR}/2025-01-01-hello.md`]: BROKEN,
    'news/2025-02-01-launch.md': '---\ntitle: Launch\ntags: [release]\nauthors: [sam]\n---\n\nText.\n',
    'news/tags.yml': 'release:\n  label: Release\n',
    'news/authors.yml': 'sam:\n  name: Sam\n',
    [`${NEWS_AR}/2025-02-01-launch.md`]: '---\ntitle: الإطلاق\ntags: [relase]\nauthors: [sam]\n---\n\nنص.\n',
    [`${NEWS_AR}/_draft.md`]: BROKEN,
    [`${NEWS_AR}/tags.yml`]: 'release:\n  label: إصدار\n',
    [`${NEWS_AR}/authors.yml`]: 'sam:\n  name: سام\nghost:\n  title: Nobody\n',
  };

  it('reads its own translations folder, posts and registries, and names its files in the report', async () => {
    const dir = await site(files);
    const news = (await siteBlogs(dir)).blogs.find((blog) => blog.id === 'news')!;
    const result = await checkSite(dir, news.options);
    expect(checkedFiles(result)).toEqual(['news/2025-02-01-launch.md', `${NEWS_AR}/2025-02-01-launch.md`]);
    expect(result.diagnostics.map((d) => [d.file, d.line, d.column, d.locale, d.rule, d.severity])).toEqual([
      [`${NEWS_AR}/2025-02-01-launch.md`, 3, 8, 'ar', 'tag-unknown', 'error'],
      [`${NEWS_AR}/authors.yml`, 3, 1, 'ar', 'registry-invalid', 'error'],
    ]);
    expect(result.diagnostics[0]!.message).toContain(
      // Docusaurus's own blog plugin reads "news": a tag is its key, and a label is no tag there.
      'Tag "relase" is not in tags.yml; did you mean "release"? Docusaurus knows a tag by its key in tags.yml, written exactly: use the key, or add the tag to news/tags.yml.',
    );
    expect(result.diagnostics[1]!.message).toBe(
      'authors.yml: "ghost" needs a "name" or an "image_url": Docusaurus refuses an author with neither.',
    );
  });

  it('leaves the default instance its own translations folder', async () => {
    const dir = await site(files);
    const main = (await siteBlogs(dir)).blogs.find((blog) => blog.id === 'default')!;
    const result = await checkSite(dir, main.options);
    expect(checkedFiles(result)).toEqual(['blog/2025-01-01-hello.md', `${AR}/2025-01-01-hello.md`]);
    expect(withErrors(result)).toEqual([`${AR}/2025-01-01-hello.md`]);
  });

  it('of this plugin is checked with its id, include and exclude, as the build checks it', async () => {
    const siteDir = await site({
      'news/2025-02-01-launch.md': POST,
      'news/2025-02-02-demo.mdx': BROKEN,
      'news/old/2024-01-01-old.md': BROKEN,
      [`${NEWS_AR}/2025-02-01-launch.md`]: POST,
      [`${AR}/2025-02-01-launch.md`]: BROKEN,
    });
    const options = validateOptions({
      validate: normalizePluginOptions as never,
      options: {id: 'news', path: 'news', include: ['**/*.md'], exclude: ['old/**'], preset: 'docusaurus'},
    });
    const context = {
      siteDir,
      baseUrl: '/',
      localizationDir: path.join(siteDir, 'i18n/en'),
      i18n: {currentLocale: 'en', defaultLocale: 'en', locales: ['en', 'ar'], localeConfigs: {en: {}, ar: {}}},
      siteConfig: {staticDirectories: ['static']},
    } as unknown as LoadContext;
    const result = await createSiteCheck({...pluginSetup(context, options), isDev: false}).run();
    expect(checkedFiles(result)).toEqual(['news/2025-02-01-launch.md', `${NEWS_AR}/2025-02-01-launch.md`]);
    expect(result.diagnostics).toEqual([]);
  });
});

describe("tags on Docusaurus's own blog", () => {
  const TAGS = 'hello:\n  label: Hello\n  permalink: /hello\n';
  const WRITTEN = ['hello', 'Hello', 'HELLO', {label: 'New', permalink: '/new'}];

  it('are known by their exact key alone, and one written out is inline, as onInlineTags: throw has them', async () => {
    // The premise: Docusaurus refuses the label, the key in capitals and the tag written out.
    expect(() =>
      normalizeTags({
        options: {onInlineTags: 'throw', tags: 'tags.yml'},
        source: 'blog/2025-01-01-tags.md',
        frontMatterTags: WRITTEN,
        tagsBaseRoutePath: '/blog/tags',
        tagsFile: {hello: {label: 'Hello', permalink: '/hello', description: ''}},
      }),
    ).toThrow('Tags [Hello, HELLO, New] used in blog/2025-01-01-tags.md are not defined in tags.yml');
    const dir = await site({
      'docusaurus.config.js': `module.exports = {presets: [['classic', {docs: false, blog: {onInlineTags: 'throw'}}]]};`,
      'blog/tags.yml': TAGS,
      'blog/2025-01-01-tags.md': `---\ntitle: Tags\ntags: ${JSON.stringify(WRITTEN)}\n---\n\nText.\n`,
    });
    const blog = (await siteBlogs(dir)).blogs[0]!;
    const result = await checkSite(dir, {...blog.options, checker: {...blog.options.checker, ...checker}});
    expect(result.diagnostics.map((d) => [d.field, d.rule, d.severity])).toEqual([
      ['tags[1]', 'tag-unknown', 'error'],
      ['tags[2]', 'tag-unknown', 'error'],
      ['tags[3]', 'tag-unknown', 'error'],
    ]);
    expect(result.diagnostics[0]!.message).toBe(
      'Tag "Hello" is not in tags.yml; did you mean "hello"? Docusaurus knows a tag by its key in tags.yml, written exactly: use the key, or add the tag to blog/tags.yml.',
    );
    expect(result.diagnostics[2]!.message).toBe(
      'Tag "New" is written out (a label and a permalink), so Docusaurus counts it as an inline tag, not one of tags.yml. Write a key of tags.yml, or add the tag to blog/tags.yml.',
    );
  });

  it("are known by key or label on this plugin's blog, which reads labels", async () => {
    const dir = await site({
      'blog/tags.yml': TAGS,
      'blog/2025-01-01-tags.md': '---\ntitle: Tags\ntags: [Hello]\n---\n\nText.\n',
    });
    const result = await checkSite(dir, {checker});
    expect(result.diagnostics).toEqual([]);
  });
});

describe('registries named by the blog', () => {
  it("are the files the messages name: the blog's authorsMapPath and tags, not authors.yml and tags.yml", async () => {
    const dir = await site({
      'docusaurus.config.js': `module.exports = {presets: [['classic', {docs: false, blog: {authorsMapPath: 'people.yml', tags: 'labels.yml', onInlineTags: 'throw'}}]]};`,
      'blog/people.yml': 'lark:\n  name: Lark\n',
      'blog/labels.yml': 'ai:\n  label: AI\n',
      'blog/2025-01-01-named.md': '---\ntitle: Named\ntags: [aii]\nauthors: [lrak]\n---\n\nText.\n',
    });
    const blog = (await siteBlogs(dir)).blogs[0]!;
    const result = await checkSite(dir, blog.options);
    expect(result.diagnostics.map((d) => d.message)).toEqual([
      'Tag "aii" is not in labels.yml; did you mean "ai"? Docusaurus knows a tag by its key in labels.yml, written exactly: use the key, or add the tag to blog/labels.yml.',
      'Author "lrak" is not in people.yml; did you mean "lark"? Use a key of people.yml (lark), or add the author to blog/people.yml.',
    ]);
  });
});
