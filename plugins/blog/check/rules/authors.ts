/**
 * Authors: each one a key of authors.yml, listed once. Keys match exactly, as
 * Docusaurus matches them; the normalized comparison only feeds the messages
 * (a look-alike letter, the author's name written instead of the key).
 */
import {distance} from 'fastest-levenshtein';
import {nearest, normalizeForMatch} from '../../i18n/arabic';
import {codePoint, quoted} from '../../shared/text';
import type {AuthorEntry, PostInput, SiteFacts} from '../context';
import {registryFileOf} from './blogFolder';
import {defineRule, formatFieldPath, type FieldPath, type Finding} from './rule';
import {browserScheme, UNSAFE_SCHEMES} from './urls';

type Registry = ReadonlyMap<string, AuthorEntry>;

/** Listing more keys than this in a message would drown it. */
const MAX_LISTED = 10;

export const authorUnknown = defineRule({
  id: 'author-unknown',
  severity: 'error',
  category: 'docusaurus',
  description: 'an author that is not in authors.yml',
  fix: "Use a key of `authors.yml`; the message names the nearest key, a look-alike letter or an author's name written instead of the key.",
  blocking: true,
  scope: 'post',
  check: checkAuthors,
  messages: {
    noRegistry: ({value, file, registry}: {value: string; file: string; registry: string}) =>
      `Author "${value}" is not in ${registry}: the blog has no ${registry}, or it lists no authors. Create ${file} with an entry "${value}:", or turn the rule "author-unknown" off.`,
    lookAlike: ({value, char, position, nearest}: {value: string; char: string; position: number; nearest: string}) =>
      `Author "${value}" contains non-ASCII look-alike characters (${codePoint(char)} at character ${position}); did you mean "${nearest}"? Retype the key in plain ASCII.`,
    invisible: ({value, key}: {value: string; key: string}) =>
      `Author "${value}" is the key "${key}" with invisible characters in it. Retype it as "${key}".`,
    nameForKey: ({value, key, registry}: {value: string; key: string; registry: string}) =>
      `Author "${value}" is the name of "${key}" in ${registry}, not a key. Write "${key}".`,
    unknown: ({
      value,
      nearest,
      keys,
      file,
      registry,
    }: {
      value: string;
      nearest: string | undefined;
      keys: string[] | undefined;
      file: string;
      registry: string;
    }) =>
      `Author "${value}" is not in ${registry}${nearest === undefined ? '.' : `; did you mean "${nearest}"?`} Use a key of ${registry}${keys ? ` (${keys.join(', ')})` : ''}, or add the author to ${file}.`,
  },
});

export const authorDuplicate = defineRule({
  id: 'author-duplicate',
  severity: 'error',
  category: 'docusaurus',
  description: 'the same author twice',
  fix: 'List each author once.',
  blocking: false,
  scope: 'post',
  check: checkAuthors,
  messages: {
    listedTwice: ({value, first, index}: {value: string; first: number; index: number}) =>
      `Author "${value}" is listed twice, as authors[${first}] and authors[${index}]. Remove one of them.`,
  },
});

export const authorInline = defineRule({
  id: 'author-inline',
  severity: 'error',
  category: 'house',
  description: 'an author written out in the post instead of a key of authors.yml',
  fix: 'Describe the author once in `authors.yml` and write the key in `authors` (a site that allows authors written out sets `onInlineAuthors`).',
  blocking: false,
  scope: 'post',
  check: checkAuthors,
  messages: {
    inline: ({field, name}: {field: string; name: string | undefined}) =>
      `"${field}" writes ${name === undefined ? 'an author' : `the author "${name}"`} out in the post instead of naming a key of authors.yml. Describe the author once in authors.yml and write the key here.`,
  },
});

export const authorLinkUnsafe = defineRule({
  id: 'author-link-unsafe',
  severity: 'error',
  category: 'safety',
  description: 'a link of an author written out in a post that a browser runs as code (javascript:, data:, …)',
  fix: 'Use an https:// URL, or describe the author once in `authors.yml`.',
  // Docusaurus links to it as written on the post's page.
  blocking: true,
  scope: 'post',
  check: checkAuthorLinks,
  messages: {
    unsafe: ({field, value, scheme}: {field: string; value: string; scheme: string}) =>
      `"${field}" is ${quoted(value)}, which a browser reads as a ${scheme}: URL: it runs code or points at no web page. Use an https:// URL.`,
  },
});

