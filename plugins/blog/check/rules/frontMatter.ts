/**
 * The front matter's fields: one Zod schema for the types, the checks and the
 * JSON Schema editors use, and the rules of the fields' values. Field types are
 * exact: no coercion of numbers to strings, no single string for a list of tags.
 * Empty values have their own module (fieldEmpty.ts).
 */
import jsYaml from 'js-yaml';
import * as z from 'zod';
import {closest, distance} from 'fastest-levenshtein';
import type {PostInput, SiteFacts} from '../context';
import {codePoint, truncate, written} from '../../shared/text';
import {defineRule, formatFieldPath, type Finding} from './rule';
import {pathProblem, SLUG} from './urls';

/** Older fields that the blog plugin still validates: typed, and reported as deprecated. */
export const LEGACY_FIELDS = [
  'id',
  'author',
  'author_title',
  'author_url',
  'author_image_url',
  'authorURL',
  'authorTitle',
  'authorImageURL',
] as const;

const nonEmptyList = (item: z.ZodType, what: string) => z.array(item).describe(what);

/**
 * An author written in the post rather than named by key, as Docusaurus takes
 * it: a `key` (an author of authors.yml, with fields of its own for this post)
 * or a name or image, and more fields Docusaurus validates itself. Whether the
 * blog allows authors written out is author-inline's to say (rules/authors.ts).
 */
const inlineAuthor = z
  .looseObject({
    key: z.string(),
    name: z.string(),
    title: z.string(),
    url: z.string(),
    imageURL: z.string(),
    email: z.string(),
  })
  .partial()
  .describe('An author written out: key (of authors.yml), name, title, url, imageURL, email, socials.');

export const frontMatterSchema = z
  .object({
    title: z.string().describe('The post title, in the language of the post.'),
    title_meta: z.string().describe('A title for search engines, when it should differ from `title`.'),
    description: z.string().describe('One or two sentences for search results and link previews (50–160 characters).'),
    tags: nonEmptyList(z.string(), 'Tags: keys of tags.yml, or their labels in this locale.'),
    keywords: nonEmptyList(z.string(), 'Search keywords, in the language of the post (1–15).'),
    authors: z
      .union([z.string(), inlineAuthor, z.array(z.union([z.string(), inlineAuthor]))])
      .describe('Authors: keys of authors.yml (or authors written out, where the blog allows them).'),
    image: z
      .string()
      .describe('Social card image: an https URL, a site path under static/, or a file next to the post.'),
    slug: z.string().describe('The URL path of the post, instead of the one from the file name.'),
    date: z
      .union([z.string(), z.date()])
      .describe('Publication date, YYYY-MM-DD, when the file name does not give it.'),
    lang: z.string().describe('The language of the post (BCP 47), when it differs from its locale.'),
    draft: z.boolean().describe('Only shown by the dev server.'),
    unlisted: z.boolean().describe('Built, but left out of lists, feeds and the sitemap.'),
    hide_table_of_contents: z.boolean(),
    toc_min_heading_level: z.number().int().min(2).max(6),
    toc_max_heading_level: z.number().int().min(2).max(6),
    sidebar_label: z.string(),
    last_update: z.object({date: z.union([z.string(), z.date()]).optional(), author: z.string().optional()}),
    // Older Docusaurus fields, still read (and type-checked) by the blog plugin.
    ...Object.fromEntries(
      LEGACY_FIELDS.map((field) => [field, z.string().describe('Deprecated: use authors.yml and "authors".')]),
    ),
  })
  .partial();

export type FrontMatter = z.infer<typeof frontMatterSchema>;
export const KNOWN_FIELDS = Object.keys(frontMatterSchema.shape).filter(
  (f) => !(LEGACY_FIELDS as readonly string[]).includes(f),
) as (keyof FrontMatter)[];

const typeName = (value: unknown): string =>
  value === null
    ? 'null'
    : Array.isArray(value)
      ? 'a list'
      : value instanceof Date
        ? 'a date'
        : typeof value === 'object'
          ? 'a mapping'
          : `a ${typeof value}`;

/** A value as a message shows it: scalars as written, lists and mappings with their content, cut when long. */
const shown = (value: unknown): string =>
  value !== null && typeof value === 'object' && !(value instanceof Date)
    ? `${typeName(value)} (${valueText(value)})`
    : written(value);

