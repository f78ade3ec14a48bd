/**
 * `npm run translate-post -- <post file> --locale LOCALE [--site DIR]`
 *
 * Writes the skeleton of a post's translation under the same file name in the
 * locale's blog folder (that is what makes the two files one post). The fields
 * a translation shares are copied: authors, tags (by key, which every locale
 * resolves), slug, date, image and the switches. The fields to translate are
 * left empty with the original in a `# TODO translate:` comment above them, so
 * the checker flags them in every locale until they are written (keywords wait
 * in a comment: Docusaurus refuses an empty list); the body is
 * copied under a `{/* translate from … *\/}` marker. Exit 0: written. 1:
 * refused (the translation exists, the original cannot be read). 2: bad usage.
 */
import path from 'node:path';
import type {PostInput} from '../check/context';
import {blogFolder} from '../check/load';
import type {Diagnostic} from '../check/rules';
import {classifyImage, titleParameter} from '../check/rules/image';
import {resolveTag} from '../check/rules/tags';
import {exists, relativePath, writeNewFile} from '../shared/files';
import {literal} from '../shared/text';
import {
  checkCandidate,
  commentSafe,
  frontMatterText,
  loadAuthoringSite,
  relativeToSite,
  type AuthoringSite,
  type Field,
} from './authoring';
import {callerDir, parseCommandLine, Refusal, runCommand, UsageError} from './cli';

const USAGE = 'usage: npm run translate-post -- <post file> --locale LOCALE [--site DIR]';

const COMMAND_LINE = {
  usage: USAGE,
  options: {locale: {type: 'string'}, site: {type: 'string'}},
  allowPositionals: true,
} as const;

/** Fields copied as they are: a translation shares them with its original. */
const SHARED = [
  'slug',
  'date',
  'draft',
  'unlisted',
  'hide_table_of_contents',
  'toc_min_heading_level',
  'toc_max_heading_level',
  'last_update',
] as const;
/** Optional text fields: not written (an empty one would show), the original kept in a comment. */
const OPTIONAL_TEXT = ['title_meta', 'sidebar_label'] as const;

/** What the skeleton leaves to its translator: the checker flags these, and only these. */
const LEFT_TO_TRANSLATE = (d: Diagnostic): boolean =>
  (d.rule === 'field-empty' && (d.field === 'title' || d.field === 'description')) ||
  d.rule === 'locale-untranslated' ||
  d.rule === 'translation-unfinished';

const neverOverwrite = (rel: string) =>
  `${rel} already exists: translate-post never overwrites a translation. Edit that file, or delete it to start over`;

async function main(): Promise<void> {
  const {file, target, siteOption} = readRequest();
  const site = await loadAuthoringSite(siteOption);
  const source = sourcePost(site, file, target);
  const sourceRel = relativeToSite(site, source.absolutePath);
  const dest = path.join(blogFolder(site.layout, target), source.relativePath);
  const twin = dest.replace(/\.mdx?$/, (ext) => (ext === '.md' ? '.mdx' : '.md'));
  for (const taken of [dest, twin]) if (exists(taken)) throw new Refusal([neverOverwrite(relativeToSite(site, taken))]);

  const tags = site.result.facts.tags[source.locale] ?? new Map();
  const text = translationText(source, frontMatterOf(source, sourceRel), tags, dest, sourceRel);
  const verdict = await checkCandidate(site, {absolutePath: dest, locale: target, text}, LEFT_TO_TRANSLATE);
  if (verdict.refused.length) {
    throw new Refusal([
      ...verdict.refused,
      `these come from the original, ${sourceRel}: fix it first (npm run check -- shows where), then translate it`,
    ]);
  }

  if (!(await writeNewFile(dest, text))) throw new Refusal([neverOverwrite(relativeToSite(site, dest))]);
  // The notes and the marker of the skeleton are about no field.
  const left = verdict.left.filter((field) => field !== '');
  const fields = left.length === 1 ? 'the field until it is' : 'the fields until they are';
  process.stdout.write(
    [
      `Wrote ${relativeToSite(site, dest)}, the "${target}" translation of ${sourceRel}`,
      `Still to translate: ${[...left, 'the body'].join(', ')}. npm run check flags ${fields} written.`,
    ].join('\n') + '\n',
  );
  for (const note of verdict.notes) process.stderr.write(`translate-post: ${note}\n`);
}

/** The post to translate, the locale and the site the command line gives. */
function readRequest(): {file: string; target: string; siteOption: string | undefined} {
  const {values, positionals} = parseCommandLine(COMMAND_LINE);
  if (positionals.length === 0) {
    throw new UsageError(
      `give the post to translate, like npm run translate-post -- blog/2025-01-29-my-post.md --locale ar; ${USAGE}`,
    );
  }
  if (positionals.length > 1) {
    throw new UsageError(`one post at a time; got ${positionals.map((p) => literal(p)).join(', ')}; ${USAGE}`);
  }
  if (!values.locale) throw new UsageError(`--locale is required: the locale to translate the post into; ${USAGE}`);
  return {file: positionals[0]!, target: values.locale, siteOption: values.site};
}

