/**
 * The only module that reads posts and registries from disk: every locale's
 * blog folder, tags.yml and authors.yml. Everything after it is pure.
 */
import {closeSync, constants, fstatSync, openSync, readdirSync, readSync} from 'node:fs';
import {readdir} from 'node:fs/promises';
import {irregularKind, readRegularFile} from './regularFile';
import path from 'node:path';
import {
  DEFAULT_I18N_DIR_NAME,
  DEFAULT_PLUGIN_ID,
  getPluginI18nPath,
  Globby,
  GlobExcludeDefault,
} from '@docusaurus/utils';
import {isAlias, isMap, isPair, isScalar, isSeq, parseDocument, visit, type Document, type Node, type Pair} from 'yaml';
import type {AuthorEntry, PostInput, TagEntry} from '../context';
import {routePathProblem} from '../rules/frontMatter';
import {invalidUtf8Offset, parseBorrowed, parsePost, type ParsedPost} from '../parse';
import {isInside, realPath} from '../parse/safeFrontMatter';
import {postFileUnsafe} from '../rules/postFile';
import {browserScheme, collisionKey, pathProblem, UNSAFE_SCHEMES} from '../rules/urls';
import {flowDepth} from '../parse/checkLimits';
import {MAX_DEPTH} from '../parse/limits';
import {yamlTooLarge} from '../rules/parsing';
import {fastRegistry, type RegistryRead} from './fastRegistry';
import {bodyImagesOutside} from './images';
import {staticProblems} from './staticFiles';
import {lineStarts, toPosition} from '../parse/positions';
import {registryInvalid} from '../rules/registryFiles';
import type {Finding, Range} from '../rules/rule';
import {bidiProblem, controlProblem, invisibleProblem} from '../rules/textSafety';
import {codePoint} from '../../shared/text';
import {authorsMapRefusals, tagsFileRefusals} from '../docusaurus/registries';

/** A registry above this size is refused unread: thousands of tags fit in far less. */
const MAX_REGISTRY_BYTES = 1024 * 1024;

/** Docusaurus's blog plugin, as its translations' folders are named: i18n/<locale>/<name>[-<id>]/. */
const BLOG_PLUGIN_NAME = 'docusaurus-plugin-content-blog';

/**
 * The blog plugin's default `include` (its DEFAULT_OPTIONS); its default
 * `exclude` is @docusaurus/utils's GlobExcludeDefault: files and folders
 * starting with _, __tests__ and *.test.{js,jsx,ts,tsx}.
 */
const DEFAULT_BLOG_INCLUDE: readonly string[] = ['**/*.{md,mdx}'];

export interface SiteLayout {
  siteDir: string;
  defaultLocale: string;
  /** All locales, the default one included. */
  locales: string[];
  /** The default locale's blog folder, relative to the site. */
  blogPath: string;
  /** The blog plugin instance's `id` (default 'default'): it names the translations' folders. */
  pluginId?: string;
  /** The blog's `include` globs, in each blog folder (default DEFAULT_BLOG_INCLUDE). */
  include?: readonly string[];
  /** The blog's `exclude` globs (default GlobExcludeDefault). */
  exclude?: readonly string[];
  staticDirs: string[];
  tagsFile: string;
  authorsFile: string;
  /**
   * Docusaurus's own blog plugin reads the posts, not this one: a tag is then
   * known by its key alone, written exactly, and a tag written out (label and
   * permalink) is inline, as Docusaurus has them.
   */
  docusaurusBlog?: boolean;
}