/** Any YAML value as a message shows it, cut when long. */
const valueText = (value: unknown): string =>
  // JSON.stringify writes Infinity and NaN (what `1e999` reads as) as null.
  truncate(
    typeof value === 'string'
      ? value
      : typeof value === 'number'
        ? String(value)
        : (JSON.stringify(value) ?? String(value)),
  );

export const fieldUnknown = defineRule({
  id: 'field-unknown',
  severity: 'warning',
  category: 'house',
  description: 'a field the blog does not know',
  fix: 'Fix the typo (the message names the nearest field) or remove the field.',
  blocking: false,
  scope: 'post',
  check: checkFields,
  messages: {
    deprecated: ({field}: {field: string}) =>
      `"${field}" is a deprecated field. ${field === 'id' ? 'Use "slug" for the URL.' : 'Describe the author in authors.yml and list the key in "authors".'}`,
    unknown: ({field, nearest}: {field: string; nearest: string | undefined}) =>
      `Unknown field "${truncate(field)}": the blog ignores it.${nearest ? ` Did you mean "${nearest}"?` : ''} Known fields: ${KNOWN_FIELDS.join(', ')}.`,
  },
});

export const fieldType = defineRule({
  id: 'field-type',
  severity: 'error',
  category: 'house',
  description: 'a field of the wrong type',
  fix: 'Use the type the message names: quote a number meant as text, write lists as `[a, b]`.',
  // The blog plugin loads what it converts ("true", "2"); a value it refuses is
  // docusaurus-refused's, which marks this rule's error there as blocking.
  blocking: false,
  scope: 'post',
  check: checkFields,
  messages: {
    wrongType: ({field, value, expected}: {field: string; value: unknown; expected: string}) => {
      const quoteHint =
        expected === 'text' && (typeof value === 'number' || typeof value === 'boolean')
          ? ` Put it in quotes if you mean the text "${String(value)}".`
          : '';
      return `"${field}" is ${shown(value)}, but it must be ${expected}.${quoteHint}`;
    },
    outOfRange: ({field, value, expected}: {field: string; value: unknown; expected: string}) =>
      `"${field}" is ${shown(value)}: it must be ${expected}.`,
    quoted: ({field, value}: {field: string; value: string}) =>
      `"${field}" is the text "${value}", in quotes: Docusaurus reads it as ${value.toLowerCase()}, but write ${value.toLowerCase()} without quotes.`,
  },
});

export const fieldRequired = defineRule({
  id: 'field-required',
  severity: 'error',
  category: 'house',
  description: 'a required field is missing',
  fix: 'Add the field (the list is the `requiredFields` option).',
  blocking: true,
  scope: 'post',
  check: checkFields,
  messages: {
    missing: ({field}: {field: string}) =>
      `The required field "${field}" is missing. Add "${field}: …" to the front matter.`,
    authorsForLegacy: ({legacy}: {legacy: string[]}) =>
      `The required field "authors" is missing; the post names its author with the older ${legacy.map((f) => `"${f}"`).join(', ')}. Describe the author in authors.yml, write its key in "authors", and remove ${legacy.length > 1 ? 'those fields' : 'that field'}: Docusaurus refuses "authors" next to them.`,
  },
});

