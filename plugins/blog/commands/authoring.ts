/**
 * What the authoring commands (new-post, translate-post, schema) share: their
 * command line, the site they work on, the checker run on a post before it is
 * written, and writes that never overwrite a post and never leave half a file.
 */
import {randomBytes} from 'node:crypto';
import {statSync} from 'node:fs';
import {link, mkdir, open, rename, unlink} from 'node:fs/promises';
import path from 'node:path';
import {Document, Scalar, YAMLSeq, type Pair} from 'yaml';
import {checkSite, validate, type CheckResult, type CheckSiteOptions} from '../check';
import type {PostInput, SiteFacts} from '../check/context';
import {imagePathsToInspect} from '../check/rules/image';
import {loadImageFacts} from '../check/load/images';
import {blogFolder, fileDateOf, type LoadedSite, type SiteLayout} from '../check/load';
import {DEFAULT_OPTIONS, type CheckerOptions} from '../options';
import {parsePost} from '../check/parse';
import type {Diagnostic} from '../check/rules';
import {siteCheckOptions} from '../check/load/siteConfig';

/** Exit 2: the command was called wrongly (an unknown option, a missing value, no such site). */
export class UsageError extends Error {}

/** Exit 1: the command understood the request and refuses it; one line per problem. */
export class Refusal extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

type OptionKind = 'value' | 'flag' | 'list';

export interface ParsedArgs {
  values: Record<string, string | undefined>;
  lists: Record<string, string[]>;
  flags: Record<string, boolean>;
  positionals: string[];
}

/**
 * `--name value`, `--name=value`, flags, and `list` options that may repeat.
 * A value may start with "-" (a title like "-1 °C"): after an option that
 * takes one, the next argument is its value whatever it looks like.
 */
export function parseArgs(argv: readonly string[], spec: Record<string, OptionKind>, usage: string): ParsedArgs {
  const parsed: ParsedArgs = {values: {}, lists: {}, flags: {}, positionals: []};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${usage}\n`);
      process.exit(0);
    }
    if (arg === '--') {
      parsed.positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--')) {
      if (arg.startsWith('-') && arg.length > 1) throw new UsageError(`unknown option ${arg}; ${usage}`);
      parsed.positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    const kind = spec[name];
    if (!kind) throw new UsageError(`unknown option --${name}; ${usage}`);
    if (kind === 'flag') {
      if (eq >= 0) throw new UsageError(`--${name} takes no value; ${usage}`);
      parsed.flags[name] = true;
      continue;
    }
    let value: string | undefined;
    if (eq >= 0) value = arg.slice(eq + 1);
    else if (i + 1 < argv.length) value = argv[++i];
    if (value === undefined) throw new UsageError(`--${name} needs a value; ${usage}`);
    if (kind === 'list') {
      (parsed.lists[name] ??= []).push(value);
    } else {
      if (parsed.values[name] !== undefined) throw new UsageError(`--${name} is given twice ("${parsed.values[name]}" and "${value}"); give it once`);
      parsed.values[name] = value;
    }
  }
  return parsed;
}

/** "a,b، c" → ['a', 'b', 'c']: commas, Arabic commas (U+060C) and spaces around them. */
export function splitList(values: readonly string[]): string[] {
  return values.flatMap((v) => v.split(/[,\u060C]/)).map((v) => v.trim()).filter((v) => v !== '');
}

/**
 * Where the user ran the command: npm runs scripts from the package's folder
 * and keeps the caller's folder in INIT_CWD.
 */
export function callerDir(): string {
  return process.env.INIT_CWD ?? process.cwd();
}

export interface AuthoringSite {
  siteDir: string;
  options: CheckSiteOptions;
  layout: SiteLayout;
  checker: CheckerOptions;
  /** The whole site, checked: its posts, registries and facts. */
  result: CheckResult;
}

export function layoutOf(siteDir: string, options: CheckSiteOptions): SiteLayout {
  const defaultLocale = options.defaultLocale ?? 'en';
  return {
    siteDir,
    defaultLocale,
    locales: options.locales ?? [defaultLocale],
    blogPath: options.blogPath ?? 'blog',
    staticDirs: options.staticDirs ?? ['static'],
    tagsFile: options.tagsFile ?? 'tags.yml',
    authorsFile: options.authorsFile ?? 'authors.yml',
  };
}

/** The site at `--site` (default: where the command was run), with its config, registries and posts. */
export async function loadAuthoringSite(siteOption: string | undefined): Promise<AuthoringSite> {
  const siteDir = path.resolve(callerDir(), siteOption ?? '.');
  if (!isDirectory(siteDir)) throw new UsageError(`no such folder: ${siteDir}; give the site's folder with --site DIR`);
  const {options} = await siteCheckOptions(siteDir);
  const layout = layoutOf(siteDir, options);
  const blogDir = blogFolder(layout, layout.defaultLocale);
  if (!isDirectory(blogDir)) throw new UsageError(`no blog folder at ${blogDir}: is ${siteDir} a Docusaurus site? Run the command in the site's folder or give it with --site DIR`);
  const result = await checkSite(siteDir, options);
  return {siteDir, options, layout, checker: {...DEFAULT_OPTIONS, ...options.checker}, result};
}

