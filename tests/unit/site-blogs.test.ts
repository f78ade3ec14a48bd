/**
 * How a site's docusaurus.config becomes the blogs the check command checks,
 * each with its options: the classic preset's blog, each blog plugin instance
 * and this plugin's, and Docusaurus's `tags`/`onInlineTags` as rule severities.
 */
import {mkdir, mkdtemp, writeFile} from 'node:fs/promises';
import {createRequire} from 'node:module';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {siteBlogs, siteCheckOptions} from '../../plugins/blog/check/load/siteConfig';
import {ruleSettings} from '../../plugins/blog/check/rules/presets';

/** A site folder with this config (CommonJS source) and these files. */
async function site(config: string, files: Record<string, string> = {}): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'qalam-site-config-'));
  await writeFile(path.join(dir, 'docusaurus.config.js'), config);
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), {recursive: true});
    await writeFile(path.join(dir, file), text);
  }
  return dir;
}

const TAGS = {'blog/tags.yml': 'release:\n  label: Release\n'};

describe('siteBlogs', () => {
  it('reads the classic preset blog, by its short or its package name, with its path and locales', async () => {
    for (const preset of [
      "'classic'",
      "'@docusaurus/preset-classic'",
      JSON.stringify(createRequire(import.meta.url).resolve('@docusaurus/preset-classic')),
    ]) {
      const dir = await site(
        `module.exports = {i18n: {defaultLocale: 'en', locales: ['en', 'ar']}, presets: [[${preset}, {blog: {path: 'posts', routeBasePath: '/'}}]]};`,
      );
      const {blogs, problem} = await siteBlogs(dir);
      expect(problem).toBeUndefined();
      expect(blogs.map((b) => [b.id, b.routeBasePath, b.ours, b.options.blogPath, b.options.locales])).toEqual([
        ['default', '/', false, 'posts', ['en', 'ar']],
      ]);
    }
  });

  it('has a blog at blog/ for a classic preset without blog options, and none for blog: false', async () => {
    const bare = await siteBlogs(await site("module.exports = {presets: ['classic']};"));
    expect(bare.blogs.map((b) => b.options.blogPath ?? 'blog')).toEqual(['blog']);
    const off = await siteBlogs(
      await site(
        "module.exports = {presets: [['classic', {blog: false}]], plugins: [['content-blog', {id: 'news', path: 'news'}]]};",
      ),
    );
    expect(off.blogs.map((b) => [b.id, b.options.blogPath])).toEqual([['news', 'news']]);
    // With no other blog, the site has none: Docusaurus publishes no file of blog/.
    const none = await siteBlogs(
      await site("module.exports = {presets: [['classic', {blog: false}]]};", {
        'blog/2025-01-01-x.md': '---\ntitle: [\n---\n',
      }),
    );
    expect(none.blogs).toEqual([]);
    expect(none.configLoaded).toBe(true);
  });

  it('makes each blog plugin instance a blog, in every locale, with its id, include and exclude', async () => {
    const dir = await site(
      `module.exports = {
        i18n: {defaultLocale: 'en', locales: ['en', 'fr']},
        presets: [['classic', {docs: false}]],
        plugins: [
          () => ({name: 'inline-plugin'}),
          ['@docusaurus/plugin-content-blog', {id: 'news', path: 'news', routeBasePath: 'updates', include: ['*.md'], exclude: ['old/**']}],
        ],
      };`,
    );
    const {blogs} = await siteBlogs(dir);
    expect(
      blogs.map(({id, routeBasePath, options: o}) => [
        id,
        routeBasePath,
        o.blogPath,
        o.locales,
        o.pluginId,
        o.include,
        o.exclude,
      ]),
    ).toEqual([
      ['default', 'blog', undefined, ['en', 'fr'], 'default', undefined, undefined],
      ['news', 'updates', 'news', ['en', 'fr'], 'news', ['*.md'], ['old/**']],
    ]);
  });

  it("passes this plugin's include and exclude on, and leaves Docusaurus's defaults for what is not a list of globs", async () => {
    const dir = await site(
      `module.exports = {
        presets: [['classic', {blog: {include: '*.md', exclude: [1]}}]],
        plugins: [['./plugins/blog', {id: 'notes', path: 'notes', include: ['**/*.md'], exclude: ['drafts/**']}]],
      };`,
    );
    const {blogs} = await siteBlogs(dir);
    expect(blogs.map(({ours, options: o}) => [ours, o.pluginId, o.include, o.exclude])).toEqual([
      [false, 'default', undefined, undefined],
      [true, 'notes', ['**/*.md'], ['drafts/**']],
    ]);
  });

  it.each([
    ['ignore', 'off'],
    ['log', 'info'],
    ['warn', 'warning'],
    ['throw', 'error'],
    [undefined, 'warning'],
  ])('turns onInlineTags: %s into tag-unknown %s when the blog has a tags file', async (onInlineTags, severity) => {
    const blog = onInlineTags ? `{onInlineTags: '${onInlineTags}'}` : '{}';
    const {options} = await siteCheckOptions(
      await site(`module.exports = {presets: [['classic', {blog: ${blog}}]]};`, TAGS),
    );
    expect(options.checker?.rules?.['tag-unknown']).toBe(severity);
  });

  it('leaves tags free without a tags file, or when `tags` is null or false', async () => {
    for (const [config, files] of [
      ["{presets: [['classic', {blog: {onInlineTags: 'throw'}}]]}", {}],
      ["{presets: [['classic', {blog: {onInlineTags: 'throw', tags: null}}]]}", TAGS],
      ["{presets: [['classic', {blog: {onInlineTags: 'throw', tags: false}}]]}", TAGS],
    ] as const) {
      const {options} = await siteCheckOptions(await site(`module.exports = ${config};`, files));
      expect(options.checker?.rules?.['tag-unknown'], config).toBe('off');
    }
  });

  it('asks no field, draws no card and keeps advice to warnings on a site that never opted in', async () => {
    const {options} = await siteCheckOptions(await site("module.exports = {presets: [['classic', {}]]};"));
    expect(options.checker).toMatchObject({
      preset: 'recommended',
      requiredFields: [],
      socialCards: {enabled: false},
      rules: {'tag-unknown': 'off'},
    });
    // House rules as warnings at most; what Docusaurus refuses stays an error.
    const settings = ruleSettings(options.checker!.preset!, options.checker!.rules);
    for (const id of [
      'keywords-count',
      'title-length',
      'field-empty',
      'tag-duplicate',
      'translation-mismatch',
    ] as const)
      expect(settings.get(id)).toBe('warning');
    expect(settings.get('tag-unknown')).toBe('off');
    expect(settings.get('author-unknown')).toBe('error');
  });

  it("keeps a site's options for this plugin exactly as written, whatever else it configures", async () => {
    const dir = await site(
      `module.exports = {
        presets: [['classic', {blog: false}]],
        plugins: [['./plugins/blog', {path: 'posts', tags: 'labels.yml', requiredFields: ['title'], rules: {'title-length': 'error'}, onInlineTags: 'ignore'}]],
      };`,
    );
    const {blogs} = await siteBlogs(dir);
    expect(blogs).toHaveLength(1);
    expect(blogs[0]!.ours).toBe(true);
    expect(blogs[0]!.options).toMatchObject({
      blogPath: 'posts',
      tagsFile: 'labels.yml',
      checker: {requiredFields: ['title'], rules: {'title-length': 'error'}},
    });
    expect(Object.keys(blogs[0]!.options.checker!).sort()).toEqual(['requiredFields', 'rules']);
  });

  it('says why a config cannot be loaded, and assumes the recommended rules unless it names this plugin', async () => {
    const foreign = await siteBlogs(await site("require('not-installed-anywhere');\nmodule.exports = {};"));
    expect(foreign.problem).toBe("could not load docusaurus.config.js (Cannot find module 'not-installed-anywhere')");
    expect(foreign.assumed).toBe('one blog at blog/, one locale (en), recommended rules');
    expect(foreign.blogs[0]!.options.checker?.requiredFields).toEqual([]);
    const ours = await siteBlogs(
      await site("throw new Error('no');\nmodule.exports = {plugins: ['qalam-plugin-blog']};"),
    );
    expect(ours.assumed).toBe("one blog at blog/, one locale (en), this plugin's rules (the config names it)");
    expect(ours.blogs[0]!.options.checker).toEqual({});
  });

  it('takes the locales from i18n/ when there is no config', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'qalam-site-config-'));
    await mkdir(path.join(dir, 'i18n/ar/docusaurus-plugin-content-blog'), {recursive: true});
    const {problem, assumed, blogs} = await siteBlogs(dir);
    expect(problem).toBe(`found no docusaurus.config in ${dir}`);
    expect(assumed).toBe('one blog at blog/, locales en, ar from i18n/, recommended rules');
    expect(blogs[0]!.options.locales).toEqual(['en', 'ar']);
  });
});
