/**
 * The plugin's own strings in the languages it ships: every string in every
 * language, its placeholders kept, and the language it falls back to marked
 * where neither the site nor the plugin translates them.
 */
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import type {LoadContext} from '@docusaurus/types';
import {describe, expect, it} from 'vitest';
import {shippedTranslations, STRING_IDS, stringsLanguage} from '../../plugins/blog/plugin/translations';
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
    expect(Object.keys(messages).sort()).toEqual([...STRING_IDS].sort());
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
    for (const id of STRING_IDS) expect(shipped[id], id).toBe(site[id]!.message);
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
