/**
 * What @docusaurus/plugin-content-blog refuses in a post's front matter, asked of
 * the blog plugin itself: its front matter schema (`validateBlogPostFrontMatter`)
 * and the author and date handling it applies when it loads a post. Running its
 * own code rather than a copy of its rules keeps the checker in step with the
 * installed Docusaurus: an upgrade that tightens a rule tightens the check.
 *
 * Pure and quiet: no I/O, nothing printed, never throws. The front matter is
 * judged alone: rules that need the site (tags.yml, authors.yml, plugin
 * options, files on disk) are the checker's other rules.
 *
 * Reproduced outside the schema, each from the upstream function named where it
 * is done:
 * - `authors` next to a legacy author field (`getBlogPostAuthors`, lib/authors.js);
 * - the same author key twice (`reportDuplicateAuthors`, lib/authorsProblems.js);
 * - author socials that are not handles or absolute URLs (`normalizeSocials`,
 *   lib/authorsSocials.js);
 * - a `date` the schema accepts but the loader cannot turn into a day
 *   (`getDate` in `processBlogSourceFile`, lib/blogUtils.js).
 * Covered by the schema itself, so by the call: empty strings (`slug`, `id`,
 * `author*`, list items), `keywords: []`, `draft` with `unlisted`
 * (`ContentVisibilitySchema`), toc levels out of 2–6 or min above max
 * (`FrontMatterTOCHeadingLevels`), `last_update` (`FrontMatterLastUpdateSchema`)
 * and URLs (`URISchema`: `image`, `author_url`, …, refusing spaces and
 * non-ASCII letters such as `./img/بطاقة.png`).
 * Not front matter alone, so not here: author keys missing from authors.yml,
 * inline authors and tags under `onInlineAuthors`/`onInlineTags`, the blog's
 * include/exclude globs.
 */
import logger from '@docusaurus/logger';
import {getBlogPostAuthors} from '@docusaurus/plugin-content-blog/lib/authors.js';
import {reportDuplicateAuthors} from '@docusaurus/plugin-content-blog/lib/authorsProblems.js';
import {normalizeSocials} from '@docusaurus/plugin-content-blog/lib/authorsSocials.js';
import {validateBlogPostFrontMatter} from '@docusaurus/plugin-content-blog/lib/frontMatter.js';
import type {AuthorsMap, AuthorSocials, BlogPostFrontMatter} from '@docusaurus/plugin-content-blog';
import jsYaml from 'js-yaml';
import {messageOf} from '../../shared/text';

/** One thing Docusaurus refuses, at the front matter node it is about. */
export interface DocusaurusRefusal {
  /**
   * Where: `['authors', 0, 'url']`. A rule about two fields names the one to
   * change. Empty only for a `crash`, which is about the whole front matter.
   */
  path: (string | number)[];
  /** Joi's error type (`string.empty`, `array.includesRequiredUnknowns`, …), or one of REFUSAL_TYPES. */
  type: string;
  /** Docusaurus's own words, as its build would print them. */
  docusaurusMessage: string;
  /** The value at `path`, as read. */
  value: unknown;
}

/** Types of the refusals that come from the blog plugin's loader rather than from its schema. */
export const REFUSAL_TYPES = {
  legacyAuthorMix: 'blog.authorsWithLegacyAuthor',
  duplicateAuthor: 'blog.duplicateAuthor',
  socials: 'blog.authorSocials',
  unusableDate: 'blog.unusableDate',
  /** Docusaurus failed on the value in another way; its message says how. */
  crash: 'blog.crash',
} as const;

/** The legacy author fields, as `getFrontMatterAuthorLegacy` (lib/authors.js) reads them. */
export const LEGACY_AUTHOR_FIELDS = [
  'author',
  'author_title',
  'authorTitle',
  'author_url',
  'authorURL',
  'author_image_url',
  'authorImageURL',
] as const;

/**
 * Runs `run` with @docusaurus/logger's `error` and `warn` silenced, restoring
 * them whatever happens.
 *
 * Targets @docusaurus/utils-validation 3.10.2: its `validateFrontMatter` prints
 * the whole front matter and Joi's messages with `logger.error` (and Joi
 * warnings with `logger.warn`, via `printWarning`) before it throws. The checker
 * reports the same problems with positions; the print would be a second,
 * unlocated report. The logger is one shared object whose methods are looked
 * up at each call, so replacing them for the duration of a synchronous call
 * silences exactly that call. If a later version logs another way, the output
 * shows again (loud, not wrong): the agreement tests watch the console.
 */
