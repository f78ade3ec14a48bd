/**
 * `npm run new-post -- --title "…" [--locale ar] [--tags a,b] [--authors x]
 *   [--slug s] [--date YYYY-MM-DD] [--new-tag key:label] [--site DIR]`
 *
 * Writes `YYYY-MM-DD-slug.md` in the locale's blog folder with front matter the
 * checker accepts, except for what the author still has to write (description,
 * and tags when none was given), which it flags until written. Every value it
 * writes is one Docusaurus accepts: no `keywords: []`, which Docusaurus
 * refuses (keywords must have at least one item); the author adds keywords. Exit 0: written. 1: refused (the
 * post exists, an unknown tag or author, a bad date or slug); nothing written.
 * 2: bad usage.
 */
import {readFile, rm, unlink} from 'node:fs/promises';
import path from 'node:path';
import {Document, isMap, isScalar, parseDocument} from 'yaml';
import type {AuthorEntry, TagEntry} from '../check/context';
import {blogFolder} from '../check/load';
import type {Diagnostic} from '../check/rules';
import {nearestTag, resolveTag} from '../check/rules/tags';
import {bidiProblem, invisibleProblem} from '../check/rules/textSafety';
import {refreshSchemaFiles} from '../editor/files';
import {fieldHelp} from '../editor/schema';
import {nearest, normalizeForMatch} from '../i18n/arabic';
import {isRealDate, todayUtc} from '../shared/dates';
import {exists, replaceFile, withLock, writeNewFile} from '../shared/files';
import {codePoint, literal} from '../shared/text';
import {
  checkCandidate,
  frontMatterText,
  loadAuthoringSite,
  relativeToSite,
  type AuthoringSite,
  type Field,
} from './authoring';
import {parseCommandLine, Refusal, runCommand, splitList, UsageError} from './cli';
import {isSlug, slugFromTitle, SLUG} from './slug';

const USAGE =
  'usage: npm run new-post -- --title "…" [--locale LOCALE] [--tags a,b] [--authors a,b] [--slug SLUG] [--date YYYY-MM-DD] [--new-tag key:label] [--site DIR]';

const COMMAND_LINE = {
  usage: USAGE,
  options: {
    title: {type: 'string'},
    locale: {type: 'string'},
    tags: {type: 'string', multiple: true},
    authors: {type: 'string', multiple: true},
    slug: {type: 'string'},
    date: {type: 'string'},
    'new-tag': {type: 'string', multiple: true},
    site: {type: 'string'},
  },
  positionalHint: 'give the title with --title "…"',
} as const;

/** Keys listed in a hint comment; more would drown the front matter. */
const MAX_LISTED = 12;

/** The first keys of a registry, for a message or a hint: a dozen, then "…". */
const someKeys = (keys: readonly string[]) =>
  `${keys.slice(0, MAX_LISTED).join(', ')}${keys.length > MAX_LISTED ? ', …' : ''}`;

interface NewTag {
  key: string;
  label: string;
}

/** What the new post leaves to its author: the checker flags these, and only these. */
const LEFT_TO_WRITE = (d: Diagnostic): boolean =>
  (d.rule === 'field-empty' && ['title', 'description', 'tags'].includes(d.field)) ||
  // A field the site requires beyond the usual ones (say "image"): the author adds it.
  d.rule === 'field-required';

const neverOverwrite = (rel: string) =>
  `${rel} already exists: new-post never overwrites a post. Edit that file, or choose another --slug or --date`;

/** What the command line asks for, before the site is read. */
interface Request {
  title: string;
  locale: string | undefined;
  tags: string[];
  authors: string[];
  slug: string | undefined;
  date: string | undefined;
  newTags: NewTag[];
  site: string | undefined;
}

/** The post to write, every value checked against the site. */
interface Plan {
  locale: string;
  date: string;
  slug: string;
  title: string;
  tagKeys: string[];
  authors: string[];
  newTags: NewTag[];
  dest: string;
}

/** The lock file of the tags files, in the blog folder, held while a command changes them. */
const REGISTRY_LOCK = '.registries.lock';

