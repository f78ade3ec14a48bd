import type {PostInput, SiteFacts} from '../../plugins/blog/check/context';
import {parsePost} from '../../plugins/blog/check/parse';

/** A post of a site at /site, from its text, as the loader would give it. */
export function post(text: string, locale = 'en', relativePath = '2025-01-01-post.md'): PostInput {
  const folder = locale === 'en' ? 'blog' : `i18n/${locale}/docusaurus-plugin-content-blog`;
  return {
    file: `${folder}/${relativePath}`,
    absolutePath: `/site/${folder}/${relativePath}`,
    locale,
    relativePath,
    parsed: parsePost(new TextEncoder().encode(text)),
    fileDate: relativePath.slice(0, 10),
  };
}

/** Site facts with empty registries, overridden where a test needs it. */
export function siteFacts(overrides: Partial<SiteFacts> = {}): SiteFacts {
  return {
    siteDir: '/site',
    defaultLocale: 'en',
    locales: ['en', 'ar'],
    tags: {},
    authors: {},
    images: new Map(),
    blogFolder: 'blog/',
    staticDirs: ['/site/static'],
    settings: {required: [], socialCards: false},
    ...overrides,
  };
}