interface RegistryProblem {
  file: string;
  locale: string;
  source: string;
  range: Range;
  finding: Finding;
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
    const entries = await readdir(path.join(siteDir, DEFAULT_I18N_DIR_NAME), {withFileTypes: true});
    const found: string[] = [];
    for (const entry of entries) {
      if (!entry.isDirectory()) continue;
      try {
        await readdir(translationsFolder(siteDir, entry.name, DEFAULT_PLUGIN_ID));
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

/** A locale's folder of one blog instance's translations, as Docusaurus names it. */
function translationsFolder(siteDir: string, locale: string, pluginId: string): string {
  return getPluginI18nPath({
    localizationDir: path.join(siteDir, DEFAULT_I18N_DIR_NAME, locale),
    pluginName: BLOG_PLUGIN_NAME,
    pluginId,
  });
}

export function blogFolder(layout: SiteLayout, locale: string): string {
  return locale === layout.defaultLocale
    ? path.resolve(layout.siteDir, layout.blogPath)
    : translationsFolder(layout.siteDir, locale, layout.pluginId ?? DEFAULT_PLUGIN_ID);
}

const FILE_DATE = /(?:^|\/)(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[-/]|$)/;

export function fileDateOf(relativePath: string): string | undefined {
  const m = FILE_DATE.exec(relativePath);
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : undefined;
}

/**
 * The posts of one blog folder, as the blog plugin finds them: its own glob
 * with the blog's include and exclude, relative to the folder.
 */
async function listPosts(folder: string, layout: SiteLayout): Promise<string[]> {
  try {
    const files = await Globby([...(layout.include ?? DEFAULT_BLOG_INCLUDE)], {
      cwd: folder,
      ignore: [...(layout.exclude ?? GlobExcludeDefault)],
    });
    return files.sort();
  } catch {
    return [];
  }
}

/**
 * The .md and .mdx files under a folder: enough to tell a large blog from a
 * small one before reading it. Walked folder by folder: Node's recursive
 * readdirSync takes a tenth of a second over 5,000 files.
 */
export function countPostFiles(folder: string): number {
  let count = 0;
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, {withFileTypes: true})) {
      if (entry.isDirectory()) walk(path.join(dir, entry.name));
      else if (/\.mdx?$/.test(entry.name)) count++;
    }
  };
  try {
    walk(folder);
    return count;
  } catch {
    // No folder, or one that cannot be read: the check says so.
    return 0;
  }
}

/**
 * `keep` sees each post as it is read and returns what the site keeps of it
 * (check/retained.ts lets go of the bytes of posts no check will read again).
 */
