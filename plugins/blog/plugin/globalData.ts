/** The plugin's global data (client/types.ts `BlogGlobalData`), which every page can read. */
import type {BlogPost} from '@docusaurus/plugin-content-blog';
import type {BlogGlobalData, PostProblems, PostWithExtras} from '../client/types';
import {postLanguages} from './localizedPosts';
import type {PluginSetup} from './setup';

export function blogGlobalData(
  {digits, context}: PluginSetup,
  posts: readonly PostWithExtras<BlogPost>[],
  problems?: Record<string, PostProblems>,
): BlogGlobalData {
  return {digits, ...postLanguages(posts, context.i18n), ...(problems ? {problems} : {})};
}
