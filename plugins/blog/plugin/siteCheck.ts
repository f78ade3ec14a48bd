/**
 * The front matter check of the whole site (every locale), as the plugin runs
 * it. A build checks once, for its first locale: the files do not change
 * during a build, so its next locales reuse it. The dev server checks again on
 * every load. The report is printed when it changes: once per build.
 */
import logger from '@docusaurus/logger';
import {checkSite, type CheckResult} from '../check';
import {formatText, summary} from '../check/report';
import {postLocales} from './localizedPosts';
import type {PluginSetup} from './setup';
import {shared} from './sharedState';

export interface SiteCheck {
  /** Checks the site (or, in a build, waits for its check), prints the report if it changed. */
  run(): Promise<CheckResult>;
  /** The last result, once a check ran. */
  readonly last: CheckResult | undefined;
  /** Which locales have which posts, as of the last check. */
  readonly locales: ReturnType<typeof postLocales> | undefined;
}

export function createSiteCheck({context, blogOptions, checker, isDev, tagsFile}: PluginSetup): SiteCheck {
  const {siteDir, i18n} = context;
  let last: CheckResult | undefined;
  let locales: ReturnType<typeof postLocales> | undefined;
  const check = () =>
    checkSite(siteDir, {
      defaultLocale: i18n.defaultLocale,
      locales: i18n.locales,
      blogPath: blogOptions.path,
      pluginId: blogOptions.id,
      include: blogOptions.include,
      exclude: blogOptions.exclude,
      staticDirs: context.siteConfig.staticDirectories,
      tagsFile,
      authorsFile: blogOptions.authorsMapPath,
      checker,
    });

  function checkOncePerBuild(): Promise<CheckResult> {
    const key = `${siteDir}\0${blogOptions.id}\0${blogOptions.path}\0${JSON.stringify(checker)}`;
    let pending = shared.buildChecks.get(key);
    if (!pending) shared.buildChecks.set(key, (pending = check()));
    return pending;
  }

  function printIfChanged(result: CheckResult) {
    const report = result.diagnostics.length ? formatText(result) : summary(result);
    if (shared.printed.get(siteDir) === report) return;
    shared.printed.set(siteDir, report);
    if (result.errors) logger.error(`Front matter check:\n\n${report}`);
    else if (result.warnings) logger.warn(`Front matter check:\n\n${report}`);
    else if (isDev) logger.success(`Front matter check: ${report}`);
  }

  return {
    async run() {
      const result = isDev ? await check() : await checkOncePerBuild();
      last = result;
      locales = postLocales(result.posts, i18n.locales);
      printIfChanged(result);
      return result;
    },
    get last() {
      return last;
    },
    get locales() {
      return locales;
    },
  };
}