export async function loadSite(
  layout: SiteLayout,
  keep: (post: PostInput) => PostInput = (post) => post,
): Promise<LoadedSite> {
  // Posts lie under the site folder: their path after it, without path.relative's work for each.
  const inSite = layout.siteDir.endsWith(path.sep) ? layout.siteDir : layout.siteDir + path.sep;
  const rel = (abs: string) => {
    const relative = abs.startsWith(inSite) ? abs.slice(inSite.length) : path.relative(layout.siteDir, abs);
    // Once per post: no array of its segments where the system's separator is already '/'.
    return path.sep === '/' ? relative : relative.split(path.sep).join('/');
  };
  const registryProblems: RegistryProblem[] = [];
  const siteRoot = realPath(layout.siteDir);
  const realPostPath = realPaths(siteRoot);
  const posts: PostInput[] = [];
  const tags: Record<string, Map<string, TagEntry>> = {};
  const authors: Record<string, Map<string, AuthorEntry>> = {};

  const defaultFolder = blogFolder(layout, layout.defaultLocale);
  const defaultTags = await loadRegistry(
    path.join(defaultFolder, layout.tagsFile),
    layout.defaultLocale,
    'tags',
    rel,
    registryProblems,
  );
  const defaultAuthors = await loadRegistry(
    path.join(defaultFolder, layout.authorsFile),
    layout.defaultLocale,
    'authors',
    rel,
    registryProblems,
  );

  registryProblems.push(...staticProblems(layout.siteDir, layout.staticDirs, layout.defaultLocale));

  // A locale without registries of its own shares the default locale's (one
  // map for all of them: a registry of 100,000 tags is not copied per locale).
  let defaultTagMap: Map<string, TagEntry> | undefined;
  let defaultAuthorMap: Map<string, AuthorEntry> | undefined;
  for (const locale of layout.locales) {
    const folder = blogFolder(layout, locale);
    if (locale === layout.defaultLocale) {
      tags[locale] = defaultTagMap ??= toTags(defaultTags);
      authors[locale] = defaultAuthorMap ??= toAuthors(defaultAuthors);
    } else {
      const localTags = await loadRegistry(path.join(folder, layout.tagsFile), locale, 'tags', rel, registryProblems);
      const localAuthors = await loadRegistry(
        path.join(folder, layout.authorsFile),
        locale,
        'authors',
        rel,
        registryProblems,
      );
      // Tags: the locale's labels over the default registry's keys. Authors: the
      // locale's entries merged over the default ones (Docusaurus replaces instead).
      tags[locale] = localTags.size
        ? toTags(mergeEntries(defaultTags, localTags))
        : (defaultTagMap ??= toTags(defaultTags));
      authors[locale] = localAuthors.size
        ? toAuthors(mergeEntries(defaultAuthors, localAuthors))
        : (defaultAuthorMap ??= toAuthors(defaultAuthors));
    }
    const files = await listPosts(folder, layout);
    // Read one by one, synchronously: a post is a few kilobytes, and each
    // promise-based read (open, stat, read, close) costs more than reading it.
    const seen = new Map<string, string>();
    for (const relativePath of files) {
      const absolutePath = path.join(folder, relativePath);
      const file = rel(absolutePath);
      const {parsed, own} = readPost(absolutePath, siteRoot, realPostPath);
      parsed.findings.push(...bodyImagesOutside(parsed, absolutePath, layout.siteDir, layout.staticDirs));
      const named = nameFinding(relativePath, parsed);
      if (named) parsed.findings.unshift(named);
      const key = collisionKey(relativePath);
      const other = seen.get(key);
      if (other === undefined) seen.set(key, file);
      else parsed.findings.unshift(postFileUnsafe.report('collision', {path: [], range: firstLineOf(parsed)}, {other}));
      const kept = keep({file, absolutePath, locale, relativePath, parsed, fileDate: fileDateOf(relativePath)});
      // Its bytes are in the read buffer, which the next post reuses: a post kept whole keeps a copy.
      if (kept.parsed === parsed) own();
      posts.push(kept);
    }
  }
  return {layout, posts, tags, authors, registryProblems};
}

/** The post's first line, where problems of the file itself are shown. */
function firstLineOf(parsed: ParsedPost): Range {
  const source = parsed.source;
  const end = source.search(/\r?\n/);
  return {line: 1, column: 1, endLine: 1, endColumn: (end < 0 ? source.length : end) + 1};
}

/** Opens a file only when it is no symlink (fails with ELOOP if it is), where the system can tell. */
const NO_FOLLOW: number | undefined = constants.O_NOFOLLOW;

interface RealPost {
  real: string;
  /** The post, opened, when it is no symlink: its path is its real folder's. */
  fd?: number;
}

/**
 * Where each post really is, each folder resolved once: a post that is no
 * symlink, in a folder inside the site, is in its folder's real path, and is
 * opened at once (one system call instead of one per folder of its path);
 * any other is followed to its end, unopened.
 */
function realPaths(siteRoot: string): (file: string) => RealPost {
  const folders = new Map<string, string>();
  return (file) => {
    const dir = path.dirname(file);
    let folder = folders.get(dir);
    if (folder === undefined) folders.set(dir, (folder = realPath(dir)));
    if (NO_FOLLOW === undefined || !isInside(folder, siteRoot)) return {real: realPath(file)};
    try {
      const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK | NO_FOLLOW);
      return {real: path.join(folder, path.basename(file)), fd};
    } catch {
      // A symlink (ELOOP), or a file that cannot be opened: followed, and opened again below.
      return {real: realPath(file)};
    }
  };
}