async function main(): Promise<void> {
  const request = readRequest();
  const site = await loadAuthoringSite(request.site);
  const plan = planPost(request, site);
  refuseClashes(site, plan);
  const tagRegistry = site.result.facts.tags[plan.locale] ?? new Map<string, TagEntry>();
  const text = postText(plan.title, plan.tagKeys, plan.authors, [
    ...tagRegistry.keys(),
    ...plan.newTags.map((t) => t.key),
  ]);
  const tags = plan.newTags.length ? withNewTags(site, plan.newTags) : site.result.facts.tags;
  const verdict = await checkCandidate(site, {absolutePath: plan.dest, locale: plan.locale, text}, LEFT_TO_WRITE, tags);
  if (verdict.refused.length) throw new Refusal(verdict.refused);

  const out: string[] = [`Wrote ${relativeToSite(site, plan.dest)}`];
  if (plan.newTags.length) {
    // The tags files are read, changed and written by one command at a time: two at once would lose a tag.
    await withLock(path.join(blogFolder(site.layout, site.layout.defaultLocale), REGISTRY_LOCK), async () => {
      const tagEdits = await tagFileEdits(site, plan.locale, plan.newTags);
      await writePost(site, plan.dest, text, tagEdits);
      out.push(...(await tagsAdded(site, plan.newTags, tagEdits)));
    });
  } else await writePost(site, plan.dest, text, []);
  if (verdict.left.length) {
    const flags = verdict.left.length === 1 ? 'it until it is' : 'them until they are';
    out.push(`Still to write: ${verdict.left.join(', ')}. npm run check flags ${flags} written.`);
  }
  process.stdout.write(`${out.join('\n')}\n`);
  for (const note of verdict.notes) process.stderr.write(`new-post: ${note}\n`);
}

function readRequest(): Request {
  const {values} = parseCommandLine(COMMAND_LINE);
  const title = values.title?.trim();
  if (!title) throw new UsageError(`--title is required; ${USAGE}`);
  return {
    title,
    locale: values.locale,
    tags: splitList(values.tags),
    authors: splitList(values.authors),
    slug: values.slug,
    date: values.date,
    newTags: (values['new-tag'] ?? []).map(parseNewTagSpec),
    site: values.site,
  };
}

/** The post the request makes in this site, or a refusal that lists every problem at once. */
function planPost(request: Request, site: AuthoringSite): Plan {
  const {layout} = site;
  const locale = request.locale ?? layout.defaultLocale;
  if (!layout.locales.includes(locale)) {
    throw new UsageError(`--locale ${locale} is not a locale of this site; use one of ${layout.locales.join(', ')}`);
  }
  const tagsFile = relativeToSite(site, path.join(blogFolder(layout, layout.defaultLocale), layout.tagsFile));
  const authorsFile = relativeToSite(site, path.join(blogFolder(layout, layout.defaultLocale), layout.authorsFile));
  const authorValues = request.authors.length ? request.authors : soleAuthor(site, locale, authorsFile);

  const problems: string[] = [];
  const titleProblem = textProblem(request.title);
  if (titleProblem) problems.push(`--title ${titleProblem}`);
  const date = dateOf(request.date, problems);
  const slug = slugOf(request.slug, request.title, problems);
  const newTags = checkNewTags(request.newTags, site, locale, tagsFile, problems);
  const tagKeys = resolveTags(request.tags, site, locale, newTags, tagsFile, problems);
  for (const tag of newTags) if (!tagKeys.includes(tag.key)) tagKeys.push(tag.key);
  const authors = resolveAuthors(authorValues, site, locale, authorsFile, problems);
  if (problems.length) throw new Refusal(problems);
  const dest = path.join(blogFolder(layout, locale), `${date}-${slug}.md`);
  return {locale, date, slug, title: request.title, tagKeys, authors, newTags, dest};
}

/** No --authors: the blog's only author, if it has one. */
function soleAuthor(site: AuthoringSite, locale: string, authorsFile: string): string[] {
  const keys = [...(site.result.facts.authors[locale] ?? new Map<string, AuthorEntry>()).keys()];
  if (keys.length === 1) return keys;
  if (keys.length === 0) {
    throw new Refusal([
      `${authorsFile} lists no author: add yourself there (a key with your name), then give it with --authors KEY`,
    ]);
  }
  throw new UsageError(
    `--authors is required: this blog has several authors (${keys.slice(0, MAX_LISTED).join(', ')})`,
  );
}

