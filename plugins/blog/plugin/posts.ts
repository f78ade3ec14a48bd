/**
 * What the plugin does to the posts the blog plugin loaded, in order (its
 * `processBlogPosts`): posts that exist only in the locale's folder join them,
 * tags written by their label resolve, each post gets its language and its
 * date as the page prints it, the site's own `processBlogPosts` runs, and the
 * posts that get a social card point at it.
 */
import type {BlogPost, PluginOptions as BlogPluginOptions} from '@docusaurus/plugin-content-blog';
import type {PostWithExtras} from '../client/types';
import {loadLocaleOnlyPosts, withLanguages} from './localizedPosts';
import type {PluginSetup} from './setup';
import type {SiteCheck} from './siteCheck';
import {resolveInlineTags} from './tags';

type ProcessBlogPosts = NonNullable<BlogPluginOptions['processBlogPosts']>;

export interface PostSteps {
  setup: PluginSetup;
  check: SiteCheck;
  /** The options the blog plugin loads with (read when posts are processed). */
  readerOptions: BlogPluginOptions;
  /** The last step: social cards (plugin/cards.ts). */
  withCards: (posts: BlogPost[]) => Promise<BlogPost[]>;
}

export function processPosts({setup, check, readerOptions, withCards}: PostSteps): ProcessBlogPosts {
  const {context, checker, blogOptions, blogFolder, pageDate} = setup;
  const {currentLocale, defaultLocale} = context.i18n;
  const siteProcess = blogOptions.processBlogPosts;

  async function withLocaleOnlyPosts(posts: BlogPost[]): Promise<BlogPost[]> {
    const localeOnly =
      currentLocale === defaultLocale ? [] : (check.locales?.localeOnly(currentLocale, defaultLocale) ?? []);
    if (!localeOnly.length) return posts;
    const all = [...posts, ...(await loadLocaleOnlyPosts(context, readerOptions, localeOnly))];
    all.sort((a, b) => b.metadata.date.getTime() - a.metadata.date.getTime());
    if (readerOptions.sortPosts === 'ascending') all.reverse();
    return all;
  }

  function withResolvedTags(posts: BlogPost[]): BlogPost[] {
    const registry = check.last?.facts.tags[currentLocale];
    return registry ? posts.map((post) => resolveInlineTags(post, registry, setup.tagsBase)) : posts;
  }

  const withDates = (posts: PostWithExtras<BlogPost>[]): PostWithExtras<BlogPost>[] =>
    posts.map((post) => ({...post, metadata: {...post.metadata, formattedDate: pageDate.format(post.metadata.date)}}));

  return async (params) => {
    const posts = withDates(
      withLanguages(withResolvedTags(await withLocaleOnlyPosts(params.blogPosts)), {
        context,
        blogFolder,
        untranslated: checker.untranslatedPosts,
        localesOf: (relativePath) => check.locales?.localesOf(relativePath) ?? [],
      }),
    );
    const processed = siteProcess ? ((await siteProcess({...params, blogPosts: posts})) ?? posts) : posts;
    return withCards(processed);
  };
}