/** Types, unknown fields and required fields. */
function checkFields(_post: PostInput, data: Record<string, unknown>, site: SiteFacts): Finding[] {
  const findings: Finding[] = [];
  for (const key of Object.keys(data)) {
    if ((LEGACY_FIELDS as readonly string[]).includes(key)) {
      findings.push(fieldUnknown.report('deprecated', {path: [key], at: 'key'}, {field: key}));
      continue;
    }
    if ((KNOWN_FIELDS as string[]).includes(key)) continue;
    const near = closest(key, KNOWN_FIELDS);
    const nearest = distance(key.toLowerCase(), near) <= Math.max(2, Math.floor(key.length / 3)) ? near : undefined;
    findings.push(fieldUnknown.report('unknown', {path: [key], at: 'key'}, {field: key, nearest}));
  }
  const parsed = frontMatterSchema.safeParse(data);
  if (!parsed.success) {
    const seen = new Set<string>();
    for (const issue of parsed.error.issues) {
      const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
      const key = path.join('.');
      if (seen.has(key)) continue;
      seen.add(key);
      const value = path.reduce<unknown>((v, p) => (v as Record<string | number, unknown> | undefined)?.[p], data);
      // `title:` with nothing after it is a missing title: field-required says so.
      if (value === null && path.length === 1 && site.settings.required.includes(String(path[0]))) continue;
      const field = formatFieldPath(path);
      if (typeof value === 'string' && readAs(path, value)) {
        findings.push(fieldType.report('quoted', {path}, {field, value}));
        continue;
      }
      const message = issue.code === 'too_small' || issue.code === 'too_big' ? 'outOfRange' : 'wrongType';
      findings.push(fieldType.report(message, {path}, {field, value, expected: expectedType(path)}));
    }
  }
  for (const field of site.settings.required) {
    // A post without `image` gets a drawn social card.
    if (field === 'image' && site.settings.socialCards) continue;
    if (data[field] !== undefined && data[field] !== null) continue;
    const legacy = field === 'authors' ? LEGACY_FIELDS.filter((f) => f !== 'id' && data[f] !== undefined) : [];
    findings.push(
      legacy.length
        ? fieldRequired.report('authorsForLegacy', {path: [field]}, {legacy})
        : fieldRequired.report('missing', {path: [field]}, {field}),
    );
  }
  return findings;
}

const TRUE_OR_FALSE = 'true or false';
const HEADING_LEVEL = 'a whole number from 2 to 6';
const EXPECTED: Record<string, string> = {
  tags: 'a list of tags, like [first-tag, second-tag]',
  keywords: 'a list of keywords, like [first keyword, second keyword]',
  authors: 'an author key, or a list of them, like [first-author, second-author]',
  date: 'a date written YYYY-MM-DD',
  draft: TRUE_OR_FALSE,
  unlisted: TRUE_OR_FALSE,
  hide_table_of_contents: TRUE_OR_FALSE,
  toc_min_heading_level: HEADING_LEVEL,
  toc_max_heading_level: HEADING_LEVEL,
  last_update: 'a mapping with "author" and/or "date"',
};

/** What a field (or an item of a list) must be, as the message says it. */
function expectedType(path: readonly (string | number)[]): string {
  const field = String(path[0]);
  if (path.length > 1 && (field === 'tags' || field === 'keywords')) return 'text';
  if (path.length > 1 && field === 'authors') return 'an author key, or an author written out with a key or a name';
  return EXPECTED[field] ?? 'text';
}

/**
 * Whether a text in quotes is one Docusaurus reads as the value the field
 * wants (its schema converts "true" to true and "2" to 2): then the value
 * works, written in an unusual way.
 */
function readAs(path: readonly (string | number)[], value: string): boolean {
  if (path.length !== 1) return false;
  const expected = EXPECTED[String(path[0])];
  if (expected === TRUE_OR_FALSE) return /^(true|false)$/i.test(value);
  if (expected === HEADING_LEVEL) return /^[2-6]$/.test(value);
  return false;
}

/** Whether a reader sees anything: not only combining marks, format characters, spaces or tatweel. */
export function showsSomething(text: string): boolean {
  return /[^\p{M}\p{Cf}\p{Cc}\p{Z}\s\u0640]/u.test(text);
}

/**
 * Why a path that becomes a page's URL (a post's `slug`, a tag's or an
 * author's `permalink`) is unsafe, or undefined. Docusaurus joins it to the
 * output folder as it is, so "/../../x" writes the page outside the build
 * (seen on 3.10.2); a scheme or a leading // makes a link to another site.
 */
export function routePathProblem(value: string): string | undefined {
  const text = value.trim();
  const control = /[\u0000-\u001f\u007f]/u.exec(text);
  if (control) return `holds the control character ${codePoint(control[0])}. Remove it.`;
  if (text.includes('\\')) return 'holds a backslash, which Windows reads as a folder separator. Use forward slashes.';
  // "nodejs:tips" is a path; "javascript:…" or "https://…" is not.
  const scheme = /^(javascript|vbscript|data|file|https?|ftp|mailto|[a-z][a-z\d+.-]*(?=:\/\/)):/i.exec(text);
  if (scheme) return `is a URL (${scheme[1]}:), not a path. Write a path such as /my-post.`;
  if (text.startsWith('//')) return 'starts with //, which browsers read as another host. Start it with a single /.';
  let decoded = text;
  for (let i = 0; i < 3; i++) {
    try {
      const next = decodeURIComponent(decoded);
      if (next === decoded) break;
      decoded = next;
    } catch {
      break;
    }
  }
  if (decoded.split(/[/\\]/).some((segment) => segment === '..')) {
    return `climbs up with "..": Docusaurus joins it to the build folder as it is, so the page would be written outside the site${decoded === text ? '' : ' (the dots are percent-encoded)'}. Write a path without "..", such as /my-post.`;
  }
  return undefined;
}

