/**
 * Step 3, limits: front matter too large, holding a raw control character or
 * nested too deep is refused before any YAML reader sees it; a list too long
 * is refused once read. No blog post needs more, and hostile files do.
 */
import {formatFieldPath, type Finding} from '../rules/rule';
import {yamlSyntax, yamlTooLarge} from '../rules/parsing';
import type {FrontMatterText} from './findFrontMatter';
import {MAX_DEPTH, MAX_FRONT_MATTER_BYTES, MAX_ITEMS} from './limits';
import type {Locate} from './locate';

/** What YAML 1.2 (and js-yaml) refuses in a stream: C0 and C1 controls but tab, line feed, carriage return and NEL, and U+FFFE/U+FFFF. */
const NON_PRINTABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F\uFFFE\uFFFF]/;

/** The first limit the front matter's text breaks, before it is read. */
export function limitProblem({yamlText, fileRange, firstLine}: FrontMatterText): Finding | undefined {
  const bytes = Buffer.byteLength(yamlText);
  if (bytes > MAX_FRONT_MATTER_BYTES) return yamlTooLarge.report('bytes', {path: [], range: firstLine}, {bytes});
  // YAML allows no raw control character (only escaped, in double quotes);
  // Docusaurus's reader (js-yaml) refuses the whole file for one.
  const control = NON_PRINTABLE.exec(yamlText);
  if (control) {
    const range = fileRange(control.index, control.index + 1);
    return yamlSyntax.report('controlCharacter', {path: [], range}, {char: control[0].codePointAt(0)!});
  }
  const depth = flowDepth(yamlText);
  if (depth > MAX_DEPTH) return yamlTooLarge.report('depth', {path: [], range: firstLine}, {depth});
  return undefined;
}

/** A list or mapping too long, once read: checks look at every item, and 10,000 tags would make 10,000 reports. */
export function tooManyItems(data: Record<string, unknown>, locate: Locate): Finding | undefined {
  const found = longest(data, []);
  if (!found) return undefined;
  const where = {path: found.path, range: locate(found.path, 'key')};
  return yamlTooLarge.report('items', where, {field: formatFieldPath(found.path), size: found.size});
}

/** The first list or mapping with more than MAX_ITEMS entries, depth first. */
function longest(value: unknown, path: (string | number)[]): {path: (string | number)[]; size: number} | undefined {
  if (value === null || typeof value !== 'object' || value instanceof Date) return undefined;
  // Keys, then each item by its key: no array of entries per value (every
  // post's front matter comes here), and a path only for what is looked into.
  if (Array.isArray(value)) {
    if (value.length > MAX_ITEMS) return {path, size: value.length};
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      // Most values are short lists of text: nothing in them to look into.
      if (item === null || typeof item !== 'object') continue;
      const found = longest(item, [...path, i]);
      if (found) return found;
    }
    return undefined;
  }
  const keys = Object.keys(value);
  if (keys.length > MAX_ITEMS) return {path, size: keys.length};
  for (const key of keys) {
    const item = (value as Record<string, unknown>)[key];
    if (item === null || typeof item !== 'object') continue;
    const found = longest(item, [...path, key]);
    if (found) return found;
  }
  return undefined;
}

// The characters flowDepth looks at, as codes.
const LINE_FEED = 0x0a; // \n
const DOUBLE_QUOTE = 0x22; // "
const SINGLE_QUOTE = 0x27; // '
const OPEN_BRACKET = 0x5b; // [
const BACKSLASH = 0x5c; // \
const CLOSE_BRACKET = 0x5d; // ]
const OPEN_BRACE = 0x7b; // {
const CLOSE_BRACE = 0x7d; // }

/** The deepest nesting of flow collections and indentation, read without parsing. */
export function flowDepth(yamlText: string): number {
  let depth = 0;
  let max = 0;
  // Character codes, not characters: a character of a two-byte string (Arabic
  // text) would be a new string each time.
  let quote = 0;
  for (let i = 0; i < yamlText.length; i++) {
    const c = yamlText.charCodeAt(i);
    // An apostrophe in a plain value ("checker's") is not a quote: no quoted
    // value of ours spans lines, so a line break ends any quote.
    if (c === LINE_FEED) quote = 0;
    else if (quote) {
      if (c === quote) quote = 0;
      else if (c === BACKSLASH && quote === DOUBLE_QUOTE) i++;
    } else if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE) quote = c;
    else if (c === OPEN_BRACKET || c === OPEN_BRACE) max = Math.max(max, ++depth);
    else if (c === CLOSE_BRACKET || c === CLOSE_BRACE) depth = Math.max(0, depth - 1);
  }
  let indentMax = 0;
  for (const m of yamlText.matchAll(/^( *)(?:- +)*\S/gm)) indentMax = Math.max(indentMax, m[0].length - 1);
  return Math.max(max, Math.floor(indentMax / 2));
}
