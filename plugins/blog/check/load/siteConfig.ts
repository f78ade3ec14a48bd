/**
 * What the `check` command needs from a site's docusaurus.config: locales,
 * static folders and this plugin's options. Any site folder can be checked:
 * when the config cannot be loaded, the defaults are used.
 */
import {existsSync} from 'node:fs';
import path from 'node:path';
import type {CheckSiteOptions} from '..';
import {discoverLocales} from './';
import {OWN_OPTION_KEYS} from '../../options';

const CONFIG_FILES = ['docusaurus.config.ts', 'docusaurus.config.mts', 'docusaurus.config.js', 'docusaurus.config.mjs', 'docusaurus.config.cjs'];

export interface SiteConfigResult {
  options: CheckSiteOptions;
  /** Why the config was not used, when it was not. */
  problem?: string;
}

type PluginEntry = string | [string, Record<string, unknown>?] | {name?: string} | false | null | undefined;

/** The check options of a site folder: from its config, else its i18n folders. */
export async function siteCheckOptions(siteDir: string): Promise<SiteConfigResult> {
  const result = await readSiteConfig(siteDir);
  const {options} = result;
  const defaultLocale = options.defaultLocale ?? 'en';
  options.locales ??= [defaultLocale, ...(await discoverLocales(siteDir)).filter((l) => l !== defaultLocale)];
  return result;
}

export async function readSiteConfig(siteDir: string): Promise<SiteConfigResult> {
  const file = CONFIG_FILES.map((f) => path.join(siteDir, f)).find((f) => existsSync(f));
  if (!file) return {options: {}, problem: 'no docusaurus.config found'};
  let config: Record<string, unknown>;
  try {
    // jiti, as Docusaurus loads configs, without loading all of Docusaurus.
    const jiti = (await import('jiti')).default as unknown as (from: string, options: object) => (id: string) => unknown;
    const loaded = jiti(__filename, {interopDefault: true, cache: true, requireCache: false})(file);
    config = (typeof loaded === 'function' ? await (loaded as () => Promise<unknown>)() : loaded) as Record<string, unknown>;
    if (!config || typeof config !== 'object') throw new Error('it exports no config object');
  } catch (error) {
    const cause = (error as {cause?: Error}).cause ?? (error as Error);
    return {options: {}, problem: `${path.basename(file)} could not be loaded (${String(cause.message).split('\n')[0]})`};
  }
  const i18n = (config.i18n ?? {}) as {defaultLocale?: string; locales?: string[]};
  const options: CheckSiteOptions = {};
  if (typeof i18n.defaultLocale === 'string') options.defaultLocale = i18n.defaultLocale;
  if (Array.isArray(i18n.locales)) options.locales = i18n.locales;
  if (Array.isArray(config.staticDirectories)) options.staticDirs = config.staticDirectories as string[];
  const blogOptions = findBlogPluginOptions((config.plugins ?? []) as PluginEntry[]);
  if (blogOptions) {
    if (typeof blogOptions.path === 'string') options.blogPath = blogOptions.path;
    if (typeof blogOptions.tags === 'string') options.tagsFile = blogOptions.tags;
    if (typeof blogOptions.authorsMapPath === 'string') options.authorsFile = blogOptions.authorsMapPath;
    const checker: Record<string, unknown> = {};
    for (const key of OWN_OPTION_KEYS) if (blogOptions[key] !== undefined) checker[key] = blogOptions[key];
    options.checker = checker;
  }
  return {options};
}

function findBlogPluginOptions(plugins: PluginEntry[]): Record<string, unknown> | undefined {
  for (const entry of plugins) {
    const [name, opts] = Array.isArray(entry) ? entry : [entry, {}];
    // By its package name, or by its folder as the site's own config names it.
    if (typeof name === 'string' && (name === 'qalam-plugin-blog' || /(^|[/\\])plugins[/\\]blog([/\\]index(\.ts)?)?$/.test(name))) return opts ?? {};
  }
  return undefined;
}