/**
 * A post's bytes, parsed; or, for a post that leads out of the site or is no
 * regular file (a FIFO would block the read for ever), its finding and nothing
 * read. Opened without blocking, and judged by what was opened.
 */
function readPost(
  absolutePath: string,
  siteRoot: string,
  realPostPath: (file: string) => RealPost,
): {parsed: ParsedPost; own: () => void} {
  const unread = (finding: (range: Range) => Finding) => {
    const parsed = parsePost(Buffer.alloc(0));
    return {parsed: {...parsed, findings: [finding({line: 1, column: 1, endLine: 1, endColumn: 1})]}, own: () => {}};
  };
  const {real, fd: opened} = realPostPath(absolutePath);
  let fd = opened;
  if (!isInside(real, siteRoot)) {
    if (fd !== undefined) closeSync(fd);
    return unread((range) => postFileUnsafe.report('outsideSite', {path: [], range}, {target: real}));
  }
  try {
    fd ??= openSync(absolutePath, constants.O_RDONLY | constants.O_NONBLOCK);
    const stat = fstatSync(fd);
    const kind = irregularKind(stat);
    if (kind) return unread((range) => postFileUnsafe.report('notRegular', {path: [], range}, {kind}));
    return parseBorrowed(readWhole(fd, stat.size));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'an error';
    return unread((range) => postFileUnsafe.report('notRegular', {path: [], range}, {kind: `unreadable (${code})`}));
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * The read buffer, used again for each post: a buffer per post costs more
 * than reading it (its allocation, and the garbage collector's work on
 * thousands of them). A larger post gets a buffer of its own.
 */
const readBuffer = Buffer.allocUnsafe(256 * 1024);

/** An open regular file's bytes, in the read buffer (valid until the next read); fstat's size is a hint. */
function readWhole(fd: number, sizeHint: number): Buffer {
  let buffer = sizeHint < readBuffer.length ? readBuffer : Buffer.allocUnsafe(sizeHint + 1);
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      const larger = Buffer.allocUnsafe(buffer.length * 2);
      buffer.copy(larger);
      buffer = larger;
    }
    const read = readSync(fd, buffer, length, buffer.length - length, null);
    length += read;
    // Read to its end; a file the system sizes (not a file of /proc) ends at its size.
    if (read === 0 || (sizeHint > 0 && length === sizeHint)) return buffer.subarray(0, length);
  }
}

/** A value as the report shows it: characters that cannot be seen are named. */
const visibleValue = (name: string) =>
  name.replace(
    /[\u0000-\u001F\u007F-\u009F\u2028\u2029\p{Default_Ignorable_Code_Point}\u202A-\u202E\u2066-\u2069]/gu,
    (c) => `<${codePoint(c)}>`,
  );

/** An unsafe folder or file name on the post's path in its blog folder, reported at line 1. */
function nameFinding(relativePath: string, parsed: ParsedPost): Finding | undefined {
  const found = pathProblem(relativePath);
  if (!found) return undefined;
  return postFileUnsafe.report(
    'unsafeName',
    {path: [], range: firstLineOf(parsed)},
    {name: visibleValue(found.segment), problem: found.problem},
  );
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
  for (const [key, value] of entries)
    out.set(key, {key, name: typeof value.name === 'string' ? value.name : undefined});
  return out;
}

