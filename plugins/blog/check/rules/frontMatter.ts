/**
 * The front matter schema: one Zod schema for the types, the checks and the
 * JSON Schema editors use. Field types are exact: no coercion of numbers to
 * strings, no single string for a list of tags.
 */
import * as z from 'zod';
import {closest, distance} from 'fastest-levenshtein';
import type {PostCheck} from '../context';
import type {Finding} from './';

/** Older fields that the blog plugin still validates: typed, and reported as deprecated. */
export const LEGACY_FIELDS = ['id', 'author', 'author_title', 'author_url', 'author_image_url', 'authorURL', 'authorTitle', 'authorImageURL'] as const;

const nonEmptyList = (item: z.ZodType, what: string) => z.array(item).describe(what);

export const frontMatterSchema = z
  .object({
    title: z.string().describe('The post title, in the language of the post.'),
    title_meta: z.string().describe('A title for search engines, when it should differ from `title`.'),
    description: z.string().describe('One or two sentences for search results and link previews (50–160 characters).'),
    tags: nonEmptyList(z.string(), 'Tags: keys of tags.yml, or their labels in this locale.'),
    keywords: nonEmptyList(z.string(), 'Search keywords, in the language of the post (1–15).'),
    authors: z
      .union([z.string(), z.array(z.string())])
      .describe('Authors: keys of authors.yml.'),
    image: z.string().describe('Social card image: an https URL, a site path under static/, or a file next to the post.'),
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
    ...Object.fromEntries(LEGACY_FIELDS.map((field) => [field, z.string().describe('Deprecated: use authors.yml and "authors".')])),
  })
  .partial();

export type FrontMatter = z.infer<typeof frontMatterSchema>;
export const KNOWN_FIELDS = Object.keys(frontMatterSchema.shape).filter((f) => !(LEGACY_FIELDS as readonly string[]).includes(f)) as (keyof FrontMatter)[];

const typeName = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'a list' : value instanceof Date ? 'a date' : typeof value === 'object' ? 'a mapping' : `a ${typeof value}`;

const show = (value: unknown): string => {
  // JSON.stringify writes Infinity and NaN (what `1e999` reads as) as null.
  const text = typeof value === 'string' ? value : typeof value === 'number' ? String(value) : (JSON.stringify(value) ?? String(value));
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
};

/** Types, unknown fields, required fields and empty strings. */
export const checkFields: PostCheck = (_post, data, site) => {
  const findings: Finding[] = [];
  for (const key of Object.keys(data)) {
    if ((LEGACY_FIELDS as readonly string[]).includes(key)) {
      findings.push({
        rule: 'field-unknown',
        path: [key],
        at: 'key',
        message: `"${key}" is a deprecated field. ${key === 'id' ? 'Use "slug" for the URL.' : 'Describe the author in authors.yml and list the key in "authors".'}`,
      });
      continue;
    }
    if ((KNOWN_FIELDS as string[]).includes(key)) continue;
    const near = closest(key, KNOWN_FIELDS);
    const suggestion = distance(key.toLowerCase(), near) <= Math.max(2, Math.floor(key.length / 3)) ? ` Did you mean "${near}"?` : '';
    findings.push({
      rule: 'field-unknown',
      path: [key],
      at: 'key',
      message: `Unknown field "${show(key)}": the blog ignores it.${suggestion} Known fields: ${KNOWN_FIELDS.join(', ')}.`,
    });
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
      findings.push({rule: 'field-type', path, message: typeMessage(String(path[0]), path, value, issue)});
    }
  }
  for (const field of site.settings.required) {
    // A post without `image` gets a drawn social card.
    if (field === 'image' && site.settings.socialCards) continue;
    if (data[field] === undefined || data[field] === null) {
      findings.push({
        rule: 'field-required',
        path: [field],
        message: `The required field "${field}" is missing. Add "${field}: …" to the front matter.`,
      });
    }
  }
  for (const field of ['title', 'description'] as const) {
    const value = data[field];
    if (typeof value === 'string' && value.trim() === '') {
      findings.push({rule: 'field-empty', path: [field], message: `"${field}" is empty. Write the post's ${field}.`});
    } else if (typeof value === 'string' && !showsSomething(value)) {
      findings.push({
        rule: 'field-empty',
        path: [field],
        message: `"${field}" shows nothing: it holds only marks, tatweel or invisible characters (${codePoints(value)}). Write the post's ${field}.`,
      });
    }
  }
  if (typeof data.authors === 'string' && data.authors.trim() === '') {
    findings.push({rule: 'field-empty', path: ['authors'], message: '"authors" is empty. Write the key of an author in authors.yml, like [lark].'});
  }
  for (const field of ['tags', 'authors'] as const) {
    const value = data[field];
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        if (typeof item === 'string' && item.trim() === '') {
          findings.push({rule: 'field-empty', path: [field, i], message: `${field}[${i}] is empty. Remove it or write a value.`});
        }
      });
      if (field === 'tags' && value.length === 0 && site.settings.required.includes('tags')) {
        findings.push({rule: 'field-empty', path: [field], message: 'The list of tags is empty. Give the post at least one tag from tags.yml.'});
      }
    }
  }
  return findings;
};

/** Whether a reader sees anything: not only combining marks, format characters, spaces or tatweel. */
export function showsSomething(text: string): boolean {
  return /[^\p{M}\p{Cf}\p{Cc}\p{Z}\s\u0640]/u.test(text);
}

const codePoints = (text: string): string => {
  const all = [...text].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
  return all.length > 6 ? `${all.slice(0, 6).join(' ')} …` : all.join(' ');
};

/**
 * Why a path that becomes a page's URL (a post's `slug`, a tag's or an
 * author's `permalink`) is unsafe, or undefined. Docusaurus joins it to the
 * output folder as it is, so "/../../x" writes the page outside the build
 * (seen on 3.10.2); a scheme or a leading // makes a link to another site.
 */