function dateOf(given: string | undefined, problems: string[]): string {
  // An Arabic or Persian keyboard types ٢٠٢٥-٠٥-٠١ or ۲۰۲۵-۰۵-۰۱; file names take Latin digits
  // (each of those digits is its block's start plus the digit, and both blocks start at a multiple of 16).
  const date = (given ?? todayUtc()).replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) % 16));
  if (!isRealDate(date)) {
    problems.push(`--date ${literal(date)} is not a real day; write it as YYYY-MM-DD, e.g. ${todayUtc()}`);
  }
  return date;
}

function slugOf(given: string | undefined, title: string, problems: string[]): string {
  if (given === undefined) {
    const slug = slugFromTitle(title);
    if (!slug) {
      problems.push(
        `the title ${literal(title)} gives no ASCII slug: none of its letters can be transliterated. Give one with --slug, e.g. --slug my-post`,
      );
    }
    return slug;
  }
  if (!isSlug(given)) {
    const suggestion = slugFromTitle(given);
    problems.push(
      `--slug ${literal(given)} is not a URL slug: use lowercase ASCII letters, digits and single hyphens${suggestion ? `, e.g. --slug ${suggestion}` : ''}`,
    );
  }
  return given;
}

/** A post of that name in any locale: in this one it would be overwritten, in another this post would be its translation. */
function refuseClashes(site: AuthoringSite, {locale, date, slug}: Plan): void {
  const {layout} = site;
  const clashes: string[] = [];
  for (const other of layout.locales) {
    for (const ext of ['.md', '.mdx']) {
      const file = path.join(blogFolder(layout, other), `${date}-${slug}${ext}`);
      if (!exists(file)) continue;
      const rel = relativeToSite(site, file);
      clashes.push(
        other === locale
          ? neverOverwrite(rel)
          : `${rel} already exists in the "${other}" blog: a post of the same name in the "${locale}" blog would be its translation. Translate it with npm run translate-post -- ${rel} --locale ${locale}, or choose another --slug`,
      );
    }
  }
  if (clashes.length) throw new Refusal(clashes);
}

/** The post and the tags files, all or none: a failed tags file restores the others and removes the post. */
async function writePost(site: AuthoringSite, dest: string, text: string, tagEdits: TagFileEdit[]): Promise<void> {
  if (!(await writeNewFile(dest, text))) throw new Refusal([neverOverwrite(relativeToSite(site, dest))]);
  const replaced: TagFileEdit[] = [];
  try {
    for (const edit of tagEdits) {
      await replaceFile(edit.file, edit.after);
      replaced.push(edit);
    }
  } catch (error) {
    for (const edit of replaced.reverse()) {
      if (edit.before === undefined) await rm(edit.file, {force: true});
      else await replaceFile(edit.file, edit.before).catch(() => undefined);
    }
    await unlink(dest).catch(() => undefined);
    throw error;
  }
}

/** What the command says about the tags it added, and the editor schema files it refreshed. */
async function tagsAdded(site: AuthoringSite, newTags: NewTag[], tagEdits: TagFileEdit[]): Promise<string[]> {
  const files = tagEdits.map((e) => relativeToSite(site, e.file));
  const out = [
    `Added the tag${newTags.length > 1 ? 's' : ''} ${newTags.map((t) => `"${t.key}"`).join(', ')} to ${files.join(' and ')}`,
  ];
  const todo = tagEdits.filter((e) => e.todo).map((e) => relativeToSite(site, e.file));
  if (todo.length) out.push(`Translate the new label in ${todo.join(' and ')} (marked "TODO translate")`);
  for (const file of await refreshSchemaFiles(site.siteDir)) out.push(`Updated ${file}`);
  return out;
}

/** The new post: front matter, then a body that says where the excerpt ends. */
function postText(title: string, tags: string[], authors: string[], tagKeys: string[]): string {
  const keysHint = tagKeys.length ? `Tags: keys of tags.yml, e.g. ${someKeys(tagKeys)}` : fieldHelp('tags');
  const fields: Field[] = [
    {key: 'title', value: title},
    {key: 'description', value: '', comment: [fieldHelp('description')]},
    {key: 'tags', value: tags, comment: tags.length ? undefined : [keysHint]},
    {key: 'authors', value: authors},
  ];
  // No keywords field: an empty list stops Docusaurus's build, and a word
  // written for the author would be published as a keyword. A hint says how to add them.
  const keywordsHint = `${fieldHelp('keywords')} Optional: add a line keywords: [first, second]`;
  return `${frontMatterText(fields, [keywordsHint])}\n{/* The paragraphs above the truncate marker are the excerpt shown in lists. */}\n\n{/* truncate */}\n`;
}