async function loadRegistry(
  file: string,
  locale: string,
  kind: 'tags' | 'authors',
  rel: (abs: string) => string,
  problems: RegistryProblem[],
): Promise<RawEntries> {
  const read = await readRegularFile(file, MAX_REGISTRY_BYTES);
  if (read.kind === 'missing') return new Map();
  const name = path.basename(file);
  const bytes = read.kind === 'bytes' ? read.bytes : Buffer.alloc(0);
  const source = bytes.toString('utf8').replace(/^\uFEFF/, '');
  let starts: number[] | undefined;
  const pos = (offset: number) => toPosition((starts ??= lineStarts(source)), Math.min(offset, source.length));
  const at = (offset: number, end: number): {path: []; range: Range} => {
    const s = pos(offset);
    const e = pos(Math.max(end, offset + 1));
    return {path: [], range: {line: s.line, column: s.column, endLine: e.line, endColumn: e.column}};
  };
  const problem = (finding: Finding) =>
    problems.push({file: rel(file), locale, source, range: finding.range!, finding});
  const firstLineEnd = Math.max(1, source.indexOf('\n') < 0 ? source.length : source.indexOf('\n'));

  // The same refusals as for posts: Docusaurus reads these files too, and would
  // stop with a stack trace, hang on a pipe, or expand an alias bomb where we report.
  if (read.kind === 'tooLarge') {
    problem(registryInvalid.report('tooLarge', at(0, 1), {file: name, bytes: read.size, max: MAX_REGISTRY_BYTES}));
    return new Map();
  }
  if (read.kind === 'notRegular') {
    problem(registryInvalid.report('notRegular', at(0, 1), {file: name, what: read.what}));
    return new Map();
  }
  if (read.kind === 'failed') {
    problem(registryInvalid.report('unreadable', at(0, 1), {file: name, reason: read.reason}));
    return new Map();
  }
  const bad = invalidUtf8Offset(bytes);
  const nul = source.indexOf('\0');
  if (bad !== -1 || nul !== -1) {
    const offset =
      bad !== -1
        ? Buffer.from(bytes.subarray(0, bad))
            .toString('utf8')
            .replace(/^\uFEFF/, '').length
        : nul;
    problem(
      bad !== -1
        ? registryInvalid.report('notUtf8', at(offset, offset + 1), {file: name, offset: bad})
        : registryInvalid.report('nul', at(offset, offset + 1), {file: name}),
    );
    return new Map();
  }
  // Nesting beyond any registry's need is refused unread: the YAML readers recurse, and 5,000 levels overflow the stack.
  const depth = flowDepth(source);
  if (depth > MAX_DEPTH) {
    problem(yamlTooLarge.report('registryDepth', at(0, firstLineEnd), {file: name, depth}));
    return new Map();
  }
  const fast = fastRegistry(source);
  if (fast)
    return registryEntries(
      fast,
      (pair) => pair.key,
      (pair) => pair.value,
      kind,
      name,
      problem,
      at,
    );
  const {doc, errors} = parseRegistry(source);
  if (errors.length) {
    for (const error of errors.slice(0, 3)) {
      problem(
        registryInvalid.report('yaml', at(error.pos[0], error.pos[1]), {
          file: name,
          reason: error.message.split('\n')[0]!,
        }),
      );
    }
    return new Map();
  }
  // Aliases (a "billion laughs" expands to gigabytes), merge keys and tags:
  // no registry needs them, and Docusaurus's reader refuses custom tags.
  let unsafe = 0;
  visit(doc, {
    Alias(_, node) {
      if (unsafe++ < 3) {
        problem(
          registryInvalid.report('alias', at(node.range?.[0] ?? 0, node.range?.[1] ?? 1), {
            file: name,
            source: node.source,
          }),
        );
      }
      return visit.SKIP;
    },
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.value === '<<' && unsafe++ < 3) {
        problem(
          registryInvalid.report('mergeKey', at(pair.key.range?.[0] ?? 0, pair.key.range?.[1] ?? 1), {file: name}),
        );
      }
    },
    Node(_, node) {
      // Only a tag written in the file sets `tag` on a parsed node.
      if (!isAlias(node) && node.tag && unsafe++ < 3) {
        const [start, end] = node.range ?? [0, 1];
        // Point at the tag as written, just before its value.
        const written = /(![!\w/:.%-]*)\s*$/.exec(source.slice(Math.max(0, start - 200), start));
        const where = at(written ? start - written[0].length : start, end);
        problem(registryInvalid.report('tag', where, {file: name, tag: written?.[1] ?? node.tag}));
      }
    },
  });
  if (unsafe) return new Map();

  if (doc.contents === null) return new Map();
  if (!isMap(doc.contents)) {
    problem(registryInvalid.report('notMapping', at(0, firstLineEnd), {file: name, kind}));
    return new Map();
  }
  const exact: RegistryRead<Pair> = {
    pairs: doc.contents.items,
    keyRange: (pair) => {
      const range = (pair.key as {range?: number[]} | null)?.range ?? [0, 1];
      return [range[0]!, range[1]!];
    },
    fieldRange: (pair, fieldPath) => {
      const node = isMap(pair.value) ? pair.value.getIn(fieldPath, true) : undefined;
      const range = (node as {range?: number[]} | undefined)?.range ?? (pair.key as {range?: number[]} | null)?.range;
      return range ? [range[0]!, range[1]!] : [0, 1];
    },
  };
  const keyOf = (pair: Pair) => (isScalar(pair.key) ? String(pair.key.value) : undefined);
  const valueOf = (pair: Pair) => (pair.value === null ? null : (pair.value as {toJSON?: () => unknown}).toJSON?.());
  return registryEntries(exact, keyOf, valueOf, kind, name, problem, at);
}

