/**
 * The premises of the plugin's workarounds of Docusaurus 3.10.2 (plugins/blog/
 * plugin/upstream/, the theme's copies and private CSS modules). Each test
 * fails when an upgrade makes a workaround wrong or unnecessary: read the
 * module it names, then change or remove the workaround.
 */
import {createHash} from 'node:crypto';
import {existsSync, readFileSync} from 'node:fs';
import {mkdtemp, readdir, rm, writeFile} from 'node:fs/promises';
import {createRequire} from 'node:module';
import {tmpdir} from 'node:os';
import path from 'node:path';
import * as blogPublic from '@docusaurus/plugin-content-blog';
import themeClassic from '@docusaurus/theme-classic';
import type {LoadContext} from '@docusaurus/types';
import {getTagsFile, getTagsFilePathsToWatch} from '@docusaurus/utils-validation';
import {writeStaticFile as coreWriteStaticFile} from '@docusaurus/core/lib/ssg/ssgUtils.js';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {builtPage} from '../../plugins/blog/plugin/upstream/builtPage';
import {generateBlogPosts, getAuthorsMap, parseBlogFileName} from '../../plugins/blog/plugin/upstream/blogInternals';
import {CACHE_BUILD_DEPENDENCIES, persistentCacheKey} from '../../plugins/blog/plugin/upstream/cacheKey';
import {SCRIPTS_AFTER_PAINT, ssrTemplate} from '../../plugins/blog/plugin/upstream/pageTemplate';
import {PRISM_ON_DEMAND, prismOnDemand} from '../../plugins/blog/plugin/upstream/prismOnDemand';
import {tagsOptionForLoad, yamlFilesGlob} from '../../plugins/blog/plugin/upstream/tagsFile';

const root = path.resolve(__dirname, '../..');
const pkgDir = (name: string) => path.join(root, 'node_modules', name);
const read = (file: string) => readFileSync(file, 'utf8');
const version = (name: string): unknown => JSON.parse(read(path.join(pkgDir(name), 'package.json'))).version;
const themeClassicLib = path.dirname(require.resolve('@docusaurus/theme-classic'));
/** Core's writeStaticFile, given the only params it reads. */
const writeStaticFile = coreWriteStaticFile as (args: {
  content: string;
  pathname: string;
  params: {outDir: string; baseUrl: string; trailingSlash: boolean | undefined};
}) => Promise<void>;

describe('the versions the workarounds were written for', () => {
  it('are the installed ones: after an upgrade, check every premise below', () => {
    expect({
      core: version('@docusaurus/core'),
      blog: version('@docusaurus/plugin-content-blog'),
      themeClassic: version('@docusaurus/theme-classic'),
      prism: version('prism-react-renderer'),
    }).toEqual({core: '3.10.2', blog: '3.10.2', themeClassic: '3.10.2', prism: '2.4.1'});
  });
});

describe('upstream/blogInternals: lib/ functions of the blog plugin', () => {
  it('are there, and the public entry still does not export them', () => {
    expect([typeof generateBlogPosts, typeof getAuthorsMap, typeof parseBlogFileName]).toEqual([
      'function',
      'function',
      'function',
    ]);
    expect(Object.keys(blogPublic)).not.toEqual(expect.arrayContaining(['generateBlogPosts']));
    expect(Object.keys(blogPublic)).not.toEqual(expect.arrayContaining(['getAuthorsMap']));
    expect(Object.keys(blogPublic)).not.toEqual(expect.arrayContaining(['parseBlogFileName']));
  });

  it('parseBlogFileName reads the date and slug as the blog plugin serves them', () => {
    expect(parseBlogFileName('2025-1-5-x.md')).toMatchObject({slug: '/2025/1/5/x', text: 'x'});
    expect(parseBlogFileName('2025-01-05-x/index.mdx')).toMatchObject({slug: '/2025/01/05/x', text: 'x'});
  });
});

