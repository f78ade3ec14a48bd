/**
 * The only module that reads posts and registries from disk: every locale's
 * blog folder, tags.yml and authors.yml. Everything after it is pure.
 */
import {readdir, readFile} from 'node:fs/promises';
import path from 'node:path';
import {isMap, isScalar, parseDocument} from 'yaml';
import type {AuthorEntry, PostInput, TagEntry} from './context';
import {parsePost} from './parse';
import type {Finding} from './rules';

export const BLOG_PLUGIN_FOLDER = 'docusaurus-plugin-content-blog';

export interface SiteLayout {
  siteDir: string;
  defaultLocale: string;
  /** All locales, the default one included. */
  locales: string[];
  /** The default locale's blog folder, relative to the site. */
  blogPath: string;
  staticDirs: string[];
  tagsFile: string;
  authorsFile: string;
}

export interface RegistryProblem {
  file: string;
  locale: string;
  source: string;
  finding: Finding & {range: NonNullable<Finding['range']>};
}

export interface LoadedSite {
  layout: SiteLayout;
  posts: PostInput[];
  tags: Record<string, Map<string, TagEntry>>;
  authors: Record<string, Map<string, AuthorEntry>>;
  registryProblems: RegistryProblem[];
}

/** Locales that have a translated blog folder, when the site config is unknown. */
export async function discoverLocales(siteDir: string): Promise<string[]> {
  try {
    const entries = await readdir(path.join(siteDir, 'i18n'), {withFileTypes: true});
    const found: string[] = [];
    for (const entry of entries) {
      if (!entry.isDirectory()) continue;
      try {
        await readdir(path.join(siteDir, 'i18n', entry.name, BLOG_PLUGIN_FOLDER));
        found.push(entry.name);
      } catch {
        // no blog folder for this locale
      }
    }
    return found.sort();
  } catch {
    return [];
  }
}

export function blogFolder(layout: SiteLayout, locale: string): string {
  return locale === layout.defaultLocale
    ? path.resolve(layout.siteDir, layout.blogPath)
    : path.join(layout.siteDir, 'i18n', locale, BLOG_PLUGIN_FOLDER);
}

// Docusaurus's defaults: files and folders starting with _ are not posts.
const isPostFile = (rel: string) =>
  /\.mdx?$/.test(rel) && !rel.split('/').some((part) => part.startsWith('_') || part === '__tests__') && !/\.test\.mdx?$/.test(rel);

const FILE_DATE = /(?:^|\/)(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[-/]|$)/;

export function fileDateOf(relativePath: string): string | undefined {
  const m = FILE_DATE.exec(relativePath);
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : undefined;
}

async function listPosts(folder: string): Promise<string[]> {
  try {
    const entries = await readdir(folder, {recursive: true, withFileTypes: true});
    return entries
      .filter((e) => e.isFile())
      .map((e) => path.relative(folder, path.join(e.parentPath ?? (e as {path?: string}).path ?? folder, e.name)).split(path.sep).join('/'))
      .filter(isPostFile)
      .sort();
  } catch {
    return [];
  }
}

/** Reads many files with a bounded number in flight. */
async function readAll(files: string[], limit = 64): Promise<Buffer[]> {
  const out = new Array<Buffer>(files.length);
  let next = 0;
  await Promise.all(
    Array.from({length: Math.min(limit, files.length)}, async () => {
      while (next < files.length) {
        const i = next++;
        out[i] = await readFile(files[i]!);
      }
    }),
  );
  return out;
}

