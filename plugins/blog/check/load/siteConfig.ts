/**
 * What the `check` command needs from a site's docusaurus.config: locales,
 * static folders and each blog with its options. A blog is this plugin's
 * (checked with the site's options for it, as the build checks it) or one of
 * Docusaurus's blog plugin, from the classic preset or `plugins` (checked with
 * the house rules relaxed to what that site asked of Docusaurus). Any site
 * folder can be checked: when the config cannot be loaded, `problem` says why
 * and `assumed` what was assumed instead.
 */
import {existsSync, readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {DEFAULT_PLUGIN_ID} from '@docusaurus/utils';
import {firstLine} from '../../shared/text';
import type {CheckSiteOptions} from '..';
import {discoverLocales} from './';
import {OWN_OPTION_KEYS, type CheckerOptions} from '../options';
import type {RuleSetting} from '../rules';

const CONFIG_FILES = [
  'docusaurus.config.ts',
  'docusaurus.config.mts',
  'docusaurus.config.js',
  'docusaurus.config.mjs',
  'docusaurus.config.cjs',
];

export interface SiteBlog {
  /** The blog plugin instance's id: 'default' unless the config gives one. */
  id: string;
  /** Where the blog is served, as the config writes it (Docusaurus's default: 'blog'). */
  routeBasePath: string;
  /** This plugin runs the blog: its options are the site's own house rules. */
  ours: boolean;
  options: CheckSiteOptions;
}

export interface SiteBlogs {
  blogs: SiteBlog[];
  /** Whether the options come from the site's docusaurus.config. */
  configLoaded: boolean;
  /** When they do not: why (the config is missing, or throws). */
  problem?: string;
  /** …and what the check assumed instead. */
  assumed?: string;
}

export interface SiteConfigResult {
  options: CheckSiteOptions;
  /** Why the config was not used, when it was not. */
  problem?: string;
}

type Options = Record<string, unknown>;

/**
 * The check options of a site folder's main blog (this plugin's, else the
 * first): what the authoring commands and the editor schema work on.
 */
export async function siteCheckOptions(siteDir: string): Promise<SiteConfigResult> {
  const {blogs, problem} = await siteBlogs(siteDir);
  const main = blogs.find((blog) => blog.ours) ?? blogs[0];
  return {options: main?.options ?? {}, ...(problem ? {problem} : {})};
}

/** Every blog of a site folder, each with the options to check it with. */
export async function siteBlogs(siteDir: string): Promise<SiteBlogs> {
  const loaded = await loadConfig(siteDir);
  const site: CheckSiteOptions = {};
  let entries: {ours: boolean; options: Options}[];
  if ('config' in loaded) {
    const {config} = loaded;
    const i18n = (config.i18n ?? {}) as {defaultLocale?: unknown; locales?: unknown};
    if (typeof i18n.defaultLocale === 'string') site.defaultLocale = i18n.defaultLocale;
    if (Array.isArray(i18n.locales)) site.locales = i18n.locales.filter((l): l is string => typeof l === 'string');
    if (Array.isArray(config.staticDirectories)) site.staticDirs = config.staticDirectories as string[];
    entries = blogEntries(config);
  } else {
    // Unknown options: one blog at Docusaurus's defaults, checked as this
    // plugin checks its own sites when the config names it.
    entries = [{ours: loaded.namesPlugin, options: {}}];
  }
  const defaultLocale = site.defaultLocale ?? 'en';
  site.locales ??= [defaultLocale, ...(await discoverLocales(siteDir)).filter((l) => l !== defaultLocale)];
  const blogs = entries.map(({ours, options}) => blogOf(siteDir, site, ours, options));
  if ('config' in loaded) return {blogs, configLoaded: true};
  const {locales = []} = site;
  const assumed = [
    `one blog at ${blogs[0]!.options.blogPath ?? 'blog'}/`,
    locales.length > 1 ? `locales ${locales.join(', ')} from i18n/` : `one locale (${defaultLocale})`,
    entries[0]!.ours ? "this plugin's rules (the config names it)" : 'recommended rules',
  ];
  return {blogs, configLoaded: false, problem: loaded.problem, assumed: assumed.join(', ')};
}

type Loaded = {config: Options} | {problem: string; namesPlugin: boolean};

async function loadConfig(siteDir: string): Promise<Loaded> {
  const file = CONFIG_FILES.map((f) => path.join(siteDir, f)).find((f) => existsSync(f));
  if (!file) return {problem: `found no docusaurus.config in ${siteDir}`, namesPlugin: false};
  try {
    const loaded = plainCommonJs(file) ?? (await viaJiti(file));
    const config = (typeof loaded === 'function' ? await (loaded as () => Promise<unknown>)() : loaded) as Options;
    if (!config || typeof config !== 'object') throw new Error('it exports no config object');
    return {config};
  } catch (error) {
    const cause = (error as {cause?: Error}).cause ?? (error as Error);
    const why = firstLine(cause).trim();
    // A site of this plugin whose dependencies are missing keeps its own rules.
    const namesPlugin = OWN_PLUGIN_IN_SOURCE.test(readFileSync(file, 'utf8'));
    return {problem: `could not load ${path.basename(file)} (${why})`, namesPlugin};
  }
}

/** jiti, as Docusaurus loads configs, without loading all of Docusaurus. */
function viaJiti(file: string): unknown {
  // Required, not imported: the commands start from V8's code cache (bin/run.mjs),
  // and on Node 20 a script from the cache cannot import().
  const loaded = createRequire(__filename)('jiti') as Jiti | {default: Jiti};
  const jiti = 'default' in loaded ? loaded.default : loaded;
  return jiti(__filename, {interopDefault: true, cache: true, requireCache: false})(file);
}

type Jiti = (from: string, options: object) => (id: string) => unknown;

/**
 * A config in plain CommonJS (a .js or .cjs file without import or export
 * statements, outside a "type": "module" package), loaded by Node itself: jiti
 * and the Babel it loads cost a third of a second, more than reading a
 * thousand posts. Nothing it loads stays in Node's require cache, as with
 * jiti's `requireCache: false`. Anything else, and any error while loading
 * it, goes to jiti, whose messages the check reports.
 */
function plainCommonJs(file: string): unknown {
  if (!/\.c?js$/.test(file)) return undefined;
  if (/^\s*(?:import|export)\b/m.test(readFileSync(file, 'utf8'))) return undefined;
  if (file.endsWith('.js') && packageType(path.dirname(file)) === 'module') return undefined;
  const load = createRequire(file);
  const cached = new Set(Object.keys(load.cache));
  try {
    const loaded: unknown = load(file);
    // A `default` export: jiti's interop decides what it means.
    return loaded && typeof loaded === 'object' && 'default' in loaded ? undefined : loaded;
  } catch {
    return undefined;
  } finally {
    for (const key of Object.keys(load.cache)) if (!cached.has(key)) delete load.cache[key];
  }
}

/** The "type" of the package.json nearest to a folder. */
function packageType(dir: string): unknown {
  for (let at = dir; ; at = path.dirname(at)) {
    const file = path.join(at, 'package.json');
    if (existsSync(file)) {
      try {
        return (JSON.parse(readFileSync(file, 'utf8')) as {type?: unknown}).type;
      } catch {
        return undefined;
      }
    }
    if (path.dirname(at) === at) return undefined;
  }
}

/** This plugin, by its package name or by its folder as the site's own config names it. */
const isOwnPlugin = (name: string) =>
  name === 'qalam-plugin-blog' || /(^|[/\\])plugins[/\\]blog([/\\]index(\.ts)?)?$/.test(name);
const OWN_PLUGIN_IN_SOURCE = /qalam-plugin-blog|['"`][^'"`]*plugins[/\\]blog(?:[/\\]index(?:\.ts)?)?['"`]/;

/**
 * Docusaurus's blog plugin as configs name it: the package, its short name
 * (Docusaurus completes `content-blog` to `@docusaurus/plugin-content-blog`),
 * or the path `require.resolve` gives.
 */
const isBlogPlugin = (name: string) =>
  name === 'content-blog' || /(^|[/\\])@docusaurus[/\\]plugin-content-blog([/\\]|$)/.test(name);
const isClassicPreset = (name: string) =>
  name === 'classic' || /(^|[/\\])@docusaurus[/\\]preset-classic([/\\]|$)/.test(name);

/** `'name'`, `['name', options]` or `['name']`: its name and options; anything else (a function, false) has none. */
function nameAndOptions(entry: unknown): [string, Options] | undefined {
  const [name, options]: unknown[] = Array.isArray(entry) ? (entry as unknown[]) : [entry];
  if (typeof name !== 'string') return undefined;
  return [name, options && typeof options === 'object' ? (options as Options) : {}];
}

/** The blogs a config sets up: the classic preset's, then each blog plugin instance, in order. */
function blogEntries(config: Options): {ours: boolean; options: Options}[] {
  const blogs: {ours: boolean; options: Options}[] = [];
  let blogTurnedOff = false;
  for (const preset of Array.isArray(config.presets) ? config.presets : []) {
    const [name, options] = nameAndOptions(preset) ?? [];
    if (name && isClassicPreset(name) && options!.blog === false) blogTurnedOff = true;
    // The classic preset has a blog unless its `blog` option is false.
    if (name && isClassicPreset(name) && options!.blog !== false) {
      blogs.push({
        ours: false,
        options: options!.blog && typeof options!.blog === 'object' ? (options!.blog as Options) : {},
      });
    }
  }
  for (const plugin of Array.isArray(config.plugins) ? config.plugins : []) {
    const [name, options] = nameAndOptions(plugin) ?? [];
    if (name && (isOwnPlugin(name) || isBlogPlugin(name))) blogs.push({ours: isOwnPlugin(name), options: options!});
  }
  // A site that sets up no blog at all is checked at the default folder: the
  // command then says when that folder is missing. One whose classic preset
  // says `blog: false` has none: Docusaurus publishes no file of blog/.
  return blogs.length || blogTurnedOff ? blogs : [{ours: false, options: {}}];
}

function blogOf(siteDir: string, site: CheckSiteOptions, ours: boolean, blog: Options): SiteBlog {
  const id = typeof blog.id === 'string' ? blog.id : DEFAULT_PLUGIN_ID;
  const options: CheckSiteOptions = {...site, pluginId: id};
  if (typeof blog.path === 'string') options.blogPath = blog.path;
  if (typeof blog.tags === 'string') options.tagsFile = blog.tags;
  if (typeof blog.authorsMapPath === 'string') options.authorsFile = blog.authorsMapPath;
  const routeBasePath = typeof blog.routeBasePath === 'string' ? blog.routeBasePath : 'blog';
  // Which files are posts, as Docusaurus globs them (also for this plugin, which passes them on).
  if (isGlobList(blog.include)) options.include = blog.include;
  if (isGlobList(blog.exclude)) options.exclude = blog.exclude;
  if (ours) {
    const checker: Options = {};
    for (const key of OWN_OPTION_KEYS) if (blog[key] !== undefined) checker[key] = blog[key];
    options.checker = checker;
  } else {
    options.docusaurusBlog = true;
    const blogDir = path.resolve(siteDir, options.blogPath ?? 'blog');
    // Docusaurus reads no tags file when `tags` is null or false, and the
    // default tags.yml only when it exists.
    const tagsFile =
      blog.tags === null || blog.tags === false ? undefined : path.join(blogDir, options.tagsFile ?? 'tags.yml');
    options.checker = foreignChecker({
      hasTagsFile: tagsFile !== undefined && existsSync(tagsFile),
      onInlineTags: blog.onInlineTags,
      onInlineAuthors: blog.onInlineAuthors,
    });
  }
  return {id, routeBasePath, ours, options};
}

/** `include` and `exclude` as Docusaurus takes them: lists of globs (it refuses anything else). */
const isGlobList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((glob) => typeof glob === 'string');

/** Docusaurus's `onInline*` levels as rule severities. */
const SEVERITY_OF_REPORT: Record<string, RuleSetting> = {ignore: 'off', log: 'info', warn: 'warning', throw: 'error'};

/**
 * A blog this plugin does not run: the `recommended` preset (house rules as
 * warnings at most) and only what its own options ask for. No required
 * fields; unknown tags as its `onInlineTags` says (free without a tags file,
 * as Docusaurus has them), authors written out as its `onInlineAuthors` says;
 * no social cards, since this plugin draws none there.
 */
function foreignChecker(blog: {
  hasTagsFile: boolean;
  onInlineTags?: unknown;
  onInlineAuthors?: unknown;
}): Partial<CheckerOptions> {
  // Docusaurus's defaults for both are 'warn'.
  const reported = (level: unknown) => SEVERITY_OF_REPORT[typeof level === 'string' ? level : 'warn'] ?? 'warning';
  return {
    preset: 'recommended',
    rules: {
      'tag-unknown': blog.hasTagsFile ? reported(blog.onInlineTags) : 'off',
      'author-inline': reported(blog.onInlineAuthors),
    },
    requiredFields: [],
    socialCards: {enabled: false, all: false},
  };
}