/** The entries of a registry, with a problem for each bad one, located at its key or at its bad field. */
function registryEntries<P>(
  read: RegistryRead<P>,
  keyOf: (pair: P) => string | undefined,
  valueOf: (pair: P) => unknown,
  kind: 'tags' | 'authors',
  name: string,
  problem: (finding: Finding) => void,
  at: (offset: number, end: number) => {path: []; range: Range},
): RawEntries {
  const entries: RawEntries = new Map();
  /** Each read entry's pair, and those already reported. */
  const pairs = new Map<string, P>();
  const reported = new Set<string>();
  for (const pair of read.pairs) {
    const key = keyOf(pair);
    // Located only when something is reported: most entries are not.
    const where = () => at(...read.keyRange(pair));
    if (key === undefined) {
      problem(registryInvalid.report('keyNotText', where(), {file: name}));
      continue;
    }
    const keyProblem = registryKeyProblem(key);
    if (keyProblem) {
      // Left out: a post that uses this key gets the post's own report too.
      problem(registryInvalid.report('badKey', where(), {file: name, key, problem: keyProblem}));
      continue;
    }
    const value = valueOf(pair);
    if (value !== null && value !== undefined && (typeof value !== 'object' || Array.isArray(value))) {
      problem(registryInvalid.report('entryNotMapping', where(), {file: name, key, kind}));
      continue;
    }
    const fields = (value ?? {}) as Record<string, unknown>;
    const fieldProblem = kind === 'tags' ? tagFieldsProblem(fields) : authorFieldsProblem(fields);
    if (fieldProblem) {
      const range = fieldProblem.field ? at(...read.fieldRange(pair, fieldProblem.field)) : where();
      problem(registryInvalid.report('badEntry', range, {file: name, key, problem: fieldProblem.problem}));
      reported.add(key);
    }
    entries.set(key, fields);
    pairs.set(key, pair);
  }
  // What Docusaurus refuses in the file as a whole, or in an entry no check here reported.
  const unreported = reported.size ? new Map([...entries].filter(([key]) => !reported.has(key))) : entries;
  for (const refusal of kind === 'tags' ? tagsFileRefusals(unreported) : authorsMapRefusals(unreported)) {
    const pair = pairs.get(refusal.key)!;
    const range = at(...(refusal.field ? read.fieldRange(pair, refusal.field) : read.keyRange(pair)));
    problem(registryInvalid.report('badEntry', range, {file: name, key: refusal.key, problem: refusal.problem}));
  }
  return entries;
}

