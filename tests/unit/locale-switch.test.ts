import {describe, expect, it} from 'vitest';
import {switchTarget, type SwitchParams} from '../../plugins/blog/client/localeSwitch';
import type {BlogGlobalData, LocaleLists} from '../../plugins/blog/client/types';
import {onlyDiffering} from '../../plugins/blog/plugin/localeLists';

const data: BlogGlobalData = {
  listRoutes: {home: '', tags: 'tags', authors: 'authors', page: 'page'},
  lists: {
    en: {'': 2, 'tags/ai': 1, 'authors/lark': 2},
    ar: {'': 3, 'tags/ai': 2, 'tags/arabic': 1, 'authors/lark': 3, 'authors/nour': 1},
  },
  restricted: {
    '/ar/2025/04/10/arabic-only': {locales: ['ar']},
    '/2025/04/20/english-only': {locales: ['en']},
    '/ar/2025/04/20/english-only': {locales: ['en'], canonical: 'https://x.org/2025/04/20/english-only'},
  },
  untranslatedShown: true,
};

const from = (
  path: string,
  target: string,
  locale = target === 'en' ? 'ar' : 'en',
): ReturnType<typeof switchTarget> => {
  const params: SwitchParams = {
    path,
    permalink: `${locale === 'en' ? '' : `/${locale}`}/${path}`.replace(/\/$/, '') || '/',
    target,
    defaultLocale: 'en',
    data,
  };
  return switchTarget(params);
};

describe('the language switch', () => {
  it('keeps the page where it exists in the other locale', () => {
    expect(from('2025/01/29/translated', 'en')).toEqual({path: '2025/01/29/translated'});
    expect(from('page/2', 'en')).toEqual({path: 'page/2'});
    expect(from('tags/ai/page/2', 'ar')).toEqual({path: 'tags/ai/page/2'});
    expect(from('archive', 'en')).toEqual({path: 'archive'});
  });

  it('leads from a post with no version in the other locale to its list of posts', () => {
    expect(from('2025/04/10/arabic-only', 'en')).toEqual({path: '', fallback: 'post'});
  });

  it('leads from an untranslated post to its original, and to the untranslated copy in the other direction', () => {
    expect(from('2025/04/20/english-only', 'en')).toEqual({path: '2025/04/20/english-only'});
    expect(from('2025/04/20/english-only', 'ar')).toEqual({path: '2025/04/20/english-only'});
    expect(switchTarget({...paramsOf('2025/04/20/english-only'), data: {...data, untranslatedShown: false}})).toEqual({
      path: '',
      fallback: 'post',
    });
  });

  it('leads from a list page past the last page of the other locale to the first page of its list', () => {
    expect(from('page/3', 'en')).toEqual({path: '', fallback: 'page'});
    expect(from('tags/ai/page/2', 'en')).toEqual({path: 'tags/ai', fallback: 'page'});
    expect(from('authors/lark/page/3', 'en')).toEqual({path: 'authors/lark', fallback: 'page'});
  });

  it('leads from a tag or author with no post in the other locale to the tags or authors index', () => {
    expect(from('tags/arabic', 'en')).toEqual({path: 'tags', fallback: 'tag'});
    expect(from('authors/nour', 'en')).toEqual({path: 'authors', fallback: 'author'});
  });

  it("leads from the 404 page of an unknown URL to each locale's home, its own too", () => {
    for (const target of ['en', 'ar'])
      expect(switchTarget({...paramsOf('no-such-page'), target, notFound: true})).toEqual({
        path: '',
        fallback: 'notFound',
      });
  });
});

describe('the lists every page carries for the switch', () => {
  const full: Record<string, LocaleLists> = {
    en: {'': 4, 'tags/ai': 2, 'tags/web': 1, 'tags/english': 1, 'authors/lark': 3, 'authors/nour': 1},
    ar: {'': 4, 'tags/ai': 3, 'tags/web': 1, 'tags/arabic': 1, 'authors/lark': 3, 'authors/nour': 1},
    fa: {'': 4, 'tags/ai': 2, 'tags/web': 1, 'authors/lark': 3, 'authors/nour': 2},
  };

  it('keep only the lists whose pages differ between locales, or that a locale lacks', () => {
    expect(onlyDiffering(full)).toEqual({
      en: {'tags/ai': 2, 'tags/english': 1, 'authors/nour': 1},
      ar: {'tags/ai': 3, 'tags/arabic': 1, 'authors/nour': 1},
      fa: {'tags/ai': 2, 'authors/nour': 2},
    });
    const whole = Object.fromEntries(['en', 'ar', 'fa', 'ru', 'ja'].map((l) => [l, {'': 9, 'tags/ai': 3}]));
    expect(onlyDiffering(whole)).toEqual(Object.fromEntries(Object.keys(whole).map((l) => [l, {}])));
  });

  it('lead every list page where the whole lists lead it', () => {
    const kept = onlyDiffering(full);
    const locales = Object.keys(full);
    let compared = 0;
    for (const from of locales)
      for (const [base, pages] of Object.entries(full[from]!))
        for (let page = 1; page <= pages; page++) {
          const path = page === 1 ? base : `${base ? `${base}/` : ''}page/${page}`;
          for (const target of locales) {
            const params: SwitchParams = {path, permalink: `/${path}`, target, defaultLocale: 'en', data};
            expect(switchTarget({...params, data: {...data, lists: kept}}), `${from} ${path} → ${target}`).toEqual(
              switchTarget({...params, data: {...data, lists: full}}),
            );
            compared += 1;
          }
        }
    expect(compared).toBe(3 * (4 + 2 + 1 + 1 + 3 + 1) + 3 * (4 + 3 + 1 + 1 + 3 + 1) + 3 * (4 + 2 + 1 + 3 + 2));
  });
});

function paramsOf(path: string): SwitchParams {
  return {path, permalink: `/${path}`, target: 'ar', defaultLocale: 'en', data};
}
