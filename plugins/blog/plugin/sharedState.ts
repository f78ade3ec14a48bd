/**
 * State shared by every instance of the plugin in one process. Docusaurus
 * loads the plugin's module afresh for each locale it builds and each reload
 * of the dev server (entry.ts keeps one for the whole `docusaurus build`
 * command, not for the dev server or Docusaurus's API in another program), so
 * a variable of the module may exist once per locale: this state lives on
 * globalThis, under one name, so that every copy of the module finds it.
 */
import type {CheckResult} from '../check';
import type {SitemapPosts} from './sitemap';

export interface SharedState {
  /** The last report printed per site: one report per build, not one per locale. */
  readonly printed: Map<string, string>;
  /** A build's check of the whole site (by site, blog folder and options), shared by its locales. */
  readonly buildChecks: Map<string, Promise<CheckResult>>;
  /** Each locale's posts as its sitemap lists them (plugin/sitemap.ts), by site URL and base URL. */
  readonly sitemapPosts: Map<string, SitemapPosts>;
  /** Whether the build's process already ends when it is done (plugin/upstream/buildCommand.ts). */
  exitsWhenBuilt: boolean;
}

declare global {
  /** The holder of the plugin's state on globalThis (`var` is how a global is declared). */
  var qalamBlogShared: SharedState | undefined;
}

export const shared: SharedState = (globalThis.qalamBlogShared ??= {
  printed: new Map(),
  buildChecks: new Map(),
  sitemapPosts: new Map(),
  exitsWhenBuilt: false,
});