/**
 * The registry's YAML document and its errors, as `uniqueKeys: true` gives
 * them, in linear time: that option compares each key with every key before
 * it, and 100,000 tags took minutes. The document is read without it, and its
 * repeated keys found with a set, in the order and at the places the parser
 * reports them (a block mapping's key before its value, a flow mapping's
 * after it); a document with other errors is read again with the option.
 */
export function parseRegistry(source: string): {
  doc: Document.Parsed;
  errors: {pos: [number, number]; message: string}[];
} {
  const options = {merge: false, prettyErrors: false} as const;
  const doc = parseDocument(source, {...options, uniqueKeys: false});
  if (doc.errors.length) {
    const exact = parseDocument(source, {...options, uniqueKeys: true});
    return {doc: exact, errors: exact.errors};
  }
  const errors: {pos: [number, number]; message: string}[] = [];
  const walk = (node: unknown): void => {
    if (isPair(node)) {
      walk(node.key);
      walk(node.value);
    } else if (isSeq(node)) {
      for (const item of node.items) walk(item);
    } else if (isMap(node)) {
      const seen = new Set<unknown>();
      const repeated = (pair: Pair) => {
        // The parser's test: the same node, or two scalars of the same value.
        if (!isScalar(pair.key)) return false;
        if (seen.has(pair.key.value)) return true;
        seen.add(pair.key.value);
        return false;
      };
      for (const pair of node.items) {
        walk(pair.key);
        if (!node.flow && repeated(pair)) errors.push(duplicate(pair));
        walk(pair.value);
        if (node.flow && repeated(pair)) errors.push(duplicate(pair));
      }
    }
  };
  walk(doc.contents);
  return {doc, errors};
}

function duplicate(pair: Pair): {pos: [number, number]; message: string} {
  const start = (pair.key as Node).range?.[0] ?? 0;
  return {pos: [start, start + 1], message: 'Map keys must be unique'};
}

/**
 * Keys that are not what they look like: one that mixes Latin letters with
 * Cyrillic or Greek ones (a Cyrillic "а" in "lаrk" makes a second author who
 * looks like the first), invisible or bidi characters, and names that
 * JavaScript objects already have (Docusaurus keeps registries in objects).
 */
const LOOK_ALIKE_SCRIPTS: ReadonlyMap<string, RegExp> = new Map(
  ['Latin', 'Cyrillic', 'Greek'].map((script) => [script, new RegExp(`\\p{Script=${script}}`, 'u')]),
);

export function registryKeyProblem(key: string): string | undefined {
  if (['__proto__', 'constructor', 'prototype'].includes(key))
    return 'is a name every JavaScript object already has. Choose another key.';
  // Printable ASCII hides nothing and mixes no scripts: most keys stop here.
  if (/^[\x20-\x7E]*$/.test(key)) return undefined;
  const hidden = bidiProblem(key) ?? controlProblem(key) ?? invisibleProblem(key);
  if (hidden) return hidden;
  const scripts = [...LOOK_ALIKE_SCRIPTS].filter(([, letter]) => letter.test(key));
  if (scripts.length > 1) {
    const foreign = [...key].find((c) => scripts.slice(1).some(([, letter]) => letter.test(c)))!;
    return `mixes ${scripts.map(([script]) => script).join(' and ')} letters (${foreign} is ${codePoint(foreign)}), so it looks like a key it is not. Retype it in one script.`;
  }
  return undefined;
}

const notString = (fields: Record<string, unknown>, names: string[]) =>
  names.find((f) => fields[f] !== undefined && fields[f] !== null && typeof fields[f] !== 'string');

/** A problem of an entry's fields, and the field it is in (its path), when it is one field's. */
interface FieldProblem {
  field?: string[];
  problem: string;
}

/** The fields of a tag in a tags file: Docusaurus's schema refuses any other. */
const TAG_FIELDS = ['label', 'description', 'permalink'];

