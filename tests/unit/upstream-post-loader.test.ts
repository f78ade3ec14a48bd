/**
 * The premises of plugins/blog/plugin/upstream/tolerantPostLoader.ts in
 * Docusaurus 3.10.2, and what it does to the blog plugin's post loader.
 */
import {mkdtemp, rm} from 'node:fs/promises';
import {createRequire} from 'node:module';
import {tmpdir} from 'node:os';
import path from 'node:path';
import pluginContentBlog, {validateOptions} from '@docusaurus/plugin-content-blog';
import type {LoadContext} from '@docusaurus/types';
import {DEFAULT_PARSE_FRONT_MATTER} from '@docusaurus/utils';
import {normalizePluginOptions} from '@docusaurus/utils-validation';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {hasPostLoader, tolerantPostLoader} from '../../plugins/blog/plugin/upstream/tolerantPostLoader';

let siteDir: string;
beforeAll(async () => {
  siteDir = await mkdtemp(path.join(tmpdir(), 'qalam-loader-'));
});
afterAll(() => rm(siteDir, {recursive: true, force: true}));

/** The loader as the bundler runs it: the package's default export. */
const mdxLoader: (this: unknown, source: string) => Promise<void> =
  createRequire(__filename)('@docusaurus/mdx-loader').default;

const BROKEN = '---\ntitle: x\ntags: [ai\nauthors: [a]\n---\n\nBody\n';

/** The blog plugin's bundler config, for a site whose front matter reader is `parseFrontMatter`. */
async function blogBundlerConfig(parseFrontMatter: unknown) {
  const context = {
    siteDir,
    generatedFilesDir: path.join(siteDir, '.docusaurus'),
    localizationDir: path.join(siteDir, 'i18n/en'),
    baseUrl: '/',
    i18n: {currentLocale: 'en', defaultLocale: 'en', locales: ['en'], localeConfigs: {en: {translate: false}}},
    siteConfig: {
      baseUrl: '/',
      staticDirectories: ['static'],
      markdown: {
        format: 'mdx',
        mermaid: false,
        parseFrontMatter,
        mdx1Compat: {},
        remarkRehypeOptions: undefined,
        anchors: {maintainCase: false},
        hooks: {onBrokenMarkdownLinks: 'throw', onBrokenMarkdownImages: 'throw'},
      },
      future: {experimental_router: 'browser', faster: {mdxCrossCompilerCache: false}},
    },
  } as unknown as LoadContext;
  const options = validateOptions({validate: normalizePluginOptions as never, options: {}});
  const plugin = await pluginContentBlog(context, options);
  return plugin.configureWebpack!({}, false, {} as never, {} as never) as {
    module: {rules: {use: {loader: string; options: Record<string, unknown>}[]}[]};
  };
}

type BundlerConfig = Awaited<ReturnType<typeof blogBundlerConfig>>;

/** Runs the MDX loader of a config's post rule on a post, as the bundler does: its code, or the error it fails with. */
function compile(config: BundlerConfig, fileContent: string): Promise<string> {
  const [mdx] = config.module.rules[0]!.use;
  const filePath = path.join(siteDir, 'blog/2025-01-01-post.md');
  return new Promise((resolve, reject) => {
    const loaderContext = {
      _compiler: {name: 'client'},
      resource: filePath,
      resourcePath: filePath,
      getOptions: () => mdx!.options,
      addDependency: () => undefined,
      async: () => (error: unknown, code: string) =>
        error ? reject(error instanceof Error ? error : new Error('the MDX loader failed')) : resolve(code),
    };
    void mdxLoader.call(loaderContext, fileContent);
  });
}

describe('upstream/tolerantPostLoader: no stack trace from a post the dev server leaves out', () => {
  it("the blog plugin's post loader reads front matter through its options and throws on broken YAML", async () => {
    const config = await blogBundlerConfig(DEFAULT_PARSE_FRONT_MATTER);
    expect(hasPostLoader(config)).toBe(true);
    expect(config.module.rules[0]!.use[0]!.loader).toBe(require.resolve('@docusaurus/mdx-loader'));
    await expect(compile(config, BROKEN)).rejects.toThrow(/YAMLException|missed comma|unexpected end/);
  });

  it('…and, for a post the blog did not load, throws when it asks for its assets', async () => {
    const config = await blogBundlerConfig(DEFAULT_PARSE_FRONT_MATTER);
    await expect(compile(config, '---\ntitle: x\n---\n\nBody\n')).rejects.toThrow(/Blog post not found/);
  });

  it('made tolerant, the loader compiles both: the front matter is left empty, no assets', async () => {
    const config = tolerantPostLoader(await blogBundlerConfig(DEFAULT_PARSE_FRONT_MATTER));
    expect(hasPostLoader(config)).toBe(true);
    const code = await compile(config, BROKEN);
    expect(code).toContain('export const frontMatter = {};');
    expect(code).toContain('Body');
    expect(await compile(config, '---\ntitle: x\n---\n\nBody\n')).toContain(
      "export const frontMatter = {\n\ttitle: 'x'\n};",
    );
  });

  it("keeps the site's own front matter reader", async () => {
    const config = tolerantPostLoader(
      await blogBundlerConfig(
        async (
          params: {defaultParseFrontMatter: typeof DEFAULT_PARSE_FRONT_MATTER} & Parameters<
            typeof DEFAULT_PARSE_FRONT_MATTER
          >[0],
        ) => {
          const parsed = await params.defaultParseFrontMatter(params);
          return {...parsed, frontMatter: {...parsed.frontMatter, site: 'own'}};
        },
      ),
    );
    expect(await compile(config, '---\ntitle: x\n---\n\nBody\n')).toContain("site: 'own'");
  });
});
