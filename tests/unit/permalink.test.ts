/**
 * The dev server shows the problems of a post the blog plugin could not load
 * at the URL the post will have once fixed: the blog plugin's own permalink.
 * Each case is compared with what the blog plugin computes for the same file
 * with valid front matter.
 */
import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {DEFAULT_OPTIONS} from '@docusaurus/plugin-content-blog/lib/options.js';
import type {PluginOptions as BlogPluginOptions} from '@docusaurus/plugin-content-blog';
import type {LoadContext} from '@docusaurus/types';
import {DEFAULT_PARSE_FRONT_MATTER} from '@docusaurus/utils';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {permalinkOf} from '../../plugins/blog/plugin/permalink';
import {generateBlogPosts} from '../../plugins/blog/plugin/upstream/blogInternals';

interface Case {
  file: string;
  slug?: string;
  expected: {root: string; blog: string; arabic: string};
}

const CASES: Case[] = [
  // Docusaurus keeps the file name's digits as written: no zero padding.
  {file: '2025-1-5-x.md', expected: {root: '/2025/1/5/x', blog: '/blog/2025/1/5/x', arabic: '/ar/2025/1/5/x'}},
  {
    file: '2025-01-05-folder/index.md',
    expected: {root: '/2025/01/05/folder', blog: '/blog/2025/01/05/folder', arabic: '/ar/2025/01/05/folder'},
  },
  {
    file: 'notes/2025-02-03-nested.mdx',
    expected: {
      root: '/2025/02/03/notes/nested',
      blog: '/blog/2025/02/03/notes/nested',
      arabic: '/ar/2025/02/03/notes/nested',
    },
  },
  {file: 'plain/index.md', expected: {root: '/plain', blog: '/blog/plain', arabic: '/ar/plain'}},
  {
    file: 'with-slug.md',
    slug: 'custom/path',
    expected: {root: '/custom/path', blog: '/blog/custom/path', arabic: '/ar/custom/path'},
  },
  // A slug from the root is still under the blog's route.
  {
    file: '2025-03-04-rooted.md',
    slug: '/rooted',
    expected: {root: '/rooted', blog: '/blog/rooted', arabic: '/ar/rooted'},
  },
];

const ROUTES = {
  root: {baseUrl: '/', routeBasePath: '/'},
  blog: {baseUrl: '/', routeBasePath: 'blog'},
  arabic: {baseUrl: '/ar/', routeBasePath: '/'},
};

let siteDir: string;

beforeAll(async () => {
  siteDir = await mkdtemp(path.join(tmpdir(), 'qalam-permalink-'));
  for (const {file, slug} of CASES) {
    const target = path.join(siteDir, 'blog', file);
    await mkdir(path.dirname(target), {recursive: true});
    const frontMatter = [`title: ${file}`, 'date: 2025-06-01', ...(slug ? [`slug: ${slug}`] : [])];
    await writeFile(target, `---\n${frontMatter.join('\n')}\n---\n\nText.\n`);
  }
});

afterAll(async () => {
  await rm(siteDir, {recursive: true, force: true});
});

/** The permalinks the blog plugin itself gives the posts, by file. */
async function blogPluginPermalinks({baseUrl, routeBasePath}: {baseUrl: string; routeBasePath: string}) {
  const contentPath = path.join(siteDir, 'blog');
  const noVcs = {getFileCreationInfo: async () => null, getFileLastUpdateInfo: async () => null};
  const context = {
    siteDir,
    siteConfig: {baseUrl, markdown: {parseFrontMatter: DEFAULT_PARSE_FRONT_MATTER}, future: {experimental_vcs: noVcs}},
    i18n: {currentLocale: 'en'},
  } as unknown as LoadContext;
  const options = {...DEFAULT_OPTIONS, path: 'blog', routeBasePath, onInlineTags: 'ignore'} as BlogPluginOptions;
  const posts = await generateBlogPosts({contentPath, contentPathLocalized: undefined}, context, options, null, {});
  return new Map(
    posts.map((post) => [
      path
        .relative(contentPath, path.join(siteDir, post.metadata.source.replace(/^@site\//, '')))
        .split(path.sep)
        .join('/'),
      post.metadata.permalink,
    ]),
  );
}

describe('permalinkOf', () => {
  for (const [name, route] of Object.entries(ROUTES) as [keyof typeof ROUTES, (typeof ROUTES)['root']][]) {
    it(`gives the blog plugin's permalink (baseUrl ${route.baseUrl}, routeBasePath ${route.routeBasePath})`, async () => {
      const theirs = await blogPluginPermalinks(route);
      for (const {file, slug, expected} of CASES) {
        expect({file, permalink: permalinkOf(route, file, slug)}).toEqual({file, permalink: expected[name]});
        expect({file, permalink: theirs.get(file)}).toEqual({file, permalink: expected[name]});
      }
    });
  }

  it('falls back to the file name when the slug is not a usable string (the post could not load)', () => {
    expect(permalinkOf(ROUTES.root, '2025-1-5-x.md', 42)).toBe('/2025/1/5/x');
    expect(permalinkOf(ROUTES.root, '2025-1-5-x.md', '  ')).toBe('/2025/1/5/x');
    expect(permalinkOf(ROUTES.root, '2025-1-5-x.md', undefined)).toBe('/2025/1/5/x');
  });
});