export async function loadSite(layout: SiteLayout): Promise<LoadedSite> {
  const rel = (abs: string) => path.relative(layout.siteDir, abs).split(path.sep).join('/');
  const registryProblems: RegistryProblem[] = [];
  const posts: PostInput[] = [];
  const tags: Record<string, Map<string, TagEntry>> = {};
  const authors: Record<string, Map<string, AuthorEntry>> = {};

  const defaultFolder = blogFolder(layout, layout.defaultLocale);
  const defaultTags = await loadRegistry(path.join(defaultFolder, layout.tagsFile), layout.defaultLocale, 'tags', rel, registryProblems);
  const defaultAuthors = await loadRegistry(path.join(defaultFolder, layout.authorsFile), layout.defaultLocale, 'authors', rel, registryProblems);

  for (const locale of layout.locales) {
    const folder = blogFolder(layout, locale);
    if (locale === layout.defaultLocale) {
      tags[locale] = toTags(defaultTags);
      authors[locale] = toAuthors(defaultAuthors);
    } else {
      const localTags = await loadRegistry(path.join(folder, layout.tagsFile), locale, 'tags', rel, registryProblems);
      const localAuthors = await loadRegistry(path.join(folder, layout.authorsFile), locale, 'authors', rel, registryProblems);
      // Tags: the locale's labels over the default registry's keys. Authors: the
      // locale's entries merged over the default ones (Docusaurus replaces instead).
      tags[locale] = toTags(mergeEntries(defaultTags, localTags));
      authors[locale] = toAuthors(mergeEntries(defaultAuthors, localAuthors));
    }
    const files = await listPosts(folder);
    const absolute = files.map((f) => path.join(folder, f));
    const contents = await readAll(absolute);
    files.forEach((relativePath, i) => {
      posts.push({
        file: rel(absolute[i]!),
        absolutePath: absolute[i]!,
        locale,
        relativePath,
        parsed: parsePost(contents[i]!),
        fileDate: fileDateOf(relativePath),
      });
    });
  }
  return {layout, posts, tags, authors, registryProblems};
}

type RawEntries = Map<string, Record<string, unknown>>;

function mergeEntries(base: RawEntries, over: RawEntries): RawEntries {
  const merged = new Map(base);
  for (const [key, value] of over) merged.set(key, {...(base.get(key) ?? {}), ...value});
  return merged;
}

function toTags(entries: RawEntries): Map<string, TagEntry> {
  const out = new Map<string, TagEntry>();
  for (const [key, value] of entries) {
    out.set(key, {
      key,
      label: typeof value.label === 'string' ? value.label : key,
      permalink: typeof value.permalink === 'string' ? value.permalink : `/${key}`,
      description: typeof value.description === 'string' ? value.description : undefined,
    });
  }
  return out;
}

function toAuthors(entries: RawEntries): Map<string, AuthorEntry> {
  const out = new Map<string, AuthorEntry>();
  for (const [key, value] of entries) out.set(key, {key, name: typeof value.name === 'string' ? value.name : undefined});
  return out;
}

async function loadRegistry(
  file: string,
  locale: string,
  kind: 'tags' | 'authors',
  rel: (abs: string) => string,
  problems: RegistryProblem[],
): Promise<RawEntries> {
  let source: string;
  try {
    source = await readFile(file, 'utf8');
  } catch {
    return new Map();
  }
  const lines = source.split('\n');
  const pos = (offset: number) => {
    const before = source.slice(0, offset).split('\n');
    return {line: before.length, column: before.at(-1)!.length + 1};
  };
  const problem = (offset: number, end: number, message: string) => {
    const s = pos(offset);
    const e = pos(Math.max(end, offset + 1));
    problems.push({
      file: rel(file),
      locale,
      source,
      finding: {rule: 'registry-invalid', path: [], message, range: {line: s.line, column: s.column, endLine: e.line, endColumn: e.column}},
    });
  };
  const doc = parseDocument(source, {uniqueKeys: true, merge: false, prettyErrors: false});
  if (doc.errors.length) {
    for (const error of doc.errors.slice(0, 3)) problem(error.pos[0], error.pos[1], `${path.basename(file)} cannot be read: ${error.message.split('\n')[0]}`);
    return new Map();
  }
  const entries: RawEntries = new Map();
  if (doc.contents === null) return entries;
  if (!isMap(doc.contents)) {
    problem(0, lines[0]?.length ?? 1, `${path.basename(file)} must map each ${kind === 'tags' ? 'tag' : 'author'} key to its fields.`);
    return entries;
  }
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
    const range = (pair.key as unknown as {range?: number[]} | null)?.range ?? [0, 1];
    if (!key) {
      problem(range[0]!, range[1]!, `${path.basename(file)}: every key must be a plain string.`);
      continue;
    }
    const value = pair.value === null ? null : (pair.value as {toJSON?: () => unknown}).toJSON?.();
    if (value !== null && (typeof value !== 'object' || Array.isArray(value))) {
      problem(range[0]!, range[1]!, `${path.basename(file)}: "${key}" must be a mapping of fields (${kind === 'tags' ? 'label, permalink, description' : 'name, title, image_url'}).`);
      continue;
    }
    entries.set(key, (value ?? {}) as Record<string, unknown>);
  }
  return entries;
}
