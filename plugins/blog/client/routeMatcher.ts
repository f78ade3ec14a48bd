/**
 * Whether a URL is one of the site's pages as Docusaurus's router decides it:
 * some route, the catch-all `*` aside, matches it (react-router's matchPath).
 * Matching every route for every page is a pass over all of them per page: at
 * 1,000 posts, 1.2 s of a locale's page rendering at build time (it grows with
 * the square of the blog), and again in the browser at each navigation. Most
 * routes are exact and of a fixed path, and a page's URL is its route's path:
 * such URLs are found in a set (the path with and without its trailing slash,
 * as matchPath reads them).
 * Any other URL (a 404, a route with parameters, another case) is matched
 * against every route, as before.
 */
import type {matchPath} from '@docusaurus/router';

export interface MatchedRoute {
  path: string;
  exact?: boolean;
  strict?: boolean;
}

/** What makes a route path a pattern for path-to-regexp 1 (react-router 5's): parameters, groups, wildcards, escapes, modifiers. */
const PATTERN = /[:(*\\?+]/;

/** `match`: the router's matchPath (a parameter, so that it is the one the site's client bundle has). */
export function routeMatcher(routes: readonly MatchedRoute[], match: typeof matchPath): (pathname: string) => boolean {
  const fixed = new Set<string>();
  for (const {path, exact, strict} of routes) {
    if (path === '*' || !exact || PATTERN.test(path)) continue;
    fixed.add(path);
    if (!strict) {
      const bare = path.endsWith('/') ? path.slice(0, -1) : path;
      fixed.add(bare);
      fixed.add(`${bare}/`);
    }
  }
  return (pathname) =>
    fixed.has(pathname) ||
    routes.some(
      (route) =>
        route.path !== '*' && match(pathname, {path: route.path, exact: route.exact, strict: route.strict}) !== null,
    );
}
