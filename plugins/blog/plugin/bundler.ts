/**
 * The plugin's part of the bundler's config, after the blog plugin's own:
 * Prism on demand in the browser bundle, the social cards' dev-server route,
 * the plugin's options in the persistent cache's key, and in the dev server a
 * post loader that turns no front matter into a stack trace.
 */
import type {Plugin} from '@docusaurus/types';
import type {QalamBlogContent} from './devServer';
import {persistentCacheKey} from './upstream/cacheKey';
import {prismOnDemand} from './upstream/prismOnDemand';
import {tolerantPostLoader} from './upstream/tolerantPostLoader';

type ConfigureWebpack = NonNullable<Plugin<QalamBlogContent>['configureWebpack']>;

export interface BundlerTweaks {
  /** The blog plugin's own configureWebpack. */
  blogPlugin: ConfigureWebpack | undefined;
  /** The dev server's part of the browser bundle's config (plugin/cards.ts), if any. */
  devServer: (isServer: boolean) => object | undefined;
  /** Options that change how posts compile: they join the cache's key. */
  compileOptions: string;
  isDev: boolean;
}

export function configureBundler({blogPlugin, devServer, compileOptions, isDev}: BundlerTweaks): ConfigureWebpack {
  return (config, isServer, utils, content) => {
    const blogs = blogPlugin?.(config, isServer, utils, content);
    const own = blogs && isDev ? tolerantPostLoader(blogs) : blogs;
    const server = devServer(isServer);
    const resolve = {...own?.resolve, alias: withAliases(own?.resolve?.alias, prismOnDemand(isServer))};
    return {...own, resolve, ...(server ? {devServer: server} : {}), ...persistentCacheKey(config, compileOptions)};
  };
}

type Alias = NonNullable<Exclude<ReturnType<ConfigureWebpack>, void>['resolve']>['alias'];

/**
 * Our aliases added to the blog plugin's, in whichever of the bundler's two
 * forms it wrote them: a map (`name$` matches exactly) or a list of entries.
 */
function withAliases(own: Alias, ours: Record<string, string | false>): Alias {
  if (!Array.isArray(own)) return {...own, ...ours};
  const entries = Object.entries(ours).map(([name, alias]) =>
    name.endsWith('$') ? {name: name.slice(0, -1), alias, onlyModule: true} : {name, alias},
  );
  return [...own, ...entries];
}
