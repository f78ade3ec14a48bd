/**
 * Authors: each one a key of authors.yml, listed once. Keys match exactly, as
 * Docusaurus matches them; the normalized comparison only feeds the messages
 * (a look-alike letter, the author's name written instead of the key).
 */
import {distance} from 'fastest-levenshtein';
import {nearest, normalizeForMatch} from '../../i18n/arabic';
import type {AuthorEntry, PostCheck, PostInput, SiteFacts} from '../context';
import type {FieldPath, Finding} from './';

type Registry = ReadonlyMap<string, AuthorEntry>;

/** Listing more keys than this in a message would drown it. */
const MAX_LISTED = 10;

export const checkAuthors: PostCheck = (post, data, site) => {
  const items: {value: string; path: FieldPath; index: number}[] =
    typeof data.authors === 'string'
      ? [{value: data.authors, path: ['authors'], index: 0}]
      : Array.isArray(data.authors)
        ? data.authors.flatMap((value: unknown, i) => (typeof value === 'string' ? [{value, path: ['authors', i], index: i}] : []))
        : [];
  const registry: Registry = site.authors[post.locale] ?? new Map();
  const findings: Finding[] = [];
  const seen = new Map<string, number>();
  for (const {value, path, index} of items) {
    // Empty items are the field rules' to report.
    if (value.trim() === '') continue;
    const first = seen.get(value);
    if (first !== undefined) {
      findings.push({rule: 'author-duplicate', path, message: `Author "${value}" is listed twice, as authors[${first}] and authors[${index}]. Remove one of them.`});
      continue;
    }
    seen.set(value, index);
    if (!registry.has(value)) findings.push({rule: 'author-unknown', path, message: unknownMessage(value, registry, post, site)});
  }
  return findings;
};

function unknownMessage(value: string, registry: Registry, post: PostInput, site: SiteFacts): string {
  const file = `${post.locale === site.defaultLocale ? blogFolderOf(post) : 'blog/'}authors.yml`;
  if (registry.size === 0) {
    return `Author "${value}" is not in authors.yml: the blog has no authors.yml, or it lists no authors. Create ${file} with an entry "${value}:", or turn the rule "author-unknown" off.`;
  }
  const keys = [...registry.keys()];
  const wanted = normalizeForMatch(value);
  const near = nearest(value, keys);
  // A Cyrillic "а" or a full-width letter in place of a Latin one: the key looks
  // right and still fails. Close to a real key by no more edits than it has
  // non-ASCII letters, it is a look-alike rather than a typo.
  const foreign = [...value].map((char, i) => ({char, i})).filter(({char}) => char > '\u007f' && /\p{L}/u.test(char));
  if (near !== undefined && foreign.length > 0 && distance(wanted, normalizeForMatch(near)) <= foreign.length) {
    const {char, i} = foreign[0]!;
    const codePoint = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    return `Author "${value}" contains non-ASCII look-alike characters (${codePoint} at character ${i + 1}); did you mean "${near}"? Retype the key in plain ASCII.`;
  }

  // Matching ignores invisible characters; a key that only differs by them is
  // the key with something hidden in it, not a name.
  const invisible = /[\u00AD\u034F\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/gu;
  const visible = value.replace(invisible, '');
  if (visible !== value && registry.has(visible)) {
    return `Author "${value}" is the key "${visible}" with invisible characters in it. Retype it as "${visible}".`;
  }

  // A language model often writes the author's (translated) name for the key.
  const byName = [...registry.values()].find((author) => author.name !== undefined && normalizeForMatch(author.name) === wanted);
  if (byName) return `Author "${value}" is the name of "${byName.key}" in authors.yml, not a key. Write "${byName.key}".`;

  const suggestion = near === undefined ? '.' : `; did you mean "${near}"?`;
  const valid = keys.length <= MAX_LISTED ? ` (${keys.join(', ')})` : '';
  return `Author "${value}" is not in authors.yml${suggestion} Use a key of authors.yml${valid}, or add the author to ${file}.`;
}

/** The post's blog folder ("blog/", "i18n/ar/docusaurus-plugin-content-blog/"), from its two paths. */
function blogFolderOf(post: PostInput): string {
  return post.file.endsWith(post.relativePath) ? post.file.slice(0, post.file.length - post.relativePath.length) : '';
}
