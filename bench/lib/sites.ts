/**
 * The sites the benchmarks build, all under bench/work/ (inside the repository,
 * so they resolve its node_modules and plugin):
 *
 * - ours:    our blog plugin (checks and cards on), the classic theme, Faster;
 * - preset:  the same site with the classic preset's own blog plugin, Faster;
 * - vanilla: the preset's site without `future`: Docusaurus's defaults (webpack).
 *
 * The blog options are the same in the three; two locales, en and ar (rtl).
 * For the page benchmark: `page-ours` is the repository's own site (its config,
 * CSS and fonts) over its own posts, `page-vanilla` the same posts on a default
 * Docusaurus with the same navbar, footer and blog options.
 */
import {cpSync, mkdirSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {AR_BLOG} from './generate';
import {ROOT} from './paths';

export type SiteKind = 'ours' | 'preset' | 'vanilla';

/**
 * The sidebar and pagination of the repository's docusaurus.config.ts: a
 * bounded list of recent posts and ten posts a page, so that no page lists
 * every post and the output grows linearly with the blog (bench/parts/large.ts
 * measures it). `'ALL'` for the sidebar of the large benchmark's comparison.
 */
export const SIDEBAR_COUNT = 10;
const POSTS_PER_PAGE = 10;

const blogOptions = (sidebarCount: number | 'ALL') => `{
  routeBasePath: '/',
  blogTitle: 'Bench blog',
  blogDescription: 'A synthetic bilingual blog for the benchmarks',
  showReadingTime: true,
  blogSidebarCount: ${JSON.stringify(sidebarCount)},
  postsPerPage: ${POSTS_PER_PAGE},
  authorsMapPath: 'authors.yml',
  tags: 'tags.yml',
  onInlineAuthors: 'throw',
  onUntruncatedBlogPosts: 'ignore',
  feedOptions: {type: 'all', title: 'Bench', copyright: 'Bench authors'},
}`;

function configOf(kind: SiteKind, sidebarCount: number | 'ALL'): string {
  const plugin =
    kind === 'ours'
      ? `presets: [['classic', {docs: false, blog: false, pages: false}]],
  plugins: [['qalam-plugin-blog', blog]],`
      : // Arabic posts write tags by their label: our plugin resolves them, the
        // preset's makes them inline tags; silence its warning, as ours does.
        `presets: [['classic', {docs: false, pages: false, blog: {...blog, onInlineTags: 'ignore'}}]],`;
  return `// Written by bench/lib/sites.ts (${kind}); regenerated on every run.
const blog = ${blogOptions(sidebarCount)};

module.exports = {
  title: 'Bench',
  url: 'https://bench.example.org',
  baseUrl: '/',
  favicon: 'img/favicon.svg',
  ${kind === 'vanilla' ? '// No `future`: the default bundler (webpack).' : 'future: {v4: true, faster: true},'}
  onBrokenLinks: 'throw',
  i18n: {
    defaultLocale: 'en',
    locales: ['en', 'ar'],
    localeConfigs: {
      en: {label: 'English', direction: 'ltr', htmlLang: 'en'},
      ar: {label: 'العربية', direction: 'rtl', htmlLang: 'ar'},
    },
  },
  ${plugin}
  themeConfig: {
    navbar: {title: 'Bench', logo: {alt: 'Bench', src: 'img/logo.svg', width: 32, height: 32}, items: [{type: 'localeDropdown', position: 'right'}]},
  },
};
`;
}

/**
 * A package.json of the site's own: the bundlers' persistent caches go to the
 * node_modules/.cache/ beside the nearest package.json, which would otherwise
 * be the repository's, shared by every site and every session's builds.
 */
function writeOwnPackage(siteDir: string, name: string): void {
  writeFileSync(
    path.join(siteDir, 'package.json'),
    `${JSON.stringify({name: `bench-${name}`, private: true}, null, 2)}\n`,
  );
}

/** Writes a site's config and static files next to its content (generateBlog writes the posts). */
export function writeSite(siteDir: string, kind: SiteKind, sidebarCount: number | 'ALL' = SIDEBAR_COUNT): void {
  mkdirSync(path.join(siteDir, 'i18n/ar'), {recursive: true});
  writeFileSync(path.join(siteDir, 'docusaurus.config.js'), configOf(kind, sidebarCount));
  writeOwnPackage(siteDir, kind);
  cpSync(path.join(ROOT, 'static'), path.join(siteDir, 'static'), {recursive: true});
  cpSync(path.join(ROOT, 'i18n/ar/code.json'), path.join(siteDir, 'i18n/ar/code.json'));
  mkdirSync(path.join(siteDir, AR_BLOG), {recursive: true});
  cpSync(path.join(ROOT, AR_BLOG, 'options.json'), path.join(siteDir, AR_BLOG, 'options.json'));
}

/** A copy of one site's content for another (same posts, its own config). */
export function copyContent(from: string, to: string, kind: SiteKind): void {
  rmSync(to, {recursive: true, force: true});
  mkdirSync(to, {recursive: true});
  cpSync(path.join(from, 'blog'), path.join(to, 'blog'), {recursive: true});
  cpSync(path.join(from, 'i18n'), path.join(to, 'i18n'), {recursive: true});
  writeSite(to, kind);
}

/**
 * The repository's own site over its own posts, for the page benchmark. The
 * config is the repository's, imported, with paths made absolute; the vanilla
 * one keeps its navbar, footer, locales and blog options and drops the rest:
 * our plugin, our CSS and fonts, our page template (scripts after the first
 * paint), Faster.
 */
export function writePageSites(oursDir: string, vanillaDir: string): void {
  for (const dir of [oursDir, vanillaDir]) {
    rmSync(dir, {recursive: true, force: true});
    mkdirSync(dir, {recursive: true});
    for (const folder of ['blog', 'i18n', 'static'])
      cpSync(path.join(ROOT, folder), path.join(dir, folder), {recursive: true});
    writeOwnPackage(dir, path.basename(dir));
  }
  const rel = (dir: string) => path.relative(dir, ROOT).split(path.sep).join('/');
  writeFileSync(
    path.join(oursDir, 'docusaurus.config.ts'),
    `// Written by bench/lib/sites.ts: the repository's site, paths made absolute.
import path from 'node:path';
import real from '${rel(oursDir)}/docusaurus.config';

const root = path.resolve(__dirname, '${rel(oursDir)}');
const [[, blogOptions]] = real.plugins as [[string, object]];

export default {
  ...real,
  presets: [['classic', {docs: false, blog: false, theme: {customCss: path.join(root, 'src/css/custom.css')}}]],
  plugins: [['qalam-plugin-blog', blogOptions]],
};
`,
  );
  writeFileSync(
    path.join(vanillaDir, 'docusaurus.config.ts'),
    `// Written by bench/lib/sites.ts: the repository's site on a default Docusaurus.
import real from '${rel(vanillaDir)}/docusaurus.config';
import {OWN_OPTION_KEYS} from 'qalam-plugin-blog/check/options';

const [[, ours]] = real.plugins as [[string, Record<string, unknown>]];
// The blog plugin's own options, without ours.
const blogOptions = Object.fromEntries(Object.entries(ours).filter(([key]) => !(OWN_OPTION_KEYS as readonly string[]).includes(key)));
const {future, presets, plugins, ssrTemplate, ...site} = real;
// Pages only our plugin adds (the translation status page): no link to them here.
const OURS_ONLY = new Set(['/translations']);
type Link = {to?: string};
const footer = real.themeConfig.footer as {links: {items: Link[]}[]};
const links = footer.links.map((column) => ({...column, items: column.items.filter((item) => !OURS_ONLY.has(item.to ?? ''))}));

export default {
  ...site,
  presets: [['classic', {docs: false, blog: blogOptions}]],
  themeConfig: {...real.themeConfig, prism: undefined, footer: {...footer, links}},
};
`,
  );
}
