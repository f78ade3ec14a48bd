/**
 * Whether a URL is one of the site's pages (client/routeMatcher.ts, read by
 * the language switch to tell the 404 page): the same answer as matching it
 * against every route with react-router's matchPath, as Docusaurus's router does.
 */
// The matchPath that @docusaurus/router gives a site's client bundle.
import {matchPath} from '@docusaurus/core/lib/client/exports/router.js';
import {expect, it} from 'vitest';
import {routeMatcher, type MatchedRoute} from '../../plugins/blog/client/routeMatcher';

const everyRoute = (routes: readonly MatchedRoute[], pathname: string) =>
  routes.some(
    (route) =>
      route.path !== '*' && matchPath(pathname, {path: route.path, exact: route.exact, strict: route.strict}) !== null,
  );

const ROUTES: MatchedRoute[] = [
  {path: '/', exact: true},
  {path: '/ar/', exact: true},
  {path: '/2025/01/29/deepseek', exact: true},
  {path: '/tags/ai/', exact: true},
  {path: '/strict', exact: true, strict: true},
  {path: '/strict-slash/', exact: true, strict: true},
  {path: '/ar/tags/ذكاء-اصطناعي', exact: true},
  {path: '/a%20b', exact: true},
  {path: '/page.html', exact: true},
  {path: '/authors/:author', exact: true},
  {path: '/docs', exact: false},
  {path: '/files/(.*)', exact: true},
  {path: '/a+b', exact: true},
  {path: '*'},
];

it('finds a page exactly as matching every route does', () => {
  const isPage = routeMatcher(ROUTES, matchPath);
  const urls = [
    ...ROUTES.map((route) => route.path),
    ...ROUTES.flatMap((route) => [`${route.path}/`, route.path.replace(/\/$/, ''), route.path.toUpperCase()]),
    '/nothing',
    '/2025/01/29/deepseek/more',
    '/authors/lark',
    '/authors/lark/',
    '/authors',
    '/docs/intro',
    '/docsx',
    '/files/x/y',
    '/aab',
    '/a+b',
    '/strict/',
    '/strict-slash',
    '/strict-slash//',
    '/tags/ai',
    '/tags/ai//',
    '',
    '/ar',
    '/AR/',
  ];
  for (const url of urls) expect([url, isPage(url)]).toEqual([url, everyRoute(ROUTES, url)]);
  // What a 404 page and a page look like to it.
  expect(isPage('/nothing')).toBe(false);
  expect(isPage('/2025/01/29/deepseek/')).toBe(true);
});

it('finds no page where the only route is the catch-all', () => {
  expect(routeMatcher([{path: '*'}], matchPath)('/')).toBe(false);
  expect(routeMatcher([], matchPath)('/')).toBe(false);
});
