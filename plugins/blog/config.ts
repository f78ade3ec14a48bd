/**
 * What a site's docusaurus.config imports of the plugin: the sitemap's items,
 * the page template and the type of the plugin's options. Apart from the
 * plugin itself (entry.ts, index.ts), which loads all of it: the commands
 * load the config only to read the site's options, and loading the plugin's
 * source with it took 0.8 s of every `npm run check`.
 */
export {createSitemapItems} from './plugin/sitemap';
export {ssrTemplate} from './plugin/upstream/pageTemplate';
export type {Options} from './plugin/setup';