export const slugInvalid = defineRule({
  id: 'slug-invalid',
  severity: 'error',
  category: 'safety',
  description: 'a slug that climbs out of the site with "..", or is a URL',
  fix: 'Write a path inside the blog: `my-post` or `/2025/my-post`.',
  // A slug with ".." would make the blog plugin write the page outside the build.
  blocking: true,
  scope: 'post',
  check: checkSlug,
  messages: {
    unsafe: ({value, problem}: {value: string; problem: string}) => `"slug" is "${truncate(value)}", which ${problem}`,
  },
});

/** The slug becomes the post's URL and the path of its file in the build. */
function checkSlug(_post: PostInput, data: Record<string, unknown>): Finding[] {
  if (typeof data.slug !== 'string') return [];
  const segment = pathProblem(data.slug.trim(), SLUG);
  const problem =
    routePathProblem(data.slug) ??
    (segment ? `${segment.problem}. Write the slug with letters, digits, - and _ between its slashes.` : undefined);
  return problem ? [slugInvalid.report('unsafe', {path: ['slug']}, {value: data.slug, problem})] : [];
}

const graphemes = new Intl.Segmenter(undefined, {granularity: 'grapheme'});
// Marks join the letter before them; ZWJ sequences, flags, variation selectors
// and Hangul jamo need the full segmenter, which is ~30 times slower.
const MARK = /\p{M}/gu;
const COMPLEX = /[\u200D\uFE00-\uFE0F\u{1F1E6}-\u{1F1FF}\u1100-\u11FF\u{E0020}-\u{E007F}]/u;
/** Characters as a reader counts them: "é" written e + U+0301 is one, and so is "مًا"'s "مً". */
const readerLength = (text: string): number => {
  if (!COMPLEX.test(text)) {
    let codePoints = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c < 0xdc00 || c > 0xdfff) codePoints++;
    }
    return codePoints - (text.match(MARK)?.length ?? 0);
  }
  let n = 0;
  for (const _ of graphemes.segment(text)) n++;
  return n;
};

const TITLE_MAX = 70;
const DESCRIPTION_MIN = 50;
const DESCRIPTION_MAX = 160;

export const titleLength = defineRule({
  id: 'title-length',
  severity: 'warning',
  category: 'house',
  description: `a title longer than ${TITLE_MAX} characters`,
  fix: 'Shorten the title, or set `title_meta` for search engines.',
  blocking: false,
  scope: 'post',
  check: checkLengths,
  messages: {
    tooLong: ({length}: {length: number}) =>
      `The title is ${length} characters long; search results cut titles after about ${TITLE_MAX}. Shorten it, or set a shorter "title_meta".`,
  },
});

export const descriptionLength = defineRule({
  id: 'description-length',
  severity: 'warning',
  category: 'house',
  description: `a description outside ${DESCRIPTION_MIN}–${DESCRIPTION_MAX} characters`,
  fix: `Write ${DESCRIPTION_MIN}–${DESCRIPTION_MAX} characters, counted as a reader sees them.`,
  blocking: false,
  scope: 'post',
  check: checkLengths,
  messages: {
    outOfRange: ({length}: {length: number}) =>
      `The description is ${length} characters long; search results and link previews show ${DESCRIPTION_MIN}–${DESCRIPTION_MAX}. ${length < DESCRIPTION_MIN ? 'Say a little more' : 'Shorten it'}.`,
  },
});

function checkLengths(_post: PostInput, data: Record<string, unknown>): Finding[] {
  const findings: Finding[] = [];
  if (typeof data.title === 'string' && data.title.trim() !== '') {
    const length = readerLength(data.title.trim());
    if (length > TITLE_MAX) findings.push(titleLength.report('tooLong', {path: ['title']}, {length}));
  }
  if (typeof data.description === 'string' && data.description.trim() !== '') {
    const length = readerLength(data.description.trim());
    if (length < DESCRIPTION_MIN || length > DESCRIPTION_MAX) {
      findings.push(descriptionLength.report('outOfRange', {path: ['description']}, {length}));
    }
  }
  return findings;
}