/** What is wrong with a title, said as the rest of a sentence starting with the option's name. */
function textProblem(text: string): string | undefined {
  const control = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.exec(text);
  if (control) {
    return `holds the control character ${codePoint(control[0])}; write it on one line, without control characters`;
  }
  return bidiProblem(text) ?? invisibleProblem(text);
}

function parseNewTagSpec(spec: string): NewTag {
  const colon = spec.indexOf(':');
  if (colon < 0) {
    throw new UsageError(`--new-tag needs key:label, like --new-tag ai-safety:"AI safety"; got ${literal(spec)}`);
  }
  return {key: spec.slice(0, colon).trim(), label: spec.slice(colon + 1).trim()};
}

function checkNewTags(
  specs: NewTag[],
  site: AuthoringSite,
  locale: string,
  tagsFile: string,
  problems: string[],
): NewTag[] {
  const ok: NewTag[] = [];
  specs.forEach((tag, i) => {
    const twice = specs.slice(0, i).some((other) => other.key === tag.key);
    const found = newTagProblems(tag, twice, site, locale, tagsFile);
    if (found.length) problems.push(...found);
    else ok.push(tag);
  });
  return ok;
}

/** What keeps a --new-tag from being added: its key, its label, or a tag that exists already. */
function newTagProblems(
  {key, label}: NewTag,
  twice: boolean,
  site: AuthoringSite,
  locale: string,
  tagsFile: string,
): string[] {
  const problems: string[] = [];
  if (!SLUG.test(key)) {
    const suggestion = slugFromTitle(key) || 'ai-safety';
    problems.push(
      `--new-tag key ${literal(key)} is not a tag key: use lowercase ASCII letters, digits and hyphens, e.g. --new-tag ${suggestion}:${label || 'Label'}`,
    );
  }
  if (!label) {
    problems.push(`--new-tag ${key}: has no label; write it after the colon, like --new-tag ${key}:"Its label"`);
  }
  const labelProblem = label ? textProblem(label) : undefined;
  if (labelProblem) problems.push(`--new-tag label ${literal(label)} ${labelProblem}`);
  if (twice) problems.push(`--new-tag ${key} is given twice; give it once`);
  const existing = Object.values(site.result.facts.tags)
    .map((registry) => registry.get(key))
    .find((entry) => entry !== undefined);
  if (existing) {
    problems.push(
      `the tag "${key}" already exists in ${tagsFile} (label ${literal(existing.label)}); use --tags ${key} instead of --new-tag`,
    );
  }
  const byLabel = label ? resolveTag(label, site.result.facts.tags[locale] ?? new Map()) : undefined;
  if (byLabel && byLabel.key !== key) {
    problems.push(`--new-tag label ${literal(label)} is already the tag "${byLabel.key}"; use --tags ${byLabel.key}`);
  }
  return problems;
}

/**
 * Tags by key or by label. The post gets keys, which resolve in every locale,
 * so a label of any locale will do: "الذكاء الاصطناعي" for an English post is "ai".
 */
function resolveTags(
  values: string[],
  site: AuthoringSite,
  locale: string,
  newTags: NewTag[],
  tagsFile: string,
  problems: string[],
): string[] {
  const registry = site.result.facts.tags[locale] ?? new Map<string, TagEntry>();
  const registries = [registry, ...Object.values(site.result.facts.tags)];
  const keys: string[] = [];
  for (const value of values) {
    const key =
      registries.map((r) => resolveTag(value, r)?.key).find((k) => k !== undefined) ??
      newTags.find((t) => t.key === value || normalizeForMatch(t.label) === normalizeForMatch(value))?.key;
    if (!key) problems.push(unknownTagProblem(value, registry, tagsFile));
    else if (!keys.includes(key)) keys.push(key);
  }
  return keys;
}

/** An unknown tag: the nearest key or label of this locale's registry, and how to add it. */
function unknownTagProblem(value: string, registry: ReadonlyMap<string, TagEntry>, tagsFile: string): string {
  // Show the key, which works in every locale.
  const entry = nearestTag(value, registry);
  const suggestion = entry
    ? `; did you mean "${entry.key}"${normalizeForMatch(entry.label) === normalizeForMatch(entry.key) ? '' : ` (${entry.label})`}?`
    : '.';
  const listed = [...registry.keys()];
  const known = listed.length ? ` Use a key of ${tagsFile} (${someKeys(listed)}),` : ` Use a key of ${tagsFile},`;
  const newKey = slugFromTitle(value) || 'key';
  return `tag ${literal(value)} is not in ${tagsFile}${suggestion}${known} or add it with --new-tag ${newKey}:${JSON.stringify(value)}`;
}

