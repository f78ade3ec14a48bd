/**
 * Rspack's persistent cache keeps compiled posts across builds. Docusaurus
 * 3.10.2 (core lib/webpack/base.js) keys it on its own files and the site's
 * config file only. Our remark plugin and options change compiled posts too
 * (headingLevels), also when the config sets them from the environment, and
 * so does a new version of this plugin: both join the key. The premise is
 * tested in tests/unit/upstream-premises.test.ts.
 *
 * Docusaurus names the cache by the locale, not by the baseUrl, yet the
 * stylesheet's URLs of fonts and images hold the public path (the baseUrl):
 * `--locale ar` after a build of every locale reused the stylesheet that
 * names `/ar/assets/fonts/…`, a file its output, served at `/`, does not
 * have. The public path joins the key too.
 */
import path from 'node:path';

/** Files whose change must evict the cache: the plugin's entry, the options it compiles posts with, its remark plugin. */
export const CACHE_BUILD_DEPENDENCIES = [
  path.join(__dirname, '../../index.ts'),
  path.join(__dirname, '../readerOptions.ts'),
  path.join(__dirname, '../headings.ts'),
];

/** The part of the bundler config that extends a persistent cache's key (none without one). */
export function persistentCacheKey(
  config: {experiments?: object; output?: {publicPath?: unknown}},
  compileOptions: string,
) {
  const cache = config.experiments && 'cache' in config.experiments ? config.experiments.cache : undefined;
  if (typeof cache !== 'object' || cache === null || !('type' in cache) || cache.type !== 'persistent') return {};
  const version = 'version' in cache && typeof cache.version === 'string' ? cache.version : '';
  const publicPath = typeof config.output?.publicPath === 'string' ? `-${config.output.publicPath}` : '';
  // webpack-merge joins arrays and replaces strings.
  return {
    experiments: {
      cache: {version: `${version}-qalam-${compileOptions}${publicPath}`, buildDependencies: CACHE_BUILD_DEPENDENCIES},
    },
  };
}
