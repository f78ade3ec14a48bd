/** What the translation rules need from disk, read once per check: the language cache and git's history. */
import type {FileHistory} from './history';
import type {LanguageStore} from './postLanguages';

export interface TranslationFacts {
  /** Language identifications, from the cache of earlier runs. */
  languages: LanguageStore;
  /** When each post changed, from git; undefined outside git. */
  history?: FileHistory;
}
