/**
 * The options the blog plugin itself runs with: the site's, with the plugin's
 * steps joined in. The blog plugin reads `exclude`, `tags` and
 * `processBlogPosts` from this object on every load, so the dev server can set
 * them per load (plugin/devServer.ts).
 */
import type {PluginOptions as BlogPluginOptions} from '@docusaurus/plugin-content-blog';
import remarkContinuousHeadings from './headings';
import type {PluginSetup} from './setup';
import {safeFeedItems} from './upstream/feedSafety';
import {readingTimeOption} from './upstream/readingTime';

export function readerOptionsOf({blogOptions, checker}: PluginSetup): BlogPluginOptions {
  return {
    ...blogOptions,
    // Unknown tags are the checker's to report, with a location and a fix.
    onInlineTags: 'ignore',
    // Before Docusaurus's plugins, so the table of contents gets the same levels (plugin/headings.ts).
    beforeDefaultRemarkPlugins:
      checker.headingLevels === 'continuous'
        ? blogOptions.beforeDefaultRemarkPlugins.concat([remarkContinuousHeadings])
        : blogOptions.beforeDefaultRemarkPlugins,
    // Front matter reaches the feeds as text, never as markup (plugin/upstream/feedSafety.ts).
    feedOptions: {...blogOptions.feedOptions, createFeedItems: safeFeedItems(blogOptions.feedOptions.createFeedItems)},
    // The site's reading time (Docusaurus's by default), counted in linear time (plugin/upstream/readingTime.ts).
    readingTime: readingTimeOption(blogOptions.readingTime),
  };
}
