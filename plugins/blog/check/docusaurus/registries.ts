/**
 * What @docusaurus/plugin-content-blog refuses in a tags file or an authors
 * map beyond each entry's own fields (which check/load reads): two tags at
 * one permalink (`ensureUniquePermalinks`), an author its schema refuses
 * (`validateAuthorsMapInput`, then `normalizeSocials`: socials that are
 * neither a handle nor a URL), two authors' pages at one permalink
 * (`checkAuthorsMapPermalinkCollisions`). Its own code decides, on entries
 * check/load has read; each refusal names the entry it is at.
 */
import {validateAuthorsMapInput} from '@docusaurus/plugin-content-blog/lib/authorsMap.js';
import {normalizeSocials} from '@docusaurus/plugin-content-blog/lib/authorsSocials.js';
import {normalizeUrl} from '@docusaurus/utils';
import {normalizeTagsFile} from '@docusaurus/utils-validation/lib/tagsFile.js';
import {messageOf} from '../../shared/text';

type Entries = ReadonlyMap<string, Record<string, unknown>>;

export interface RegistryRefusal {
  key: string;
  /** The field it is about, inside the entry; the entry's key when absent. */
  field?: string[];
  problem: string;
}

/** Lower-case ASCII letters and digits in parts joined by single dashes: most keys. */
const PLAIN_KEY = /^[a-z\d]+(?:-[a-z\d]+)*$/;
/** Where lodash's kebabCase puts a dash inside such a part: between a letter and a digit. */
const LETTER_DIGIT = /(?<=[a-z])(?=\d)|(?<=\d)(?=[a-z])/g;
const DIGIT = /\d/;

/** A plain key in kebab case (`t00001` → `t-00001`); undefined for any other key. */
const plainKebab = (key: string): string | undefined =>
  PLAIN_KEY.test(key) ? (DIGIT.test(key) ? key.replace(LETTER_DIGIT, '-') : key) : undefined;

/**
 * Each key in kebab case, as Docusaurus makes a tag's or an author page's
 * default permalink of it (lodash's kebabCase). A plain key (`t00001`,
 * `web3`, `open-source`) only gains a dash between its letters and digits;
 * any other goes through Docusaurus's own normalizeTagsFile, lodash being no
 * dependency of ours (100,000 keys through it take half a second).
 */
export function kebabCases(keys: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  const others: string[] = [];
  for (const key of keys) {
    const kebab = plainKebab(key);
    if (kebab === undefined) others.push(key);
    else out.set(key, kebab);
  }
  if (others.length) {
    const normalized = normalizeTagsFile(Object.fromEntries(others.map((key) => [key, null])));
    for (const key of others) out.set(key, normalized[key]!.permalink.slice(1));
  }
  return out;
}

/** Each permalink's first owner: `taken(key, permalink)` names it when the permalink is someone's already. */
function owners(): (key: string, permalink: string) => string | undefined {
  const first = new Map<string, string>();
  return (key, permalink) => {
    const before = first.get(permalink);
    if (before === undefined) first.set(permalink, key);
    return before;
  };
}

/** Docusaurus's refusal in its own words, on one line and ended by a full stop. */
const refusedBy = (error: unknown): string =>
  `is refused by Docusaurus: ${messageOf(error).replace(/\s+/g, ' ').trim().replace(/\.?$/, '.')}`;

/** Two tags at one permalink: the second, and the first it meets. */
export function tagsFileRefusals(entries: Entries): RegistryRefusal[] {
  const taken = owners();
  const refusals: RegistryRefusal[] = [];
  const see = (key: string, permalink: string, written: boolean) => {
    const before = taken(key, permalink);
    if (before === undefined) return;
    refusals.push({
      key,
      ...(written ? {field: ['permalink']} : {}),
      problem: `has the permalink "${permalink}"${written ? '' : ' (made from its key)'}, as "${before}" has: Docusaurus refuses a tags file with two tags at one permalink. Give one of them a permalink of its own.`,
    });
  };
  // One pass over most keys (Docusaurus's permalink: the tag's own, or its key in kebab case); the rare others after.
  const others: string[] = [];
  for (const [key, fields] of entries) {
    if (typeof fields.permalink === 'string' && fields.permalink !== '') {
      see(key, fields.permalink, true);
      continue;
    }
    const kebab = plainKebab(key);
    if (kebab === undefined) others.push(key);
    else see(key, `/${kebab}`, false);
  }
  for (const [key, kebab] of kebabCases(others)) see(key, `/${kebab}`, false);
  return refusals;
}

/** Joi's refusal, told apart by its shape (Joi is no dependency of ours). */
const joiPath = (error: unknown): (string | number)[] | undefined => {
  const details = (error as {isJoi?: boolean; details?: {path?: unknown}[]} | null)?.details;
  const path = (error as {isJoi?: boolean} | null)?.isJoi ? details?.[0]?.path : undefined;
  return Array.isArray(path) ? path : undefined;
};

/** The author Docusaurus's schema refuses first (it stops there), then two authors' pages at one permalink. */
export function authorsMapRefusals(entries: Entries): RegistryRefusal[] {
  try {
    validateAuthorsMapInput(Object.fromEntries(entries));
  } catch (error) {
    const path = joiPath(error);
    const key = typeof path?.[0] === 'string' ? path[0] : undefined;
    if (key === undefined || !entries.has(key)) return [];
    const field = path!.slice(1, 2).filter((part): part is string => typeof part === 'string');
    return [{key, ...(field.length ? {field} : {}), problem: refusedBy(error)}];
  }
  // The socials the schema let through, as the plugin reads them when it loads the map.
  for (const [key, fields] of entries) {
    if (fields.socials === undefined) continue;
    try {
      normalizeSocials(fields.socials as Parameters<typeof normalizeSocials>[0]);
    } catch (error) {
      return [{key, field: ['socials'], problem: refusedBy(error)}];
    }
  }
  const pages = [...entries].flatMap(([key, fields]) => {
    const page = fields.page;
    if (page === true) return [{key, slug: undefined as string | undefined}];
    const permalink = typeof page === 'object' && page !== null ? (page as {permalink?: unknown}).permalink : undefined;
    return typeof permalink === 'string' ? [{key, slug: permalink}] : [];
  });
  const kebab = kebabCases(pages.flatMap(({key, slug}) => (slug === undefined ? [key] : [])));
  const taken = owners();
  const refusals: RegistryRefusal[] = [];
  for (const {key, slug} of pages) {
    // Every page is under the same authors' path: the rest of the URL tells them apart.
    const permalink = normalizeUrl(['/', slug ?? kebab.get(key)!]);
    const before = taken(key, permalink);
    if (before === undefined) continue;
    refusals.push({
      key,
      field: ['page'],
      problem: `has its page at "${permalink}"${slug === undefined ? ' (made from its key)' : ''} under the authors' path, as "${before}" has: Docusaurus refuses two authors' pages at one permalink. Give one of them \`page: {permalink: /another}\`.`,
    });
  }
  return refusals;
}