export const dateInvalid = defineRule({
  id: 'date-invalid',
  severity: 'error',
  // Docusaurus refuses a date it cannot read, and silently moves an impossible
  // day (2021-02-30 becomes 2 March): either way the reader is misled.
  category: 'safety',
  description: 'a date that is not a real day',
  fix: 'Use a real day, `YYYY-MM-DD`, in `date` or in the file name.',
  blocking: true,
  scope: 'post',
  check: checkDate,
  messages: {
    notADay: ({value}: {value: string}) =>
      `"date" is "${truncate(value)}", which is not a real day. Write it as YYYY-MM-DD, e.g. 2025-01-29.`,
    invalidDate: () => '"date" is not a real day. Write it as YYYY-MM-DD, e.g. 2025-01-29.',
    moved: ({value, day}: {value: string; day: string}) =>
      `"date" is "${truncate(value)}", which is not a real day or time: Docusaurus would silently publish the post on ${day}. Write the real day as YYYY-MM-DD.`,
    lastUpdateMoved: ({value, day}: {value: string; day: string}) =>
      `"last_update.date" is "${truncate(value)}", which is not a real day or time: Docusaurus would silently show ${day} as the day of the last update. Write the real day as YYYY-MM-DD.`,
    zoned: ({value}: {value: string}) =>
      `"date" is "${truncate(value)}", a time with its own time zone, in quotes: Docusaurus adds "Z" to every date written as text and cannot read this one, so the build fails. Remove the quotes, or write the day as YYYY-MM-DD.`,
    fileName: ({date}: {date: string}) =>
      `The file name gives the date ${date}, which is not a real day. Rename the file with a real date (YYYY-MM-DD-slug.md).`,
  },
});

export const dateFormat = defineRule({
  id: 'date-format',
  severity: 'warning',
  category: 'house',
  description: 'a date Docusaurus reads, but not written YYYY-MM-DD',
  fix: 'Write the day as `YYYY-MM-DD`; the message says which day Docusaurus takes.',
  blocking: false,
  scope: 'post',
  check: checkDate,
  messages: {
    partial: ({value, day}: {value: string; day: string}) =>
      `"date" is "${truncate(value)}", which Docusaurus reads as ${day}. If that is the day you mean, write ${day}.`,
    otherForm: ({value, day}: {value: string; day: string}) =>
      `"date" is "${truncate(value)}": Docusaurus reads it as ${day}. Write the day as YYYY-MM-DD, which every tool reads the same way.`,
  },
});

/** A day, with or without a time: the form to write. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/;
/** A year, a year and month, or a day with one-digit month or day. */
const SHORT_DATE = /^\d{4}(?:-\d{1,2}){0,2}$/;
const ZONE = /(?:Z|[+-]\d{2}:?\d{2})$/i;

/** The date of the front matter, else of the file name, must be a real day; so must the last update's. */
function checkDate(post: PostInput, data: Record<string, unknown>): Finding[] {
  return [...checkPostDate(post, data), ...checkLastUpdate(post, data)];
}

/**
 * `last_update.date` reaches Docusaurus as a Date that moves an impossible day
 * (2025-02-30 becomes 2 March) without a word: written unquoted, js-yaml's;
 * quoted, its schema's `new Date(text)`, as lenient.
 */
function checkLastUpdate(post: PostInput, data: Record<string, unknown>): Finding[] {
  const lastUpdate = data.last_update;
  const value =
    lastUpdate !== null && typeof lastUpdate === 'object' ? (lastUpdate as {date?: unknown}).date : undefined;
  if (typeof value !== 'string' || isRealDateTime(value)) return [];
  const path = ['last_update', 'date'];
  const {line, column} = post.parsed.locate(path, 'value');
  const written = post.parsed.source.split('\n')[line - 1]?.[column - 1];
  const read = written === '"' || written === "'" ? new Date(value) : yamlTimestamp(value);
  if (!read || Number.isNaN(read.getTime())) return [];
  return [dateInvalid.report('lastUpdateMoved', {path}, {value, day: isoDay(read)})];
}

