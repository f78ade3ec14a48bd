/** The plugin's global data (client/types.ts `BlogGlobalData`), which every page can read. */
import type {BlogPost} from '@docusaurus/plugin-content-blog';
import type {BlogGlobalData, PostProblems, PostWithExtras} from '../client/types';
import {postLanguages} from './localizedPosts';
import type {PluginSetup} from './setup';
import {stringsLanguage} from './translations';

export function blogGlobalData(
  {digits, context}: PluginSetup,
  posts: readonly PostWithExtras<BlogPost>[],
  problems?: Record<string, PostProblems>,
): BlogGlobalData {
  const strings = stringsLanguage(context);
  return {
    digits,
    ...postLanguages(posts, context.i18n),
    ...(strings ? {stringsLanguage: strings} : {}),
    ...(problems ? {problems} : {}),
  };
}