function tagFieldsProblem(fields: Record<string, unknown>): FieldProblem | undefined {
  const wrong = notString(fields, TAG_FIELDS);
  if (wrong) return {field: [wrong], problem: `has a "${wrong}" that is not text.`};
  const unknown = Object.keys(fields).find((field) => !TAG_FIELDS.includes(field));
  if (unknown !== undefined)
    return {
      field: [unknown],
      problem: `has the field "${visibleValue(unknown)}", which Docusaurus refuses in a tags file: a tag has a label, a description and a permalink. Remove it.`,
    };
  if (typeof fields.permalink === 'string') {
    const problem = routePathProblem(fields.permalink);
    if (problem) return {field: ['permalink'], problem: `has the permalink "${fields.permalink}", which ${problem}`};
  }
  return undefined;
}

/**
 * A relative URL as RFC 3986 writes it, what Docusaurus's URISchema (Joi's
 * \`uri({allowRelative: true})\`) accepts for an author's image_url: a space or
 * an Arabic letter must be percent-encoded.
 */
const RELATIVE_REFERENCE = /^(?:[\w\-.~!$&'()*+,;=:@/?#]|%[\da-f]{2})*$/i;

function authorFieldsProblem(fields: Record<string, unknown>): FieldProblem | undefined {
  const wrong = notString(fields, ['name', 'title', 'url', 'image_url', 'imageURL', 'email', 'description']);
  if (wrong) return {field: [wrong], problem: `has a "${wrong}" that is not text.`};
  if (fields.name === undefined && fields.image_url === undefined && fields.imageURL === undefined)
    return {problem: 'needs a "name" or an "image_url": Docusaurus refuses an author with neither.'};
  for (const field of ['url', 'image_url', 'imageURL'] as const) {
    const value = fields[field];
    if (typeof value !== 'string') continue;
    // Read as a browser reads it: "java\tscript:", "\u0001javascript:" and "javascript&colon;" run code too.
    const scheme = browserScheme(value);
    if (scheme && UNSAFE_SCHEMES.has(scheme)) {
      return {
        field: [field],
        problem: `has the ${field} "${visibleValue(value)}", which a browser reads as a ${scheme}: URL: it runs code or points at no web page. Use an https:// URL.`,
      };
    }
    if (field !== 'url' && !scheme && !RELATIVE_REFERENCE.test(value)) {
      return {
        field: [field],
        problem: `has the ${field} "${visibleValue(value)}", which is no URL and no valid URL path (Docusaurus refuses it): write spaces and letters beyond ASCII percent-encoded, or an https:// URL.`,
      };
    }
  }
  // Docusaurus takes any text as a social link, javascript: ones included, and links to it.
  const socials = fields.socials;
  if (socials !== null && typeof socials === 'object' && !Array.isArray(socials)) {
    for (const [platform, value] of Object.entries(socials)) {
      const scheme = typeof value === 'string' ? browserScheme(value) : undefined;
      if (scheme && UNSAFE_SCHEMES.has(scheme))
        return {
          field: ['socials', platform],
          problem: `has the ${visibleValue(platform)} link "${visibleValue(value as string)}", which a browser reads as a ${scheme}: URL: it runs code or points at no web page. Use an https:// URL or a handle.`,
        };
    }
  }
  const page = fields.page;
  if (page !== undefined && page !== null && typeof page !== 'boolean') {
    const permalink =
      typeof page === 'object' && !Array.isArray(page) ? (page as Record<string, unknown>).permalink : undefined;
    if (typeof permalink !== 'string')
      return {field: ['page'], problem: 'has a "page" that is neither true, false nor {permalink: /path}.'};
    const problem = routePathProblem(permalink);
    if (problem)
      return {field: ['page', 'permalink'], problem: `has the page permalink "${permalink}", which ${problem}`};
  }
  return undefined;
}