describe('upstream/prismOnDemand: Prism loaded by the first code block', () => {
  it("the classic theme still loads Prism's languages from a startup client module, at the path the alias drops", () => {
    const context = {
      i18n: {currentLocale: 'en', localeConfigs: {en: {direction: 'ltr'}}},
      siteStorage: {type: 'localStorage', namespace: ''},
      siteConfig: {themeConfig: {prism: {additionalLanguages: []}}},
    } as unknown as LoadContext;
    const modules = themeClassic(context, {customCss: []}).getClientModules?.() ?? [];
    expect(modules).toContain('./prism-include-languages');
    // Docusaurus resolves client modules against the theme's entry folder.
    const dropped = Object.keys(prismOnDemand(false)).find((key) => key.includes('prism-include-languages'));
    expect(dropped).toBe(`${path.resolve(themeClassicLib, './prism-include-languages')}$`);
    expect(existsSync(`${path.join(themeClassicLib, 'prism-include-languages')}.js`)).toBe(true);
  });

  it('leaves the server bundle alone', () => {
    expect(prismOnDemand(true)).toEqual({});
  });

  it('forwards every export of prism-react-renderer, whose ES module is where the on-demand module loads it from', async () => {
    expect(existsSync(path.join(pkgDir('prism-react-renderer'), 'dist/index.mjs'))).toBe(true);
    const real: object = await import('prism-react-renderer');
    const onDemand: object = createRequire(__filename)(PRISM_ON_DEMAND);
    expect(Object.keys(onDemand).sort()).toEqual(Object.keys(real).sort());
  });
});

