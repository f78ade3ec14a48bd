/**
 * Docusaurus's front matter refusals in the project's words: what is wrong,
 * the value as written, and the fix. Docusaurus's own message says less (Joi's
 * "does not contain 1 required value(s)", a URL message that prints
 * `value=''` whatever the value) and never says what to write instead.
 */
import {formatFieldPath} from '../rules/rule';
import {quoted, written} from '../../shared/text';
import {
  docusaurusFrontMatterRefusals,
  LEGACY_AUTHOR_FIELDS,
  REFUSAL_TYPES,
  type DocusaurusRefusal,
} from './frontMatter';

export interface DocusaurusRefusalMessage {
  path: (string | number)[];
  message: string;
  /** The refusal's type (see DocusaurusRefusal), for tests and for telling rules apart. */
  type: string;
}

/** Every refusal of @docusaurus/plugin-content-blog for this front matter, with the project's message. */
export function docusaurusRefusals(data: Record<string, unknown>): DocusaurusRefusalMessage[] {
  return docusaurusFrontMatterRefusals(data).map((refusal) => ({
    path: refusal.path,
    type: refusal.type,
    message: refusalMessage(refusal, data),
  }));
}

const URL_FIELDS = new Set(['image', 'author_url', 'authorURL', 'author_image_url', 'authorImageURL', 'url']);
const TOC_RANGE = 'a heading level from 2 to 6';

/** Why a text is not a URL for Docusaurus's URISchema (Joi's `uri`, then `new URL`). */
function urlTrouble(value: string): string {
  if (value.trim() === '') return 'it is empty';
  if (/\s/.test(value)) return 'it holds a space';
  const letter = [...value].find((char) => char.charCodeAt(0) > 0x7e);
  if (letter) return `it holds ${quoted(letter)}, a character URLs must percent-encode`;
  return 'it is neither a URL nor a path';
}