function checkPostDate(post: PostInput, data: Record<string, unknown>): Finding[] {
  const value = data.date;
  if (typeof value === 'string') return checkDateText(value, writtenInQuotes(post, 'date'));
  if (value instanceof Date && Number.isNaN(value.getTime()))
    return [dateInvalid.report('invalidDate', {path: ['date']})];
  if (value === undefined && post.fileDate) {
    const [y, mo, d] = post.fileDate.split('-').map(Number) as [number, number, number];
    // On the first line, as every problem of the file name.
    const range = {line: 1, column: 1, endLine: 1, endColumn: 4};
    if (!isRealDay(y, mo, d)) return [dateInvalid.report('fileName', {path: [], range}, {date: post.fileDate})];
  }
  return [];
}

/**
 * A date written as text, read as the blog plugin reads it: `new Date(text +
 * "Z")` (plugin-content-blog 3.10.2, blogUtils.js), so that every day is UTC.
 * What that cannot read stops the build; an impossible day moves silently.
 */
function checkDateText(value: string, inQuotes: boolean): Finding[] {
  const where = {path: ['date']};
  // Unquoted, a YAML timestamp reaches the blog plugin as a date (its reader is js-yaml).
  const timestamp = inQuotes ? undefined : yamlTimestamp(value);
  if (timestamp) {
    return isRealDateTime(value) ? [] : [dateInvalid.report('moved', where, {value, day: isoDay(timestamp)})];
  }
  const read = new Date(`${value}Z`);
  if (Number.isNaN(read.getTime())) {
    const zoned = ZONE.test(value.trim()) && !Number.isNaN(new Date(value).getTime());
    return [zoned ? dateInvalid.report('zoned', where, {value}) : dateInvalid.report('notADay', where, {value})];
  }
  const day = isoDay(read);
  if (!isRealDateTime(value)) return [dateInvalid.report('moved', where, {value, day})];
  if (ISO_DATE.test(value)) return [];
  return [dateFormat.report(SHORT_DATE.test(value) ? 'partial' : 'otherForm', where, {value, day})];
}

/** The value as Docusaurus's YAML reader takes it unquoted, when that is a date. */
export function yamlTimestamp(value: string): Date | undefined {
  try {
    const read: unknown = jsYaml.load(value);
    return read instanceof Date ? read : undefined;
  } catch {
    return undefined;
  }
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** Whether the day (and time) a date starts with are real: 2021-02-30 and 25:00 are not. */
function isRealDateTime(value: string): boolean {
  const parts = /^\s*(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?(?:(?:[Tt]|\s+)(\d{1,2}):(\d{2})(?::(\d{2}))?)?/.exec(value);
  if (!parts) return true;
  const [hours, minutes, seconds] = [+(parts[4] ?? 0), +(parts[5] ?? 0), +(parts[6] ?? 0)];
  return isRealDay(+parts[1]!, +(parts[2] ?? 1), +(parts[3] ?? 1)) && hours <= 23 && minutes <= 59 && seconds <= 59;
}

/** Whether a top-level field's value is written in quotes in the post's front matter. */
export function writtenInQuotes(post: PostInput, field: string): boolean {
  const frontMatter = post.parsed.source.split('\n', post.parsed.bodyLine).join('\n');
  return new RegExp(`^${field}[ \\t]*:[ \\t]*['"]`, 'm').test(frontMatter);
}

function isRealDay(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export const langInvalid = defineRule({
  id: 'lang-invalid',
  severity: 'error',
  category: 'house',
  description: 'a lang that is not a BCP 47 language tag',
  fix: 'Write a BCP 47 tag: `ar`, `fa`, `he`, `en-GB`.',
  blocking: false,
  scope: 'post',
  check: checkLang,
  messages: {
    notBcp47: ({value}: {value: string}) =>
      `"lang" is "${truncate(value)}", which is not a BCP 47 language tag. Write a tag like ar, fa, he or en-GB.`,
  },
});

/** `lang`, when given, must be a well-formed BCP 47 language tag. */
function checkLang(_post: PostInput, data: Record<string, unknown>): Finding[] {
  if (typeof data.lang !== 'string') return [];
  try {
    const canonical = Intl.getCanonicalLocales(data.lang)[0];
    if (canonical && /^[a-z]{2,3}(?:-|$)/i.test(data.lang)) return [];
  } catch {
    // not well-formed
  }
  return [langInvalid.report('notBcp47', {path: ['lang']}, {value: data.lang})];
}
