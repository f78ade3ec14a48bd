/**
 * The language identifications of earlier runs, kept by a hash of each text in
 * node_modules/.cache/qalam-language/ of the site or the nearest folder above
 * it with node_modules (where its packages resolve from), one file per site,
 * so that a check identifies only what changed. A site with no node_modules
 * above it gets no cache. The only disk I/O of language identification.
 */
import {createHash} from 'node:crypto';
import {mkdir, readFile, rename, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {exists} from '../../shared/files';
import type {Identified} from './identify';
import {languageStore, type LanguageStore, type LanguageUse} from './postLanguages';

const FOLDER = 'node_modules/.cache/qalam-language';
/** Bumped when identification changes: older caches are then ignored. */
const VERSION = 2;

/** The cache file of a site, or undefined when no node_modules holds it. */
export function languageCacheFile(siteDir: string): string | undefined {
  const site = path.resolve(siteDir);
  const name = `${createHash('sha1').update(site).digest('hex').slice(0, 12)}-v${VERSION}.json`;
  for (let dir = site; ; dir = path.dirname(dir)) {
    if (exists(path.join(dir, 'node_modules'))) return path.join(dir, FOLDER, name);
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** A store filled from the cache, if the site has one. */
export async function loadLanguageStore(siteDir: string): Promise<LanguageStore> {
  const known = new Map<string, Identified>();
  const file = languageCacheFile(siteDir);
  if (!file) return languageStore(known);
  try {
    const read: unknown = JSON.parse(await readFile(file, 'utf8'));
    if (read && typeof read === 'object')
      for (const [key, value] of Object.entries(read)) if (isIdentified(value)) known.set(key, value);
  } catch {
    // No cache yet, or an unreadable one: identify again.
  }
  return languageStore(known);
}

/** Writes what this run identified, when it changed and there is a node_modules to keep it in. */
export async function saveLanguageStore(siteDir: string, store: LanguageUse | undefined): Promise<void> {
  const file = store?.changed ? languageCacheFile(siteDir) : undefined;
  if (!store || !file) return;
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