export function withDocusaurusLoggerSilenced<T>(run: () => T): T {
  const {error, warn} = logger;
  logger.error = () => {};
  logger.warn = () => {};
  try {
    return run();
  } finally {
    logger.error = error;
    logger.warn = warn;
  }
}

interface JoiDetail {
  path: (string | number)[];
  type: string;
  message: string;
  context?: Record<string, unknown>;
}

/** A Joi ValidationError, told apart from other errors by shape (Joi is not a direct dependency). */
function joiDetails(error: unknown): JoiDetail[] | undefined {
  const details = (error as {isJoi?: boolean; details?: unknown} | null)?.details;
  return (error as {isJoi?: boolean} | null)?.isJoi && Array.isArray(details) ? (details as JoiDetail[]) : undefined;
}

const valueAt = (data: unknown, path: readonly (string | number)[]): unknown =>
  path.reduce<unknown>(
    (value, key) =>
      value !== null && typeof value === 'object' ? (value as Record<string | number, unknown>)[key] : undefined,
    data,
  );

/**
 * The blog plugin's schema, run quietly: its refusals, and the value it would
 * go on with when it accepts. Joi skips the rules on the whole front matter
 * (draft with unlisted) while a field is refused, so Docusaurus would name
 * that problem only once the others are fixed: the schema is asked again
 * without the refused fields until it has nothing more to say.
 */
function schemaRefusals(data: Record<string, unknown>): {
  refusals: DocusaurusRefusal[];
  accepted?: BlogPostFrontMatter;
} {
  const refusals: DocusaurusRefusal[] = [];
  let rest = data;
  // Each round removes at least one field, so the front matter's size bounds the rounds.
  for (let round = 0; round <= Object.keys(data).length; round += 1) {
    try {
      const accepted = withDocusaurusLoggerSilenced(() => validateBlogPostFrontMatter(rest));
      return rest === data ? {refusals, accepted} : {refusals};
    } catch (error) {
      const details = joiDetails(error);
      if (!details) {
        // validateFrontMatter dumps the front matter as YAML before it throws, and
        // that dump fails on what YAML cannot hold (undefined in a list, BigInt):
        // the build would stop on this error instead.
        return {
          refusals: [
            ...refusals,
            {path: [], type: REFUSAL_TYPES.crash, docusaurusMessage: messageOf(error), value: data},
          ],
        };
      }
      const found = details.flatMap((detail) => fromDetail(data, detail));
      refusals.push(...found);
      const refusedFields = new Set(found.map((refusal) => refusal.path[0]));
      const next = Object.fromEntries(Object.entries(rest).filter(([field]) => !refusedFields.has(field)));
      if (Object.keys(next).length === Object.keys(rest).length) break;
      rest = next;
    }
  }
  return {refusals};
}

function fromDetail(data: Record<string, unknown>, detail: JoiDetail): DocusaurusRefusal[] {
  const path = [...detail.path];
  // ContentVisibilitySchema's draft-and-unlisted rule is a custom rule on the
  // whole front matter, so Joi reports it at the root: name the field to change.
  if (path.length === 0 && detail.type === 'frontMatter.draftAndUnlistedError') path.push('unlisted');
  // An author in a list that matches none of the author forms is reported as a
  // whole ("does not look like a valid blog post author"). Asking the schema
  // about that author alone (`authors` may be one author object) gives the
  // field inside it that is wrong, when there is one.
  if (path.length === 2 && path[0] === 'authors' && detail.type === 'array.includes') {
    const inner = authorItemRefusals(data, path[1] as number);
    if (inner.length > 0) return inner;
  }
  return [{path, type: detail.type, docusaurusMessage: detail.message, value: valueAt(data, path)}];
}