/** The links of the authors a post writes out (url, image, socials) and of its legacy author fields. */
function checkAuthorLinks(_post: PostInput, data: Record<string, unknown>): Finding[] {
  const findings: Finding[] = [];
  const link = (value: unknown, path: FieldPath) => {
    const scheme = typeof value === 'string' ? browserScheme(value) : undefined;
    if (scheme && UNSAFE_SCHEMES.has(scheme))
      findings.push(
        authorLinkUnsafe.report('unsafe', {path}, {field: formatFieldPath(path), value: value as string, scheme}),
      );
  };
  const fieldsOf = (value: unknown) =>
    value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  const author = (value: unknown, path: FieldPath) => {
    const fields = fieldsOf(value);
    for (const field of ['url', 'image_url', 'imageURL']) link(fields[field], [...path, field]);
    for (const [platform, url] of Object.entries(fieldsOf(fields.socials))) link(url, [...path, 'socials', platform]);
  };
  if (Array.isArray(data.authors)) data.authors.forEach((value: unknown, i) => author(value, ['authors', i]));
  else author(data.authors, ['authors']);
  for (const field of ['author_url', 'author_image_url']) link(data[field], [field]);
  return findings;
}

/** One author of `authors`: a key, or an author written out (with a key of its own, or none). */
type AuthorItem = {path: FieldPath; index: number} & ({key: string} | {inline: {name: string | undefined}});

function authorItems(authors: unknown): AuthorItem[] {
  const item = (value: unknown, path: FieldPath, index: number): AuthorItem[] => {
    if (typeof value === 'string') return [{key: value, path, index}];
    // Docusaurus's schema turns a number into its text: `authors: 5` is the key "5".
    if (typeof value === 'number') return [{key: String(value), path, index}];
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return [];
    if ('key' in value && typeof value.key === 'string') return [{key: value.key, path: [...path, 'key'], index}];
    const name = 'name' in value && typeof value.name === 'string' ? value.name : undefined;
    // Without a name or an image, Docusaurus refuses the author (docusaurus-refused says so).
    const image = 'imageURL' in value && typeof value.imageURL === 'string';
    return name !== undefined || image ? [{inline: {name}, path, index}] : [];
  };
  if (Array.isArray(authors)) return authors.flatMap((value: unknown, i) => item(value, ['authors', i], i));
  return item(authors, ['authors'], 0);
}

export function checkAuthors(post: PostInput, data: Record<string, unknown>, site: SiteFacts): Finding[] {
  const registry: Registry = site.authors[post.locale] ?? new Map();
  const findings: Finding[] = [];
  const seen = new Map<string, number>();
  for (const author of authorItems(data.authors)) {
    const {path, index} = author;
    if ('inline' in author) {
      findings.push(authorInline.report('inline', {path}, {field: formatFieldPath(path), name: author.inline.name}));
      continue;
    }
    const value = author.key;
    // Empty items are the field rules' to report.
    if (value.trim() === '') continue;
    const first = seen.get(value);
    if (first !== undefined) {
      findings.push(authorDuplicate.report('listedTwice', {path}, {value, first, index}));
      continue;
    }
    seen.set(value, index);
    if (!registry.has(value)) findings.push(unknownAuthor(value, path, registry, post, site));
  }
  return findings;
}

function unknownAuthor(value: string, path: FieldPath, registry: Registry, post: PostInput, site: SiteFacts): Finding {
  const {name, file} = registryFileOf(post, site, 'authors');
  if (registry.size === 0) return authorUnknown.report('noRegistry', {path}, {value, file, registry: name});
  const keys = [...registry.keys()];
  const wanted = normalizeForMatch(value);
  const near = nearest(value, keys);
  // A Cyrillic "а" or a full-width letter in place of a Latin one: the key looks
  // right and still fails. Close to a real key by no more edits than it has
  // non-ASCII letters, it is a look-alike rather than a typo.
  const foreign = [...value].map((char, i) => ({char, i})).filter(({char}) => char > '\u007f' && /\p{L}/u.test(char));
  if (near !== undefined && foreign.length > 0 && distance(wanted, normalizeForMatch(near)) <= foreign.length) {
    const {char, i} = foreign[0]!;
    return authorUnknown.report('lookAlike', {path}, {value, char, position: i + 1, nearest: near});
  }

  // Matching ignores invisible characters; a key that only differs by them is
  // the key with something hidden in it, not a name.
  const invisible = /[\u00AD\u034F\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/gu;
  const visible = value.replace(invisible, '');
  if (visible !== value && registry.has(visible))
    return authorUnknown.report('invisible', {path}, {value, key: visible});

  // A language model often writes the author's (translated) name for the key.
  const byName = [...registry.values()].find(
    (author) => author.name !== undefined && normalizeForMatch(author.name) === wanted,
  );
  if (byName) return authorUnknown.report('nameForKey', {path}, {value, key: byName.key, registry: name});

  const listed = keys.length <= MAX_LISTED ? keys : undefined;
  return authorUnknown.report('unknown', {path}, {value, nearest: near, keys: listed, file, registry: name});
}