function resolveAuthors(
  values: string[],
  site: AuthoringSite,
  locale: string,
  authorsFile: string,
  problems: string[],
): string[] {
  const registry = site.result.facts.authors[locale] ?? new Map<string, AuthorEntry>();
  const allAuthors = [registry, ...Object.values(site.result.facts.authors)].flatMap((r) => [...r.values()]);
  const keys: string[] = [];
  const listed = [...registry.keys()];
  for (const value of values) {
    if (registry.has(value)) {
      if (!keys.includes(value)) keys.push(value);
      continue;
    }
    // A writer often gives the author's name, or its translation, for the key.
    const byName = allAuthors.find(
      (a) => a.name !== undefined && normalizeForMatch(a.name) === normalizeForMatch(value),
    );
    if (byName) {
      problems.push(
        `author ${literal(value)} is the name of "${byName.key}" in ${authorsFile}, not its key; write --authors ${byName.key}`,
      );
      continue;
    }
    const near = nearest(value, listed);
    problems.push(
      `author ${literal(value)} is not in ${authorsFile}${near ? `; did you mean "${near}"?` : '.'} Use a key of ${authorsFile}${listed.length ? ` (${listed.slice(0, MAX_LISTED).join(', ')})` : ''}, or add the author there first`,
    );
  }
  return keys;
}

/** The registries as they will be once the new tags are added. */
function withNewTags(site: AuthoringSite, newTags: NewTag[]) {
  const tags: Record<string, ReadonlyMap<string, TagEntry>> = {};
  for (const [locale, registry] of Object.entries(site.result.facts.tags)) {
    const next = new Map(registry);
    for (const {key, label} of newTags) next.set(key, {key, label, permalink: `/${key}`});
    tags[locale] = next;
  }
  return tags;
}

interface TagFileEdit {
  file: string;
  before: string | undefined;
  after: string;
  /** The label was written in another locale's language: translate it. */
  todo: boolean;
}

/**
 * Each new tag goes to the default tags.yml and to every locale's own tags.yml
 * (a locale without one reads the default). A locale's tags.yml is never
 * created: Docusaurus would then read it instead of the default one, with
 * only the new tag in it.
 */
async function tagFileEdits(site: AuthoringSite, locale: string, newTags: NewTag[]): Promise<TagFileEdit[]> {
  const {layout} = site;
  const targets = layout.locales
    .map((l) => ({locale: l, file: path.join(blogFolder(layout, l), layout.tagsFile)}))
    .filter((t) => t.locale === layout.defaultLocale || exists(t.file));
  const owner = targets.some((t) => t.locale === locale) ? locale : layout.defaultLocale;
  const edits: TagFileEdit[] = [];
  for (const target of targets) {
    const before = exists(target.file) ? await readFile(target.file, 'utf8') : undefined;
    const todo = target.locale !== owner;
    let after = before ?? '';
    for (const tag of newTags) {
      const entry = new Document({[tag.key]: {label: tag.label, permalink: `/${tag.key}`}});
      if (todo) {
        const fields = entry.get(tag.key, true);
        const labelKey = isMap(fields) ? fields.items[0]?.key : undefined;
        if (isScalar(labelKey)) labelKey.commentBefore = ` TODO translate this label, written for the "${locale}" post`;
      }
      after += `${after === '' || after.endsWith('\n') ? '' : '\n'}${entry.toString({lineWidth: 0})}`;
    }
    const parsed = parseDocument(after, {uniqueKeys: true});
    const rel = relativeToSite(site, target.file);
    if (parsed.errors.length || newTags.some((t) => !parsed.has(t.key))) {
      throw new Refusal([
        `the new tag cannot be added to ${rel} (${parsed.errors[0]?.message.split('\n')[0] ?? 'it is not a mapping of tags'}); add it there by hand, then use --tags`,
      ]);
    }
    edits.push({file: target.file, before, after, todo});
  }
  return edits;
}

runCommand('new-post', main);