export function isDirectory(dir: string): boolean {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

export function exists(file: string): boolean {
  try {
    statSync(file);
    return true;
  } catch {
    return false;
  }
}

/** A site-relative path with forward slashes, as the checker's reports show it. */
export function relativeToSite(site: {siteDir: string}, file: string): string {
  return path.relative(site.siteDir, file).split(path.sep).join('/');
}

/**
 * The checker's diagnostics on a post that is not written yet, judged with the
 * whole site (its registries, and the translations it has or is one of).
 */
export async function checkCandidate(
  site: AuthoringSite,
  candidate: {absolutePath: string; locale: string; text: string},
  tags: SiteFacts['tags'] = site.result.facts.tags,
): Promise<Diagnostic[]> {
  const folder = blogFolder(site.layout, candidate.locale);
  const relativePath = path.relative(folder, candidate.absolutePath).split(path.sep).join('/');
  const post: PostInput = {
    file: relativeToSite(site, candidate.absolutePath),
    absolutePath: candidate.absolutePath,
    locale: candidate.locale,
    relativePath,
    parsed: parsePost(new TextEncoder().encode(candidate.text)),
    fileDate: fileDateOf(relativePath),
  };
  let facts: SiteFacts = {...site.result.facts, tags};
  const images = post.parsed.data ? imagePathsToInspect(post, post.parsed.data, facts).filter((p) => !facts.images.has(p)) : [];
  if (images.length) facts = {...facts, images: new Map([...facts.images, ...(await loadImageFacts(images))])};
  const others = site.result.posts.map((p) => p.post).filter((p) => p.absolutePath !== post.absolutePath);
  // validate() reads the registries only; LoadedSite types them as mutable maps.
  const loaded = {layout: site.layout, posts: [...others, post], tags: facts.tags, authors: facts.authors, registryProblems: []} as unknown as LoadedSite;
  const checked = validate(loaded, facts, site.checker);
  return checked.diagnostics.filter((d) => d.file === post.file);
}

/** A front matter field as written: a value, and the comment lines above it. */
export interface Field {
  key: string;
  value: unknown;
  comment?: string[];
}

/** Fields written in double quotes, as the site's posts write them; lists go on one line, [a, b]. */
const QUOTED = new Set(['title', 'description', 'title_meta', 'sidebar_label', 'image']);

/**
 * The front matter block, `---` lines included. The yaml package quotes what
 * needs quoting (a title with ": " or a leading "-"), so any text round-trips.
 */
export function frontMatterText(fields: readonly Field[]): string {
  const doc = new Document(Object.fromEntries(fields.map((f) => [f.key, f.value])));
  const pairs = (doc.contents as unknown as {items: Pair<Scalar, unknown>[]}).items;
  pairs.forEach((pair, i) => {
    const field = fields[i]!;
    if (pair.value instanceof YAMLSeq) pair.value.flow = true;
    if (pair.value instanceof Scalar && typeof pair.value.value === 'string' && QUOTED.has(field.key)) pair.value.type = Scalar.QUOTE_DOUBLE;
    if (field.comment?.length) pair.key.commentBefore = field.comment.map((line) => ` ${commentSafe(line)}`).join('\n');
  });
  return `---\n${doc.toString({lineWidth: 0, flowCollectionPadding: false})}---\n`;
}

/**
 * Text shown in a YAML comment: one line, without control characters or the
 * bidi controls that would reorder the line around it (CVE-2021-42574).
 */
export function commentSafe(text: string): string {
  return text
    .replace(/[\u202A-\u202E\u2066-\u2069]/g, '')
    .replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const tempName = (dest: string) => path.join(path.dirname(dest), `.${path.basename(dest)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);

async function writeTemp(dest: string, text: string): Promise<string> {
  const tmp = tempName(dest);
  const handle = await open(tmp, 'wx');
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } catch (error) {
    await handle.close();
    await unlink(tmp).catch(() => undefined);
    throw error;
  }
  await handle.close();
  return tmp;
}

/**
 * Writes a new file, or nothing: the text goes to a temporary file in the same
 * folder, which is then hard-linked to its name. A link fails when the name
 * exists (EEXIST), so an existing file is never replaced, not even by a
 * command run at the same moment, and nobody ever sees half a file.
 */
export async function writeNewFile(dest: string, text: string, refusal: () => string): Promise<void> {
  await mkdir(path.dirname(dest), {recursive: true});
  const tmp = await writeTemp(dest, text);
  try {
    await link(tmp, dest);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new Refusal([refusal()]);
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw error;
    // File systems without hard links: exclusive create, removed again on failure.
    let handle;
    try {
      handle = await open(dest, 'wx');
    } catch (openError) {
      if ((openError as NodeJS.ErrnoException).code === 'EEXIST') throw new Refusal([refusal()]);
      throw openError;
    }
    try {
      await handle.writeFile(text, 'utf8');
      await handle.close();
    } catch (writeError) {
      await handle.close().catch(() => undefined);
      await unlink(dest).catch(() => undefined);
      throw writeError;
    }
  } finally {
    await unlink(tmp).catch(() => undefined);
  }
}

/** Replaces a file in one step (write aside, then rename over it). */
export async function replaceFile(dest: string, text: string): Promise<void> {
  const tmp = await writeTemp(dest, text);
  try {
    await rename(tmp, dest);
  } catch (error) {
    await unlink(tmp).catch(() => undefined);
    throw error;
  }
}

/** Today, in UTC: the date a post written now carries wherever it is built. */
export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/** A YYYY-MM-DD that is a real day. */
export function isRealDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [+m[1]!, +m[2]!, +m[3]!];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** A value as a message quotes it. */
export function show(value: string): string {
  return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value);
}

/**
 * Runs a command: exit 0 when done, 1 when refused, 2 when it could not run.
 * Every problem is one line on stderr, prefixed with the command's name;
 * never a stack trace.
 */
export function runCommand(name: string, main: () => Promise<void>): void {
  main().then(
    () => {
      process.exitCode = 0;
    },
    (error: unknown) => {
      if (error instanceof Refusal) {
        for (const problem of error.problems) process.stderr.write(`${name}: ${problem}\n`);
        process.exitCode = 1;
      } else if (error instanceof UsageError) {
        process.stderr.write(`${name}: ${error.message}\n`);
        process.exitCode = 2;
      } else {
        const message = String((error as Error)?.message ?? error).split('\n')[0];
        process.stderr.write(`${name}: the command could not run: ${message}\n`);
        process.exitCode = 2;
      }
    },
  );
}