export function routePathProblem(value: string): string | undefined {
  const text = value.trim();
  const control = /[\u0000-\u001f\u007f]/u.exec(text);
  if (control) return `holds the control character U+${control[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}. Remove it.`;
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

/** The slug becomes the post's URL and the path of its file in the build. */
export const checkSlug: PostCheck = (_post, data) => {
  if (typeof data.slug !== 'string') return [];
  const problem = routePathProblem(data.slug);
  return problem ? [{rule: 'slug-invalid', path: ['slug'], message: `"slug" is "${show(data.slug)}", which ${problem}`}] : [];
};

function typeMessage(field: string, path: (string | number)[], value: unknown, issue: z.core.$ZodIssue): string {
  const where = path.map((p) => (typeof p === 'number' ? `[${p}]` : p)).join('.').replace('.[', '[');
  const expected: Record<string, string> = {
    tags: 'a list of tag keys, like [ai, open-source]',
    keywords: 'a list of keywords, like [DeepSeek, open source]',
    authors: 'a list of author keys, like [lark]',
    date: 'a date written YYYY-MM-DD',
    draft: 'true or false',
    unlisted: 'true or false',
    hide_table_of_contents: 'true or false',
    toc_min_heading_level: 'a whole number from 2 to 6',
    toc_max_heading_level: 'a whole number from 2 to 6',
  };
  const want = path.length > 1 && (field === 'tags' || field === 'keywords' || field === 'authors') ? 'a string' : (expected[field] ?? 'a string');
  if (issue.code === 'too_small' || issue.code === 'too_big') return `"${where}" is ${show(value)}: it must be ${want}.`;
  const quoteHint = typeof value === 'number' || typeof value === 'boolean' ? ` Put it in quotes if you mean the text "${String(value)}".` : '';
  return `"${where}" is ${typeName(value)} (${show(value)}), but it must be ${want}.${want === 'a string' ? quoteHint : ''}`;
}

const graphemes = new Intl.Segmenter(undefined, {granularity: 'grapheme'});
// Marks join the letter before them; ZWJ sequences, flags, variation selectors
// and Hangul jamo need the full segmenter, which is ~30 times slower.
const MARK = /\p{M}/gu;
const COMPLEX = /[\u200D\uFE00-\uFE0F\u{1F1E6}-\u{1F1FF}\u1100-\u11FF\u{E0020}-\u{E007F}]/u;
/** Characters as a reader counts them: "é" written e + U+0301 is one, and so is "مًا"'s "مً". */
export const readerLength = (text: string): number => {
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

export const TITLE_MAX = 70;
export const DESCRIPTION_MIN = 50;
export const DESCRIPTION_MAX = 160;

export const checkLengths: PostCheck = (_post, data) => {
  const findings: Finding[] = [];
  if (typeof data.title === 'string' && data.title.trim() !== '') {
    const n = readerLength(data.title.trim());
    if (n > TITLE_MAX) {
      findings.push({rule: 'title-length', path: ['title'], message: `The title is ${n} characters long; search results cut titles after about ${TITLE_MAX}. Shorten it, or set a shorter "title_meta".`});
    }
  }
  if (typeof data.description === 'string' && data.description.trim() !== '') {
    const n = readerLength(data.description.trim());
    if (n < DESCRIPTION_MIN || n > DESCRIPTION_MAX) {
      findings.push({
        rule: 'description-length',
        path: ['description'],
        message: `The description is ${n} characters long; search results and link previews show ${DESCRIPTION_MIN}–${DESCRIPTION_MAX}. ${n < DESCRIPTION_MIN ? 'Say a little more' : 'Shorten it'}.`,
      });
    }
  }
  return findings;
};

/** The date of the front matter, else of the file name, must be a real day. */
export const checkDate: PostCheck = (post, data) => {
  const findings: Finding[] = [];
  const value = data.date;
  if (typeof value === 'string') {
    const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value.trim());
    if (!m || !isRealDay(+m[1]!, +m[2]!, +m[3]!) || (m[4] !== undefined && (+m[4] > 23 || +m[5]! > 59 || +(m[6] ?? 0) > 59))) {
      findings.push({rule: 'date-invalid', path: ['date'], message: `"date" is "${show(value)}", which is not a real day. Write it as YYYY-MM-DD, e.g. 2025-01-29.`});
    }
  } else if (value instanceof Date && Number.isNaN(value.getTime())) {
    findings.push({rule: 'date-invalid', path: ['date'], message: '"date" is not a real day. Write it as YYYY-MM-DD, e.g. 2025-01-29.'});
  }
  if (value === undefined && post.fileDate) {
    const [y, mo, d] = post.fileDate.split('-').map(Number) as [number, number, number];
    if (!isRealDay(y, mo, d)) {
      findings.push({
        rule: 'date-invalid',
        path: [],
        message: `The file name gives the date ${post.fileDate}, which is not a real day. Rename the file with a real date (YYYY-MM-DD-slug.md).`,
      });
    }
  }
  return findings;
};

function isRealDay(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** `lang`, when given, must be a well-formed BCP 47 language tag. */
export const checkLang: PostCheck = (_post, data) => {
  if (typeof data.lang !== 'string') return [];
  try {
    const canonical = Intl.getCanonicalLocales(data.lang)[0];
    if (canonical && /^[a-z]{2,3}(?:-|$)/i.test(data.lang)) return [];
  } catch {
    // not well-formed
  }
  return [{rule: 'lang-invalid', path: ['lang'], message: `"lang" is "${show(data.lang)}", which is not a BCP 47 language tag. Write a tag like ar, fa, he or en-GB.`}];
};
