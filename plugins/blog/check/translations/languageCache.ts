/**
 * The language identifications of earlier runs, kept in the site's
 * node_modules/.cache/qalam-language/ by a hash of each text, so that a check
 * identifies only what changed. A site without node_modules gets no cache.
 * The only disk I/O of language identification.
 */
import {mkdir, readFile, rename, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {exists} from '../../shared/files';
import type {Identified} from './identify';
import {languageStore, type LanguageStore} from './postLanguages';

const FOLDER = 'node_modules/.cache/qalam-language';
/** Bumped when identification changes: older caches are then ignored. */
const VERSION = 1;

const fileOf = (siteDir: string) => path.join(siteDir, FOLDER, `identified-v${VERSION}.json`);

/** A store filled from the cache, if the site has one. */
export async function loadLanguageStore(siteDir: string): Promise<LanguageStore> {
  const known = new Map<string, Identified>();
  try {
    const read: unknown = JSON.parse(await readFile(fileOf(siteDir), 'utf8'));
    if (read && typeof read === 'object')
      for (const [key, value] of Object.entries(read)) if (isIdentified(value)) known.set(key, value);
  } catch {
    // No cache yet, or an unreadable one: identify again.
  }
  return languageStore(known);
}

/** Writes what this run identified, when it changed and the site has node_modules. */
export async function saveLanguageStore(siteDir: string, store: LanguageStore | undefined): Promise<void> {
  if (!store?.changed || !exists(path.join(siteDir, 'node_modules'))) return;
  const file = fileOf(siteDir);
  try {
    await mkdir(path.dirname(file), {recursive: true});
    const temporary = `${file}.${process.pid}.tmp`;
    await writeFile(temporary, JSON.stringify(store.used()));
    await rename(temporary, file);
  } catch {
    // A cache that cannot be written costs time on the next run, nothing else.
  }
}

const isIdentified = (value: unknown): value is Identified =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Identified).letters === 'number' &&
  Array.isArray((value as Identified).scores);