/** The original's front matter, or a refusal that says why it cannot be read. */
function frontMatterOf(source: PostInput, sourceRel: string): Record<string, unknown> {
  if (source.parsed.data) return source.parsed.data;
  const why = source.parsed.findings[0]?.message;
  throw new Refusal([
    `${sourceRel} has no front matter that can be read${why ? ` (${why.replace(/\s+/g, ' ')})` : ''}; fix it first (npm run check -- shows where)`,
  ]);
}

/** The post the command line names, if it is a post of this site in another locale than the target. */
function sourcePost(site: AuthoringSite, file: string, target: string): PostInput {
  const {layout} = site;
  if (!layout.locales.includes(target)) {
    throw new UsageError(`--locale ${target} is not a locale of this site; use one of ${layout.locales.join(', ')}`);
  }
  const sourcePath = path.resolve(callerDir(), file);
  if (!exists(sourcePath)) throw new UsageError(`no such file: ${sourcePath}`);
  const source = site.result.posts.map((p) => p.post).find((p) => p.absolutePath === sourcePath);
  const sourceRel = relativeToSite(site, sourcePath);
  if (!source) {
    throw new UsageError(
      `${sourceRel} is not a post of this site: a post is a .md or .mdx file in ${relativeToSite(site, blogFolder(layout, layout.defaultLocale))}/ or i18n/<locale>/docusaurus-plugin-content-blog/`,
    );
  }
  if (source.locale === target) {
    const others = layout.locales.filter((l) => l !== target);
    throw new UsageError(
      `${sourceRel} is already in the "${target}" blog; translate it into ${others.length ? `another locale (${others.join(', ')})` : 'another locale'}`,
    );
  }
  return source;
}

const asText = (value: unknown): string =>
  typeof value === 'string'
    ? value
    : Array.isArray(value)
      ? value.map((v) => String(v)).join(', ')
      : value === undefined
        ? ''
        : JSON.stringify(value);

function translationText(
  source: PostInput,
  data: Record<string, unknown>,
  tags: Parameters<typeof resolveTag>[1],
  dest: string,
  sourceRel: string,
): string {
  const todo = (value: unknown) => `TODO translate: ${asText(value) || '(the original has none)'}`;
  const fields: Field[] = [];
  const titleNotes = [todo(data.title)];
  for (const key of OPTIONAL_TEXT) {
    if (typeof data[key] === 'string' && data[key].trim() !== '') {
      titleNotes.push(`TODO translate, then add: ${key}: ${JSON.stringify(data[key])}`);
    }
  }
  fields.push({key: 'title', value: '', comment: titleNotes});
  const descriptionNotes = [todo(data.description)];
  // Not `keywords: []`: Docusaurus refuses an empty list, so the field waits in a comment.
  if (Array.isArray(data.keywords) && data.keywords.length > 0) {
    descriptionNotes.push(`TODO translate, then add: keywords: [${asText(data.keywords)}]`);
  }
  fields.push({key: 'description', value: '', comment: descriptionNotes});
  if (data.tags !== undefined) {
    // By key: the key resolves in every locale, whatever language the original wrote the tag in.
    const value = Array.isArray(data.tags)
      ? (data.tags as unknown[]).map((t) => (typeof t === 'string' ? (resolveTag(t, tags)?.key ?? t) : t))
      : data.tags;
    fields.push({key: 'tags', value});
  }
  if (data.authors !== undefined) fields.push({key: 'authors', value: data.authors});
  if (typeof data.image === 'string') fields.push(imageField(data.image, source, dest));
  for (const key of SHARED) if (data[key] !== undefined) fields.push({key, value: data[key]});

  const body = source.parsed.body.replace(/^\r?\n/, '');
  return `${frontMatterText(fields)}\n{/* translate from ${commentSafe(sourceRel).replace(/\*\//g, '* /')} */}\n\n${body}`;
}

/**
 * The image, from the translation's folder. A file next to the original is
 * still that file; a social-card URL drawing the original's title must draw
 * the translated one, which the checker asks for once the title is written.
 */
function imageField(image: string, source: PostInput, dest: string): Field {
  const ref = classifyImage(image, source.absolutePath, []);
  if (ref.kind === 'local' && !image.trim().startsWith('/')) {
    const relative = relativePath(path.dirname(dest), ref.absolutePath);
    return {key: 'image', value: relative.startsWith('.') ? relative : `./${relative}`};
  }
  if (ref.kind === 'remote' && titleParameter(ref.url) !== undefined) {
    return {
      key: 'image',
      value: image,
      comment: ['TODO translate: the title parameter of this URL, once the title is written (npm run check gives it)'],
    };
  }
  return {key: 'image', value: image};
}

runCommand('translate-post', main);