function authorItemRefusals(data: Record<string, unknown>, index: number): DocusaurusRefusal[] {
  const item = valueAt(data, ['authors', index]);
  if (item === null || typeof item !== 'object' || Array.isArray(item)) return [];
  try {
    withDocusaurusLoggerSilenced(() => validateBlogPostFrontMatter({authors: item}));
    return [];
  } catch (error) {
    return (joiDetails(error) ?? [])
      .filter((detail) => detail.path[0] === 'authors')
      .map((detail) => {
        const path = ['authors', index, ...detail.path.slice(1)];
        return {
          path,
          type: detail.type,
          docusaurusMessage: detail.message.replace(/^"authors/, `"authors[${index}]`),
          value: valueAt(data, path),
        };
      });
  }
}

/** An entry of `authors` as written: a key, an author object, or (when the schema refused it) anything. */
type AuthorInput = string | {key?: unknown; socials?: unknown; [field: string]: unknown} | null;

const authorList = (authors: unknown): AuthorInput[] =>
  authors === undefined ? [] : Array.isArray(authors) ? (authors as AuthorInput[]) : [authors as AuthorInput];
const authorPath = (authors: unknown, index: number): (string | number)[] =>
  Array.isArray(authors) ? ['authors', index] : ['authors'];
const keyOf = (author: AuthorInput): string | undefined =>
  typeof author === 'string'
    ? author
    : author && typeof author === 'object' && typeof author.key === 'string'
      ? author.key
      : undefined;

/** Socials the blog plugin cannot turn into links: it throws on them while loading the post. */
function socialsRefusals(front: BlogPostFrontMatter): DocusaurusRefusal[] {
  const refusals: DocusaurusRefusal[] = [];
  authorList(front.authors).forEach((author, index) => {
    if (!author || typeof author !== 'object' || !author.socials || typeof author.socials !== 'object') return;
    // One platform at a time, so that each refusal points at its own line.
    for (const [platform, value] of Object.entries(author.socials)) {
      try {
        normalizeSocials({[platform]: value as string} satisfies AuthorSocials);
      } catch (error) {
        refusals.push({
          path: [...authorPath(front.authors, index), 'socials', platform],
          type: REFUSAL_TYPES.socials,
          docusaurusMessage: messageOf(error),
          value,
        });
      }
    }
  });
  return refusals;
}

/**
 * `authors` next to a legacy author field, asked of `getBlogPostAuthors`
 * (lib/authors.js). It also resolves author keys against authors.yml, which is
 * not this module's business: it is given a map that knows every key the post
 * names (and socials are left out, judged above), so the one thing left for it
 * to refuse is the mix.
 */
function legacyMixRefusals(front: BlogPostFrontMatter): DocusaurusRefusal[] {
  const authors = authorList(front.authors);
  const authorsMap: AuthorsMap = Object.fromEntries(
    authors.flatMap((author) => {
      const key = keyOf(author);
      return key ? [[key, {key, name: key, page: null, socials: {}}]] : [];
    }),
  );
  const withoutSocials = authors.map((author) =>
    author && typeof author === 'object' ? {...author, socials: undefined} : author,
  );
  const frontMatter = {
    ...front,
    authors: Array.isArray(front.authors) ? withoutSocials : withoutSocials[0],
  } as BlogPostFrontMatter;
  try {
    getBlogPostAuthors({frontMatter, authorsMap, baseUrl: '/'});
    return [];
  } catch (error) {
    // The mix concerns two fields; the legacy one is the field to move into `authors`.
    const legacy =
      Object.keys(front).find((field) => (LEGACY_AUTHOR_FIELDS as readonly string[]).includes(field)) ?? 'authors';
    return [
      {
        path: [legacy],
        type: REFUSAL_TYPES.legacyAuthorMix,
        docusaurusMessage: messageOf(error),
        value: front[legacy as keyof BlogPostFrontMatter],
      },
    ];
  }
}

/** The same author key twice, asked of `reportDuplicateAuthors` (lib/authorsProblems.js); each repeat is located. */
function duplicateRefusals(front: BlogPostFrontMatter): DocusaurusRefusal[] {
  const authors = authorList(front.authors);
  const keyed = authors.map((author) => ({key: keyOf(author) ?? null, page: null}));
  try {
    reportDuplicateAuthors({authors: keyed, blogSourceRelative: 'this post'});
    return [];
  } catch (error) {
    const seen = new Set<string>();
    const refusals: DocusaurusRefusal[] = [];
    keyed.forEach(({key}, index) => {
      if (key === null) return;
      if (seen.has(key))
        refusals.push({
          path: authorPath(front.authors, index),
          type: REFUSAL_TYPES.duplicateAuthor,
          docusaurusMessage: messageOf(error),
          value: authors[index],
        });
      seen.add(key);
    });
    return refusals;
  }
}

/**
 * A `date` that passes the schema (Joi reads numbers as milliseconds and most
 * strings as dates) but that the loader cannot use. Re-implements `getDate` of
 * `processBlogSourceFile` (lib/blogUtils.js 3.10.2): a string becomes
 * `new Date(`${date}Z`)`, any other value is kept as it is. A number (`date: 2020`)
 * is then kept as a number, and sorting the posts calls `getTime()` on it; a
 * string that already names its time zone (`'2021-03-05T10:00:00Z'`) gets a
 * second `Z` and becomes an Invalid Date.
 *
 * The front matter may come from a YAML reader that leaves timestamps as text
 * (YAML 1.2); Docusaurus's reader (js-yaml) turns an unquoted timestamp into a
 * Date, which the loader uses as is. Text that reads as a YAML timestamp is
 * therefore given that benefit: only the quoted form of such a value would fail.
 */
function dateRefusals(front: BlogPostFrontMatter): DocusaurusRefusal[] {
  const date: unknown = front.date;
  if (date === undefined || date instanceof Date) return [];
  if (typeof date === 'string' && (!Number.isNaN(new Date(`${date}Z`).getTime()) || readsAsYamlTimestamp(date)))
    return [];
  return [
    {
      path: ['date'],
      type: REFUSAL_TYPES.unusableDate,
      // What the build says, in the first case once there are two posts to sort.
      docusaurusMessage: typeof date === 'number' ? 'b.metadata.date.getTime is not a function' : 'Invalid Date',
      value: date,
    },
  ];
}

function readsAsYamlTimestamp(text: string): boolean {
  try {
    return jsYaml.load(text) instanceof Date;
  } catch {
    return false;
  }
}

/**
 * Everything @docusaurus/plugin-content-blog 3.10.2 refuses in this front
 * matter, judged alone. `data` is the front matter as read from YAML.
 */
export function docusaurusFrontMatterRefusals(data: Record<string, unknown>): DocusaurusRefusal[] {
  if (isPlainFrontMatter(data)) return [];
  try {
    const {refusals, accepted} = schemaRefusals(data);
    // The loader's rules run on what the schema accepted; on a refused front
    // matter the build stops at the schema, but the author and date rules are
    // still worth telling at once, on the fields the schema did not refuse.
    const front: BlogPostFrontMatter = accepted ?? data;
    const refused = (field: string) => refusals.some((refusal) => refusal.path[0] === field);
    const fieldsOk = (...fields: string[]) => !fields.some(refused);
    return [
      ...refusals,
      ...(fieldsOk('authors') ? socialsRefusals(front) : []),
      ...(fieldsOk('authors', ...LEGACY_AUTHOR_FIELDS) ? legacyMixRefusals(front) : []),
      ...(fieldsOk('authors') ? duplicateRefusals(front) : []),
      ...(fieldsOk('date') ? dateRefusals(front) : []),
    ];
  } catch (error) {
    // A bug of ours must not stop the check; the refusal says what happened.
    return [{path: [], type: REFUSAL_TYPES.crash, docusaurusMessage: messageOf(error), value: data}];
  }
}

const isText = (value: unknown): value is string => typeof value === 'string';
const isFilledText = (value: unknown): value is string => typeof value === 'string' && value !== '';
const isFilledList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.length > 0 && value.every(isFilledText);
const isUrl = (value: unknown) => isFilledText(value) && URL.canParse(value);

/**
 * The fields a post usually has, each with the values the blog plugin accepts
 * as written (its schema returns them unchanged, and its loader has nothing
 * to say about them): text where the schema allows empty text, non-empty text,
 * lists of non-empty text, an absolute URL (URISchema's second branch), a
 * valid Date, true or false.
 */
const PLAIN_FIELDS: Readonly<Record<string, (value: unknown) => boolean>> = {
  title: isText,
  description: isText,
  slug: isFilledText,
  tags: isFilledList,
  keywords: isFilledList,
  authors: (value) => isFilledText(value) || (isFilledList(value) && new Set(value).size === value.length),
  image: isUrl,
  date: (value) => value instanceof Date && !Number.isNaN(value.getTime()),
  hide_table_of_contents: (value) => typeof value === 'boolean',
  draft: (value) => typeof value === 'boolean',
  unlisted: (value) => typeof value === 'boolean',
};

/**
 * Whether every field of the front matter is one of PLAIN_FIELDS with a plain
 * value, so that the blog plugin refuses nothing in it (draft and unlisted
 * both true aside). Most posts are such: for them, the plugin's Joi schema,
 * the slowest step of the whole check, need not run. Any other field or
 * value takes the plugin's own code; a premise test holds the plugin to
 * accepting, unchanged, what this calls plain.
 */
export function isPlainFrontMatter(data: Record<string, unknown>): boolean {
  for (const field in data) {
    if (!Object.hasOwn(data, field)) continue;
    const plain = Object.hasOwn(PLAIN_FIELDS, field) ? PLAIN_FIELDS[field] : undefined;
    if (!plain?.(data[field])) return false;
  }
  return !(data.draft === true && data.unlisted === true);
}
