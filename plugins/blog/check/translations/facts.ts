/** What the translation rules need from disk, read once per check: the language cache and git's history. */
import type {FileHistory} from './history';
import {loadHistory} from './history';
import {loadLanguageStore, saveLanguageStore} from './languageCache';
import type {LanguageStore} from './postLanguages';

export interface TranslationFacts {
  /** Language identifications, from the cache of earlier runs. */
  languages: LanguageStore;
  /** When each post changed, from git; undefined outside git. */
  history?: FileHistory;
}

export async function loadTranslationFacts(siteDir: string, blogFolder: string): Promise<TranslationFacts> {
  const [languages, history] = await Promise.all([
    loadLanguageStore(siteDir),
    loadHistory(siteDir, [blogFolder, 'i18n']),
  ]);
  return {languages, ...(history ? {history} : {})};
}

export const saveTranslationFacts = (siteDir: string, facts: Partial<TranslationFacts>): Promise<void> =>
  saveLanguageStore(siteDir, facts.languages);
