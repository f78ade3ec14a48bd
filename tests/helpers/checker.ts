/**
 * The checker's pure path for one post, without a site on disk: parsePost, then
 * validate against a small in-memory site (tags ai and open-source, author lark,
 * one local image), as the build checks each post.
 */
import {validate, type CheckResult} from '../../plugins/blog/check';
import type {AuthorEntry, SiteFacts, TagEntry} from '../../plugins/blog/check/context';
import type {LoadedSite} from '../../plugins/blog/check/load';
import {DEFAULT_OPTIONS} from '../../plugins/blog/check/options';
import {parsePost} from '../../plugins/blog/check/parse';
import {combinedCoverage, loadCardFonts} from '../../plugins/blog/cards/fonts';

export async function memorySiteFacts(): Promise<SiteFacts> {
  const tags = new Map<string, TagEntry>([
    ['ai', {key: 'ai', label: 'AI', permalink: '/ai'}],
    ['open-source', {key: 'open-source', label: 'Open source', permalink: '/open-source'}],
  ]);
  const authors = new Map<string, AuthorEntry>([['lark', {key: 'lark', name: 'Lark'}]]);
  return {
    siteDir: '/site',
    defaultLocale: 'en',
    locales: ['en'],
    tags: {en: tags},
    authors: {en: authors},
    images: new Map([
      ['/site/static/img/cover.png', {exists: true, format: 'png', width: 1200, height: 630, size: 50_000}],
    ]),
    blogFolder: 'blog/',
    staticDirs: ['/site/static'],
    settings: {required: DEFAULT_OPTIONS.requiredFields, socialCards: true},
    cardCoverage: combinedCoverage(await loadCardFonts()),
  };
}

export function checkPostBytes(bytes: Uint8Array, facts: SiteFacts): CheckResult {
  const parsed = parsePost(bytes);
  const site: LoadedSite = {
    layout: {
      siteDir: '/site',
      defaultLocale: 'en',
      locales: ['en'],
      blogPath: 'blog',
      staticDirs: ['static'],
      tagsFile: 'tags.yml',
      authorsFile: 'authors.yml',
    },
    posts: [
      {
        file: 'blog/2025-01-01-post.md',
        absolutePath: '/site/blog/2025-01-01-post.md',
        locale: 'en',
        relativePath: '2025-01-01-post.md',
        parsed,
        fileDate: '2025-01-01',
      },
    ],
    tags: facts.tags as LoadedSite['tags'],
    authors: facts.authors as LoadedSite['authors'],
    registryProblems: [],
  };
  return validate(site, facts, DEFAULT_OPTIONS);
}
