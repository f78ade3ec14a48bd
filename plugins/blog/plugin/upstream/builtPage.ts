/**
 * The HTML file Docusaurus 3.10.2 writes a route's page to, for what reads or
 * rewrites built pages after the build (the search index, the Arabic font's
 * preload). Core decides it in `writeStaticFile` of its lib/ssg/ssgUtils.js,
 * which no public entry exports, so its rule is copied here:
 *
 * - The route's path is used as it is, never decoded: `/a%20b` is written to
 *   `a%20b/index.html`, `/مرحبا` to `مرحبا/index.html`.
 * - The baseUrl is taken off by a RegExp of its text, unescaped: a baseUrl with
 *   a `+` or `(` matches its own routes differently, and their pages go where
 *   core puts them, under a folder of the baseUrl's name.
 * - A path ending in `.html` or `.htm` is the file itself; any other is
 *   `x/index.html`, or `x.html` when `trailingSlash` is false and the path does
 *   not end with `/`.
 *
 * tests/unit/upstream-premises.test.ts has core's own `writeStaticFile` write
 * pages and checks that each is the file named here.
 */
import path from 'node:path';

export type BuiltPageParams = {
  /** The locale's output folder. */
  outDir: string;
  /** The locale's baseUrl. */
  baseUrl: string;
  /** The route's path as the build renders it: with the baseUrl, and the site's trailingSlash applied. */
  pathname: string;
  /** The site config's `trailingSlash`. */
  trailingSlash: boolean | undefined;
};

/** The file Docusaurus writes the page of a route to. */
export function builtPage({outDir, baseUrl, pathname, trailingSlash}: BuiltPageParams): string {
  // Core's own expression, unescaped baseUrl and all: the same file for every baseUrl.
  const route = baseUrl === '/' ? pathname : pathname.replace(new RegExp(`^${baseUrl}`), '/');
  const file = route.replace(/^[/\\]/, '');
  if (/\.html?$/i.test(file)) return path.join(outDir, file);
  const folder = trailingSlash === undefined || trailingSlash || route === '' || route.endsWith('/');
  return path.join(outDir, folder ? path.join(file, 'index.html') : `${file}.html`);
}
