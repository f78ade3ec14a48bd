/** The plugin's global data (client/types.ts `BlogGlobalData`), which every page can read. */
import type {BlogContent} from '@docusaurus/plugin-content-blog';
import type {CheckResult} from '../check';
import type {BlogGlobalData, PostProblems} from '../client/types';
import {postLanguages} from './localizedPosts';
import type {PluginSetup} from './setup';
import {stringsLanguage} from './translations';

import {localeLists, relative} from './localeLists';

export function blogGlobalData(
  {digits, context, blogOptions, checker, isDev}: PluginSetup,
  content: BlogContent,
  problems?: Record<string, PostProblems>,
  check?: CheckResult,
): BlogGlobalData {
  const strings = stringsLanguage(context);
  const {i18n, baseUrl} = context;
  const {routeBasePath, tagsBasePath, authorsBasePath, pageBasePath} = blogOptions;
  return {
    digits,
    ...postLanguages(content.blogPosts, i18n),
    ...(strings ? {stringsLanguage: strings} : {}),
    ...(check
      ? {
          lists: localeLists({
            check,
            content,
            blogOptions,
            baseUrl,
            locales: i18n.locales,
            defaultLocale: i18n.defaultLocale,
            untranslated: checker.untranslatedPosts,
            isDev,
          }),
        }
      : {}),
    listRoutes: {
      home: relative(routeBasePath),
      tags: relative(routeBasePath, tagsBasePath),
      authors: relative(routeBasePath, authorsBasePath),
      page: pageBasePath,
    },
    untranslatedShown: checker.untranslatedPosts === 'notice',
    ...(problems ? {problems} : {}),
  };
}
