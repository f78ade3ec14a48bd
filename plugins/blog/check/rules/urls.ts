/**
 * URLs and URL paths read the way their readers read them. A browser removes
 * tabs and line breaks anywhere in a URL and controls and spaces at its edges
 * before it looks for the scheme, and an HTML attribute decodes character
 * references first: `java\tscript:`, `\u0001javascript:` and
 * `javascript&colon;` all run code. A file name or a slug becomes a URL path,
 * a file in the build and a string in the bundle's generated JavaScript, where
 * quotes, backslashes, line breaks and percent escapes change what it means.
 */
import {decodeHTMLStrict} from 'entities';
import {codePoint} from '../../shared/text';

/** The scheme a browser sees in a URL (lowercase), once entities, escapes, tabs, line breaks and edge controls are gone. */
export function browserScheme(url: string): string | undefined {
  let text = url;
  // Entities in an attribute and percent escapes both hide the colon or letters.
  for (let i = 0; i < 3; i++) {
    let next = decodeHTMLStrict(text);
    try {
      next = decodeURIComponent(next);
    } catch {
      // A malformed escape stays as written.
    }
    if (next === text) break;
    text = next;
  }
  // The URL Standard: strip leading and trailing C0 controls and spaces, then remove every tab and line break.
  text = text.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  return /^([a-z][a-z\d+.-]*):/i.exec(text)?.[1]!.toLowerCase();
}

/** Schemes that run code or show no web page where a link or an image is expected. */
export const UNSAFE_SCHEMES: ReadonlySet<string> = new Set(['javascript', 'vbscript', 'data', 'file']);

/** A URL path segment or file name longer than this (in UTF-8 bytes) is refused: the file system stops at 255, with `.html` added. */
export const MAX_SEGMENT_BYTES = 200;

const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/u;
/** Invisible in a name: default-ignorable code points and format characters. */
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cf}]/u;
/** Characters that end or escape a string in generated JavaScript, or end a URL path. */
const CODE = /['"`\\<>?#]/;

/** How a kind of path is checked: a file name refuses every "%"; a slug only escapes that decode to something unsafe. */
interface SegmentRules {
  /** Report bidi controls and invisible characters (the text rules report them in front matter). */
  hidden: boolean;
  /** `any`: every "%" is refused; `decoded`: escapes are decoded and their result checked. */
  percent: 'any' | 'decoded';
}

const FILE_NAME: SegmentRules = {hidden: true, percent: 'any'};

/**
 * What is wrong with one segment of a URL path (a folder or file name, or a
 * part of a slug between slashes): characters unsafe in a URL or in code,
 * percent escapes (decoded by the build: `%00` is a NUL), over-long.
 */
function segmentProblem(segment: string, rules: SegmentRules = FILE_NAME): string | undefined {
  const control = CONTROL.exec(segment);
  if (control) {
    const cp = control[0].codePointAt(0)!;
    const what = cp === 0x0a || cp === 0x0d || cp >= 0x2028 ? 'a line break' : 'a control character';
    return `holds ${what} (${codePoint(cp)}), which breaks the page's URL and the code Docusaurus generates for it`;
  }
  if (rules.hidden) {
    const bidi = BIDI.exec(segment);
    if (bidi)
      return `holds the bidi control ${codePoint(bidi[0])}, which reorders how the URL is shown (a reversed URL looks like another one)`;
    const invisible = INVISIBLE.exec(segment);
    if (invisible) return `holds the invisible character ${codePoint(invisible[0])}, so its URL looks like another one`;
  }
  const code = CODE.exec(segment);
  if (code)
    return `holds ${code[0] === '\\' ? 'a backslash' : `the character ${code[0]}`}, which ${code[0] === '?' || code[0] === '#' ? 'ends the path of a URL' : 'ends or escapes a string in the JavaScript Docusaurus generates for its route'}`;
  if (segment.includes('%')) {
    const escape = /%[\da-f]{2}/i.exec(segment)?.[0];
    if (rules.percent === 'any')
      return `holds "%", which the build decodes as a percent escape (${escape ? `"${escape}" is one character` : 'a malformed one stops it'})`;
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return 'holds a malformed percent escape, which stops the build (%25 is a literal "%")';
    }
    if (decoded.includes('/')) return 'holds an escaped "/" (%2F), which the build decodes into another folder';
    const inner = segmentProblem(decoded, {hidden: rules.hidden, percent: 'any'});
    if (inner) return inner.replace(/^holds/, 'holds, once decoded,');
  }
  const bytes = Buffer.byteLength(segment);
  if (bytes > MAX_SEGMENT_BYTES)
    return `has a part of ${bytes} bytes, longer than the ${MAX_SEGMENT_BYTES} a file name of the build may have`;
  return undefined;
}

/** The first unsafe segment of a path, with its problem. */
export function pathProblem(
  value: string,
  rules: SegmentRules = FILE_NAME,
): {segment: string; problem: string} | undefined {
  for (const segment of value.split('/')) {
    const problem = segmentProblem(segment, rules);
    if (problem) return {segment, problem};
  }
  return undefined;
}

/** A slug's segments: bidi and invisible characters are the text rules' to report. */
export const SLUG: SegmentRules = {hidden: false, percent: 'decoded'};

/** How two names that differ only in case or Unicode composition meet on a case-insensitive disk or in a URL. */
export const collisionKey = (name: string): string => name.normalize('NFC').toLowerCase();
