/**
 * The plugin's own strings in the languages it ships: every string in every
 * language, its placeholders kept, and the language it falls back to marked
 * where neither the site nor the plugin translates them.
 */
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import type {LoadContext} from '@docusaurus/types';
import {describe, expect, it} from 'vitest';
import {pluralCategories, pluralForm} from '../../plugins/blog/client/digits';
import {
  shippedTranslations,
  STRING_IDS,
  stringsLanguage,
  THEME_PLURAL_IDS,
} from '../../plugins/blog/plugin/translations';
import {ROOT} from '../helpers/site';

/** The seed blog's 15 locales but English, and Hebrew and Urdu. */
const SHIPPED = ['ar', 'fa', 'es', 'fr', 'pt', 'tr', 'id', 'vi', 'ru', 'hi', 'th', 'ja', 'ko', 'zh', 'he', 'ur'];
const FOLDER = path.join(ROOT, 'plugins/blog/i18n/translations');

/** Only what stringsLanguage reads of Docusaurus's context. */
function context(currentLocale: string, codeTranslations: Record<string, string> = {}): LoadContext {
  const localeConfigs = {
    en: {htmlLang: 'en', direction: 'ltr'},
    ar: {htmlLang: 'ar', direction: 'rtl'},
  };
  return {i18n: {defaultLocale: 'en', currentLocale, localeConfigs}, codeTranslations} as unknown as LoadContext;
}

describe("the plugin's strings", () => {
  it('are shipped for exactly these languages', () => {
    expect(
      readdirSync(FOLDER)
        .map((f) => path.basename(f, '.json'))
        .sort(),
    ).toEqual([...SHIPPED].sort());
  });

  it.each(SHIPPED)('%s: every string, translated, with its placeholder', (locale) => {
    const messages = shippedTranslations(locale);
    expect(Object.keys(messages).sort()).toEqual([...STRING_IDS, ...THEME_PLURAL_IDS].sort());
    for (const id of STRING_IDS) expect(messages[id]!.trim(), id).not.toBe('');
    expect(messages['qalam.untranslated.notice']).toContain('{original}');
    // Not the English source left in place.
    expect(messages['qalam.untranslated.originalLink']).not.toBe('Read the original');
  });

  it("Arabic's are this site's own Arabic strings", () => {
    const site: Record<string, {message: string}> = JSON.parse(
      readFileSync(path.join(ROOT, 'i18n/ar/code.json'), 'utf8'),
    );
    const shipped = shippedTranslations('ar');
    for (const id of [...STRING_IDS, ...THEME_PLURAL_IDS].filter((id) => id in site))
      expect(shipped[id], id).toBe(site[id]!.message);
  });

  it.each(SHIPPED)(
    "%s: plural strings have one form per plural category of the language, in Intl's order",
    (locale) => {
      const messages = shippedTranslations(locale);
      for (const id of [...THEME_PLURAL_IDS, 'qalam.frontMatterProblems.count'])
        expect(messages[id]!.split('|'), `${locale} ${id}`).toHaveLength(pluralCategories(locale).length);
    },
  );

  it("count in the default locale's forms and rules where a locale falls back to its strings", () => {
    // Welsh: six plural categories, and no translation here. The English string is shown,
    // marked English, and its form chosen by English rules: Welsh's would read "1 problems".
    const language = stringsLanguage(context('cy'));
    expect(language).toEqual({lang: 'en', dir: 'ltr'});
    const english = '{count} problem|{count} problems';
    expect([0, 1, 2, 3, 6].map((n) => pluralForm(english, n, language!.lang).replace('{count}', String(n)))).toEqual([
      '0 problems',
      '1 problem',
      '2 problems',
      '3 problems',
      '6 problems',
    ]);
    expect(pluralForm(english, 1, 'cy')).toBe('{count} problems');
  });

  it('count problems in the forms of Russian, Arabic and Japanese', () => {
    const count = (locale: string, n: number) =>
      pluralForm(shippedTranslations(locale)['qalam.frontMatterProblems.count']!, n, locale).replace(
        '{count}',
        String(n),
      );
    expect([1, 2, 5, 21, 22, 25, 111].map((n) => count('ru', n))).toEqual([
      '1 проблема',
      '2 проблемы',
      '5 проблем',
      '21 проблема',
      '22 проблемы',
      '25 проблем',
      '111 проблем',
    ]);
    expect([0, 1, 2, 3, 11, 100].map((n) => count('ar', n))).toEqual([
      'لا مشكلات',
      'مشكلة واحدة',
      'مشكلتان',
      '3 مشكلات',
      '11 مشكلة',
      '100 مشكلة',
    ]);
    expect([0, 1, 2, 100].map((n) => count('ja', n))).toEqual([
      '0 件の問題',
      '1 件の問題',
      '2 件の問題',
      '100 件の問題',
    ]);
  });

  it('serve a regional locale by its language, but no simplified Chinese for traditional', () => {
    expect(shippedTranslations('pt-BR')).toEqual(shippedTranslations('pt'));
    expect(shippedTranslations('zh-Hans')).toEqual(shippedTranslations('zh'));
    expect(shippedTranslations('zh-Hant')).toEqual({});
    expect(shippedTranslations('zh-TW')).toEqual({});
    expect(shippedTranslations('de')).toEqual({});
  });

  it("are marked with the default locale's language where nobody translates them", () => {
    expect(stringsLanguage(context('de'))).toEqual({lang: 'en', dir: 'ltr'});
    expect(stringsLanguage(context('fa'))).toBeUndefined();
    expect(stringsLanguage(context('en'))).toBeUndefined();
    const site = Object.fromEntries(STRING_IDS.map((id) => [id, `${id} in German`]));
    expect(stringsLanguage(context('de', site))).toBeUndefined();
  });
});