describe("upstream/cacheKey: the plugin's options in the persistent cache's key", () => {
  it("Docusaurus keys the cache on its own files and the site's config only", () => {
    const base = read(path.join(pkgDir('@docusaurus/core'), 'lib/webpack/base.js'));
    const dependencies = /function getCacheBuildDependencies\(\) \{\s*return \[([\s\S]*?)\];/.exec(base)?.[1];
    const entries = dependencies
      ?.split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('//'));
    expect(entries).toEqual([
      '__filename,',
      "path_1.default.join(__dirname, isServer ? 'server.js' : 'client.js'),",
      'siteConfigPath,',
    ]);
    expect(base).toMatch(/experiments\.cache = \{\s*type: 'persistent',/);
  });

  it('adds the options to the version and names files that exist', () => {
    const config = {experiments: {cache: {type: 'persistent', version: 'site-1'}}};
    expect(persistentCacheKey(config, 'continuous')).toEqual({
      experiments: {cache: {version: 'site-1-qalam-continuous', buildDependencies: CACHE_BUILD_DEPENDENCIES}},
    });
    expect(CACHE_BUILD_DEPENDENCIES.filter((file) => !existsSync(file))).toEqual([]);
    expect(persistentCacheKey({experiments: {}}, 'continuous')).toEqual({});
  });

  it("adds the public path: Docusaurus names the cache by the locale, not the baseUrl the stylesheet's URLs hold", () => {
    const base = read(path.join(pkgDir('@docusaurus/core'), 'lib/webpack/base.js'));
    expect(base).toMatch(/return `\$\{name\}-\$\{mode\}-\$\{props\.i18n\.currentLocale\}`;/);
    const config = {experiments: {cache: {type: 'persistent', version: 'site-1'}}, output: {publicPath: '/ar/'}};
    expect(persistentCacheKey(config, 'continuous')).toEqual({
      experiments: {cache: {version: 'site-1-qalam-continuous-/ar/', buildDependencies: CACHE_BUILD_DEPENDENCIES}},
    });
  });
});

describe('upstream/tagsFile: the YAML files the blog plugin watches and needs', () => {
  let blogDir: string;
  beforeAll(async () => {
    blogDir = await mkdtemp(path.join(tmpdir(), 'qalam-tags-'));
  });
  afterAll(async () => {
    await rm(blogDir, {recursive: true, force: true});
  });

  it('the blog plugin stops on a tags file its options name but cannot find', async () => {
    await expect(
      getTagsFile({tags: 'tags.yml', contentPaths: {contentPath: blogDir, contentPathLocalized: undefined}}),
    ).rejects.toThrow(/No tags file 'tags.yml' could be found/);
    expect(tagsOptionForLoad('tags.yml', {contentPath: blogDir, contentPathLocalized: undefined})).toBeUndefined();
    await writeFile(path.join(blogDir, 'tags.yml'), 'a: {}\n');
    expect(tagsOptionForLoad('tags.yml', {contentPath: blogDir, contentPathLocalized: undefined})).toBe('tags.yml');
  });

  it('the blog plugin watches its tags and authors files by the paths found when it started, not by a glob', () => {
    const tagsPaths = getTagsFilePathsToWatch({
      tags: 'tags.yml',
      contentPaths: {contentPath: blogDir, contentPathLocalized: undefined},
    });
    expect(tagsPaths).toEqual([path.join(blogDir, 'tags.yml')]);
    const plugin = read(path.join(pkgDir('@docusaurus/plugin-content-blog'), 'lib/index.js'));
    // Resolved once, when the plugin is created: undefined while the file is missing.
    expect(plugin).toMatch(/const authorsMapFilePath = await \(0, utils_1\.getDataFilePath\)\(/);
    expect(plugin).toMatch(/getPathsToWatch\(\) \{[\s\S]*?authorsMapFilePath,\s*\.\.\.tagsFilePaths,/);
    expect(yamlFilesGlob(blogDir)).toBe(`${blogDir.split(path.sep).join('/')}/*.{yml,yaml}`);
  });
});

describe("upstream/builtPage: the file of a route's page", () => {
  let parent: string;
  beforeAll(async () => {
    parent = await mkdtemp(path.join(tmpdir(), 'qalam-pages-'));
  });
  afterAll(async () => {
    await rm(parent, {recursive: true, force: true});
  });

  // Routes under each baseUrl, as the build renders them (the baseUrl, then this).
  const routes = [
    '',
    'x',
    'x/',
    'a/b',
    'page.html',
    'old.HTM',
    '404.html',
    'مرحبا',
    'مرحبا/',
    '2025/01/01/عربي',
    'a%20b',
    'already-%D8%A7',
    'a b',
  ];
  // Paths not under the baseUrl: the empty path, the baseUrl without its slash.
  const others = ['', '/ar', '/x'];
  const cases = ['/', '/ar/', '/a+b/'].flatMap((baseUrl) =>
    [...routes.map((route) => baseUrl + route), ...others].flatMap((pathname) =>
      [undefined, true, false].map((trailingSlash) => ({baseUrl, pathname, trailingSlash})),
    ),
  );

  it.each(cases)(
    'core writes $pathname (baseUrl $baseUrl, trailingSlash $trailingSlash) to the file named',
    async (params) => {
      const outDir = await mkdtemp(path.join(parent, 'out-'));
      await writeStaticFile({content: 'page', pathname: params.pathname, params: {...params, outDir}});
      const written = (await readdir(outDir, {recursive: true, withFileTypes: true}))
        .filter((entry) => entry.isFile())
        .map((entry) => path.join(entry.parentPath, entry.name));
      expect(written).toEqual([builtPage({...params, outDir})]);
    },
  );

  it("the path of a post's route is its permalink, never encoded or decoded, with the trailingSlash that addRoute applies", () => {
    const routes = read(path.join(pkgDir('@docusaurus/plugin-content-blog'), 'lib/routes.js'));
    expect(routes).toMatch(/path: blogPost\.metadata\.permalink,/);
    const actions = read(path.join(pkgDir('@docusaurus/core'), 'lib/server/plugins/actions.js'));
    expect(actions).toMatch(
      /addRoute\(initialRouteConfig\) \{[^}]*applyRouteTrailingSlash\)\(initialRouteConfig, \{\s*baseUrl,\s*trailingSlash,/,
    );
  });
});

describe('upstream/feedSafety and feedLanguage: the feed package as the blog plugin uses it', () => {
  // The blog plugin's own copy of the package.
  const {Feed} = createRequire(require.resolve('@docusaurus/plugin-content-blog'))('feed') as typeof import('feed');
  const feed = new Feed({title: 'T', id: 'https://x.org/', link: 'https://x.org/', copyright: 'c', language: 'ar'});
  feed.addItem({
    title: 'a]]>b]]><x:y/>c',
    id: 'https://x.org/p',
    link: 'https://x.org/p',
    date: new Date(0),
    description: 'd',
    category: [{name: 'Q&A', term: 'Q&A'}],
  });

  it('splits only the first "]]>" of a CDATA section: the second one ends it', () => {
    expect(feed.rss2()).toContain('<![CDATA[>b]]><x:y/>c]]>');
    expect(feed.atom1()).toContain('<![CDATA[>b]]><x:y/>c]]>');
  });

  it('keeps "&" raw in attribute values, and types Atom titles and summaries as html', () => {
    const atom = feed.atom1();
    expect(atom).toContain('<category label="Q&A" term="Q&A"/>');
    expect(atom).toContain('<title type="html">');
    expect(atom).toContain('<summary type="html">');
  });

  it('writes no language per entry, entries without attributes, and the post URL as the entry id', () => {
    const atom = feed.atom1();
    expect(atom).toMatch(/<entry>\s*<title/);
    expect(atom).toContain('<id>https://x.org/p</id>');
    expect(atom).not.toContain('xml:lang');
    const json = JSON.parse(feed.json1());
    expect(json.language).toBeUndefined();
    expect(json.items[0].language).toBeUndefined();
    expect(json.items[0].url).toBe('https://x.org/p');
  });
});

describe('upstream/oneReloadAtATime: plugin reloads of the dev server', () => {
  it('are not queued by the start command', () => {
    const start = read(path.join(pkgDir('@docusaurus/core'), 'lib/commands/start/utils.js'));
    expect(start).toContain('// TODO this could be subject to plugin reloads race conditions');
    expect(start).toMatch(/const reloadPlugin = async \(plugin\) => \{\s*try \{\s*site = await/);
  });
});

describe("upstream/pageTemplate: the page's scripts after its first paint", () => {
  it("is Docusaurus's template with the entry scripts moved from the head to the loader at the end of the body", async () => {
    const {default: upstream} = (await import('@docusaurus/core/lib/ssg/ssgTemplate.html.js')) as {default: string};
    const headScripts = [
      '    <% it.scripts.forEach((script) => { %>',
      '      <script src="<%= it.baseUrl %><%= script %>" defer></script>',
      '    <% }); %>',
      '',
    ].join('\n');
    const start = ssrTemplate.indexOf('    <script>');
    const loader = ssrTemplate.slice(start, ssrTemplate.indexOf('</script>\n', start) + '</script>\n'.length);
    expect(loader).toContain(`<script>${SCRIPTS_AFTER_PAINT}(<%~ JSON.stringify(it.scripts.map(`);
    expect(ssrTemplate.replace(loader, '').replace('  </head>', `${headScripts}  </head>`)).toBe(upstream);
  });
});

describe('client/idlePrefetch: route prefetching in idle time', () => {
  const client = (file: string) => read(path.join(pkgDir('@docusaurus/core'), 'lib/client', file));

  it("Link prefetches its route from its own IntersectionObserver's callback, through window.docusaurus", () => {
    const link = client('exports/Link.js');
    expect(link).toMatch(
      /new window\.IntersectionObserver\(\(entries\) => \{[^]*?window\.docusaurus\.prefetch\(targetLink\);[^]*?\}\);/,
    );
  });

  it('each prefetch matches the route against every route and scans every chunk name', () => {
    const docusaurus = client('docusaurus.js');
    expect(docusaurus).toContain('const matches = matchRoutes(routes, routePath);');
    expect(docusaurus).toMatch(
      /const getChunkNamesToLoad = \(path\) => Object\.entries\(routesChunkNames\)\s*\.filter\(/,
    );
    expect(docusaurus).toContain('export default Object.freeze(docusaurus);');
  });

  it('the client entry sets window.docusaurus after the client modules ran: they are imported by App', () => {
    expect(client('App.js')).toContain("import '@generated/client-modules';");
    const entry = client('clientEntry.js');
    expect(entry).toContain("import App from './App';");
    expect(entry).toMatch(/if \(ExecutionEnvironment\.canUseDOM\) \{\s*window\.docusaurus = docusaurus;/);
  });
});

describe('upstream/buildCommand: the end of `docusaurus build`', () => {
  it('is left to the process: neither the command line nor the build command exits after a build that worked', () => {
    const bin = read(path.join(pkgDir('@docusaurus/core'), 'bin/docusaurus.mjs'));
    expect(bin).toMatch(/await runCLI\(process\.argv\);\s*\} catch \(e\) \{/);
    expect(bin.match(/process\.exit\([^)]*\)/g)).toEqual(['process.exit(1)']);
    const build = read(path.join(pkgDir('@docusaurus/core'), 'lib/commands/build/build.js'));
    expect(build.match(/process\.exit\([^)]*\)/g)).toEqual(['process.exit()']);
    expect(build).toContain("['SIGINT', 'SIGTERM'].forEach((sig) => {");
  });

  it('builds its locales one after another in its own process, the default locale first, then the config’s order', () => {
    const build = read(path.join(pkgDir('@docusaurus/core'), 'lib/commands/build/build.js'));
    // Every locale of the config unless --locale names some, ordered so.
    expect(build).toMatch(/const locales = cliOptions\.locale \?\?\s*\(0, i18n_1\.getLocaleList\)\(/);
    expect(build).toMatch(
      /return \[\s*defaultLocale,\s*\.\.\.locales\.filter\(\(locale\) => locale !== defaultLocale\),\s*\];/,
    );
    // In that order, each done before the next starts, in this process.
    expect(build).toMatch(/mapAsyncSequential\)\(locales, async \(locale\) => \{\s*await tryToBuildLocale\(/);
    expect(build).toContain('await (0, buildLocale_1.buildLocale)(params);');
  });
});

describe("bin/localeNotFound.cjs: each locale's 404 page under `npm run serve`", () => {
  it('docusaurus serve hands requests to serve-handler, which answers a missing file with the root 404.html', () => {
    const serve = read(path.join(pkgDir('@docusaurus/core'), 'lib/commands/serve.js'));
    expect(serve).toContain('require("serve-handler")');
    expect(serve).toMatch(/serve_handler_1\.default\)\(req, res, \{/);
    const handler = read(require.resolve('serve-handler', {paths: [pkgDir('@docusaurus/core')]}));
    expect(handler).toMatch(/const errorPage = path\.join\(current, `\$\{statusCode\}\.html`\);/);
    expect(handler).toContain('stats = await handlers.lstat(errorPage);');
    expect(handler).toContain('stream = await handlers.createReadStream(errorPage);');
  });
});

describe("the theme's copies of classic theme components", () => {
  /** Each copy, the upstream file it was copied from and that file's SHA-256 at 3.10.2. */
  const COPIES: [copy: string, upstream: string, sha256: string][] = [
    ['Blog/Components/Author/index.tsx', 'Blog/Components/Author/index.js', '80f3439844341453'],
    ['BlogArchivePage/index.tsx', 'BlogArchivePage/index.js', '9a46c4deb232798c'],
    ['BlogPostItem/Header/Info/index.tsx', 'BlogPostItem/Header/Info/index.js', 'f0ff725904493f21'],
    ['BlogPostItem/Container/index.tsx', 'BlogPostItem/Container/index.js', 'caf11c220e7f5268'],
    ['BlogPostPage/Metadata/index.tsx', 'BlogPostPage/Metadata/index.js', '85e62499923aa120'],
    ['BlogPostPage/StructuredData/index.tsx', 'BlogPostPage/StructuredData/index.js', '20603e58b486ac6d'],
    ['BlogListPage/StructuredData/index.tsx', 'BlogListPage/StructuredData/index.js', 'fa68eba19bde84c0'],
    ['PaginatorNavLink/index.tsx', 'PaginatorNavLink/index.js', '4fb0010d8bef9616'],
    ['SiteMetadata/index.tsx', 'SiteMetadata/index.js', 'e99690522970a284'],
    ['Tag/index.tsx', 'Tag/index.js', '141cf8976b21d319'],
    ['BlogListPage/index.tsx', 'BlogListPage/index.js', 'bea76516bb7dfc75'],
    [
      'NavbarItem/LocaleDropdownNavbarItem/index.tsx',
      'NavbarItem/LocaleDropdownNavbarItem/index.js',
      '35eda908bbc3dc01',
    ],
    ['TagsListByLetter/index.tsx', 'TagsListByLetter/index.js', 'bcd7bf5fbe90b972'],
  ];
  const themeDir = path.join(root, 'plugins/blog/theme');

  it.each(COPIES)('%s names its upstream file, which is unchanged since it was copied', (copy, upstream, sha256) => {
    const header = read(path.join(themeDir, copy))
      .split('*/')[0]
      ?.replace(/\s*\n\s*\*\s*/g, ' ');
    expect(header).toContain(`Copied from @docusaurus/theme-classic 3.10.2, lib/theme/${upstream}`);
    const upstreamFile = path.join(themeClassicLib, 'theme', upstream);
    expect(createHash('sha256').update(read(upstreamFile)).digest('hex').slice(0, 16)).toBe(sha256);
  });

  it('every class a copy takes from a private CSS module of the classic theme is still in it', () => {
    const PRIVATE_CSS = /import styles from '@docusaurus\/theme-classic\/(lib\/theme\/[^']+\.module\.css)';/;
    const users = COPIES.map(([copy]) => read(path.join(themeDir, copy))).filter((source) => PRIVATE_CSS.test(source));
    expect(users.length).toBe(3);
    for (const source of users) {
      const cssFile = path.join(pkgDir('@docusaurus/theme-classic'), PRIVATE_CSS.exec(source)![1]!);
      const css = read(cssFile);
      const used = [...source.matchAll(/\bstyles\.(?!module\.css)(\w+)|styles\[`([\w-]+)\$\{as\}`\]/g)].map(
        (m) => m[1] ?? `${m[2]}h1`,
      );
      expect(used.length).toBeGreaterThan(0);
      expect(used.filter((name) => !css.includes(`.${name}`))).toEqual([]);
    }
  });
});

describe('theme/BlogSidebar/Content: post titles as elements', () => {
  it('the blog plugin renders a sidebar title as a child of its link', () => {
    const sidebar = read(path.join(pkgDir('@docusaurus/plugin-content-blog'), 'lib/client/sidebarUtils.js'));
    expect(sidebar).toMatch(/<Link[\s\S]*?>\s*\{item\.title\}\s*<\/Link>/);
  });
});

describe("client/language.ts useLocalizedCount: counts in the locale's digits", () => {
  it('Docusaurus chooses the plural form from the number and prints the value as text', () => {
    const plural = read(path.join(pkgDir('@docusaurus/theme-common'), 'lib/utils/usePluralForm.js'));
    expect(plural).toContain('const pluralForm = localePluralForms.select(count);');
    const interpolate = read(path.join(pkgDir('@docusaurus/core'), 'lib/client/exports/Interpolate.js'));
    expect(interpolate).toContain("return segments.join('');");
    // What the count is made of: a number to Intl.PluralRules, its digits to join().
    const count = {valueOf: () => 3, toString: () => '٣'};
    expect(new Intl.PluralRules('ar').select(count as unknown as number)).toBe('few');
    expect(['{n}', count].join('')).toBe('{n}٣');
  });
});
