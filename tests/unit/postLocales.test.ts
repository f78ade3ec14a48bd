import {describe, expect, it} from 'vitest';
import {postLocales} from '../../plugins/blog/plugin/localizedPosts';

const checked = (pairs: [string, string][]) => pairs.map(([locale, relativePath]) => ({post: {locale, relativePath}}));

describe('postLocales', () => {
  const index = postLocales(
    checked([
      ['ar', 'a.md'],
      ['en', 'a.md'],
      ['en', 'only-en.md'],
      ['ar', 'only-ar.md'],
      ['fa', 'only-ar.md'],
      ['fa', 'only-fa.md'],
    ]),
    ['en', 'ar', 'fa'],
  );

  it("gives the locales a post exists in, in the site's order", () => {
    expect(index.localesOf('a.md')).toEqual(['en', 'ar']);
    expect(index.localesOf('only-ar.md')).toEqual(['ar', 'fa']);
    expect(index.localesOf('missing.md')).toEqual([]);
  });

  it('gives the files of a locale with no counterpart in the default locale', () => {
    expect(index.localeOnly('ar', 'en')).toEqual(['only-ar.md']);
    expect(index.localeOnly('fa', 'en')).toEqual(['only-ar.md', 'only-fa.md']);
    expect(index.localeOnly('en', 'en')).toEqual([]);
  });
});