function refusalMessage(refusal: DocusaurusRefusal, data: Record<string, unknown>): string {
  const {path, value, type} = refusal;
  const field = `"${formatFieldPath(path)}"`;
  const last = path[path.length - 1];
  const name = typeof last === 'string' ? last : String(path[0]);
  const listItem = typeof last === 'number';

  switch (type) {
    case 'array.includesRequiredUnknowns':
      return `${field} is an empty list, which Docusaurus refuses; add at least one ${name === 'keywords' ? 'keyword' : 'item'} or remove the field.`;
    case 'array.base':
      return `${field} is ${written(value)}, not a list, which Docusaurus refuses; write a list such as [first, second], or remove the field.`;
    case 'string.empty':
      if (name === 'slug')
        return `${field} is empty text (""), which Docusaurus refuses; write the post's URL path, or remove the field to take it from the file name.`;
      if (name === 'id')
        return `${field} is empty text (""), which Docusaurus refuses; remove the field ("slug" sets the URL).`;
      if (listItem)
        return `${field} is empty text (""), which Docusaurus refuses; write the item or remove it from the list.`;
      return `${field} is empty text (""), which Docusaurus refuses; write a value or remove the field.`;
    case 'string.base':
      if (value === null)
        return `${field} has no value ("${name}:" with nothing after it), which Docusaurus refuses; write the value or remove the field.`;
      return `${field} is ${written(value)}, but Docusaurus needs text here; write it as text (in quotes) or remove the field.`;
    case 'boolean.base':
      return `${field} is ${written(value)}, but Docusaurus accepts only true or false; write true or false.`;
    case 'number.base':
    case 'number.infinity':
      return `${field} is ${written(value)}, but it must be ${TOC_RANGE}; write a number from 2 to 6, or remove the field.`;
    case 'number.min':
    case 'number.max':
      return tocMessage(refusal, data, field);
    case 'date.base':
      return `${field} is ${written(value)}, which Docusaurus cannot read as a date; write the day as YYYY-MM-DD (for example 2025-01-31).`;
    case 'array.includes':
    case 'array.sparse':
      return `${field} is ${written(value)}, which is not an author for Docusaurus; write an author key, or an author with a "key", a "name" or an "imageURL".`;
    case 'object.missing':
      if (name === 'last_update')
        return `${field} has neither "author" nor "date", which Docusaurus refuses; give at least one of them, or remove the field.`;
      return `${field} has no "key", "name" or "imageURL", which Docusaurus refuses: it needs one of them to show the author. Add one.`;
    case 'object.base':
      if (name === 'last_update')
        return `${field} is ${written(value)}, but Docusaurus needs a mapping with "author" and/or "date"; write them under it, or remove the field.`;
      return `${field} is ${written(value)}, but Docusaurus needs a mapping here; write its fields under it, or remove it.`;
    case 'object.rename.override':
      return `${field} has both "imageURL" and "image_url", which Docusaurus refuses; keep one of them.`;
    case 'any.required':
      return `${field} is missing, which Docusaurus refuses; add it.`;
    case 'alternatives.match':
    case 'alternatives.types':
    case 'any.invalid':
      if (URL_FIELDS.has(name) && typeof value === 'string') {
        const fix =
          name === 'image' && value.trim() !== ''
            ? 'rename the file with ASCII letters, digits and dashes (for example ./img/card.png), or percent-encode its name'
            : 'write the URL, or remove the field';
        return `${field} is ${written(value)}, which Docusaurus does not accept as a URL: ${urlTrouble(value)}. ${capitalized(fix)}.`;
      }
      if (path[0] === 'tags')
        return `${field} is ${written(value)}, which is not a tag for Docusaurus; write the tag as text.`;
      return `${field} is ${written(value)}, which Docusaurus refuses here; ${refusal.docusaurusMessage}`;
    case 'frontMatter.draftAndUnlistedError':
      return `"draft" and "unlisted" cannot both be true: Docusaurus refuses a post that is both a draft (left out of the build) and unlisted (built, but hidden). Remove one of them.`;
    case REFUSAL_TYPES.legacyAuthorMix: {
      const legacy = LEGACY_AUTHOR_FIELDS.filter((f) => data[f] !== undefined);
      const list = legacy.map((f) => `"${f}"`).join(', ');
      return `"authors" and the older author field${legacy.length > 1 ? 's' : ''} ${list} cannot be used together, which Docusaurus refuses ("Don't mix 'authors' with other existing 'author_*' front matter"). Keep "authors" and remove ${list}.`;
    }
    case REFUSAL_TYPES.duplicateAuthor:
      return `${field} names the author ${quoted(authorKey(value))} a second time, which Docusaurus refuses; list each author once.`;
    case REFUSAL_TYPES.socials:
      return `${field} is ${written(value)}, which Docusaurus cannot turn into a link; write the handle alone (like "jdoe") or a full https:// URL.`;
    case REFUSAL_TYPES.unusableDate:
      return typeof value === 'number'
        ? `${field} is the number ${value}, not a day: Docusaurus keeps it as a number and its build fails when it sorts the posts. Write the day as YYYY-MM-DD (for example ${value >= 1000 && value <= 9999 ? `${value}-01-01` : '2025-01-31'}).`
        : `${field} is ${written(value)}, which Docusaurus turns into an invalid date: it reads quoted dates as UTC by adding "Z", which text with its own time zone cannot take. Remove the quotes, or write the day as YYYY-MM-DD.`;
    case REFUSAL_TYPES.crash:
      return `Docusaurus cannot read this front matter (${refusal.docusaurusMessage}). Write plain YAML values: text, numbers, true/false, lists and mappings.`;
    default:
      return `${field} is ${written(value)}, which Docusaurus refuses: ${refusal.docusaurusMessage}`;
  }
}

/** The toc levels: out of 2–6, or a minimum above the maximum. */
function tocMessage(refusal: DocusaurusRefusal, data: Record<string, unknown>, field: string): string {
  const max = data.toc_max_heading_level;
  // The min-above-max rule is Joi's `max` with a reference to the other field, not a number.
  const againstMax =
    refusal.path[0] === 'toc_min_heading_level' &&
    typeof max === 'number' &&
    max >= 2 &&
    max <= 6 &&
    Number(refusal.value) > max;
  if (againstMax) {
    return `"toc_min_heading_level" (${written(refusal.value)}) is above "toc_max_heading_level" (${max}), which Docusaurus refuses; make the minimum at most the maximum.`;
  }
  return `${field} is ${written(refusal.value)}, but it must be ${TOC_RANGE}; write a number from 2 to 6, or remove the field.`;
}

const authorKey = (value: unknown): string =>
  typeof value === 'string'
    ? value
    : value && typeof value === 'object' && 'key' in value
      ? String(value.key)
      : String(value);

const capitalized = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
