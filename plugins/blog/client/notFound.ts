/**
 * Whether the page is the site's 404 page: Docusaurus renders it for any URL
 * that none of the site's routes matches (its catch-all `*` route, also
 * built as 404.html). The language switch reads it, since no page exists at
 * that URL in any locale.
 */
import routes from '@generated/routes';
import {matchPath, useLocation} from '@docusaurus/router';
import {routeMatcher} from './routeMatcher';

const isPage = routeMatcher(routes, matchPath);

export function isNotFound(pathname: string): boolean {
  return !isPage(pathname);
}

export function useIsNotFound(): boolean {
  return isNotFound(useLocation().pathname);
}
