/**
 * Front matter with source positions. Pure: takes the bytes of a post, returns
 * its front matter as data, a way to locate any field in the file, and the
 * problems found on the way. Never throws. A pipeline of named steps: decode,
 * find the front matter, check its limits, then the fast read or, when that
 * cannot be used, the exact read with positions.
 */
import type {Finding} from '../rules/rule';
import {limitProblem, tooManyItems} from './checkLimits';
import {decode, encodingProblem, type DecodedPost} from './decode';
import {exactRead} from './exactRead';
import {fastRead} from './fastRead';
import {findFrontMatter} from './findFrontMatter';
import type {Locate} from './locate';

export {invalidUtf8Offset} from './decode';
export {locator, quickLocate} from './locate';

export interface ParsedPost {
  /** Decoded text, without the BOM. */
  source: string;
  /** The front matter's data, or undefined when there is none to check. */
  data: Record<string, unknown> | undefined;
  /** Problems found while reading and parsing. */
  findings: Finding[];
  /** The body after the front matter, and the file line it starts on. */
  body: string;
  bodyLine: number;
  /** The body's first `length` characters (`body.slice(0, length)`), decoding no more of the file than they need. */
  bodyHead: (length: number) => string;
  /** The range of a field's key or value; the opening `---` when absent. */
  locate: Locate;
  /** Turns an offset in `source` into a 1-based line and column. */
  position: (offset: number) => {line: number; column: number};
  /** Whether the file holds this text anywhere, without decoding it. */
  mentions: (text: string) => boolean;
  /** Whether the body holds this text, without decoding it. */
  bodyMentions: (text: string) => boolean;
  /** The text that follows each occurrence of `text` in the body (up to `length` bytes), decoded alone. */
  bodyFollowing: (text: string, length: number) => string[];
}

export function parsePost(bytes: Uint8Array): ParsedPost {
  return parseBorrowed(bytes).parsed;
}

/**
 * A post parsed from bytes it may not keep (a read buffer used again for the
 * next post): `own` gives it a copy of them, for a post kept whole once read.
 */
export function parseBorrowed(bytes: Uint8Array): {parsed: ParsedPost; own: () => void} {
  const text = decode(bytes);
  const own = () => {
    text.buffer = Buffer.from(text.buffer);
  };
  return {parsed: parseDecoded(bytes, text), own};
}

function parseDecoded(bytes: Uint8Array, text: DecodedPost): ParsedPost {
  const encoding = encodingProblem(bytes, text);
  if (encoding) return parsedPost(text, [encoding], undefined, -1, 1);

  const found = findFrontMatter(text);
  if ('problem' in found) return parsedPost(text, [found.problem], undefined, found.bodyStart, 1);
  if ('read' in found) {
    const {data, findings, locate} = found.read;
    const crowded = data && locate ? tooManyItems(data, locate) : undefined;
    if (crowded) findings.push(crowded);
    return parsedPost(text, findings, crowded ? undefined : data, found.bodyStart, found.bodyLine, locate);
  }
  const {frontMatter, bodyStart, bodyLine} = found;

  const limit = limitProblem(frontMatter);
  if (limit) return parsedPost(text, [limit], undefined, bodyStart, bodyLine);

  const {data, findings, locate} = fastRead(frontMatter) ?? exactRead(frontMatter);
  const crowded = data && locate ? tooManyItems(data, locate) : undefined;
  if (crowded) findings.push(crowded);
  return parsedPost(text, findings, crowded ? undefined : data, bodyStart, bodyLine, locate);
}

/** What the checks read: the text and body decoded on demand, and positions. */
function parsedPost(
  text: DecodedPost,
  findings: Finding[],
  data: ParsedPost['data'],
  bodyStart: number,
  bodyLine: number,
  locate?: Locate,
): ParsedPost {
  const {bom, headEnd, firstLine} = text;
  const bodyBytes = headEnd === -1 ? bom : headEnd;
  return {
    get source() {
      return text.whole();
    },
    data,
    findings,
    get body() {
      return bodyStart < 0 ? '' : text.whole().slice(bodyStart);
    },
    bodyLine,
    bodyHead: (length) => {
      if (bodyStart < 0) return '';
      if (headEnd === -1) return text.whole().slice(bodyStart, bodyStart + length);
      // A character is at most 3 bytes per UTF-16 unit: this many bytes hold `length` units past the head.
      const end = Math.min(text.buffer.length, headEnd + length * 3 + 4);
      const rest = text.buffer.toString('utf8', headEnd, end);
      // The body mostly starts where the decoded head ends (at a line's start).
      if (bodyStart === text.head.length) return rest.slice(0, length);
      return (text.head + rest).slice(bodyStart, bodyStart + length);
    },
    mentions: (needle) => text.buffer.indexOf(needle, bom, 'utf8') !== -1,
    bodyMentions: (needle) => bodyStart >= 0 && text.buffer.indexOf(needle, bodyBytes, 'utf8') !== -1,
    bodyFollowing: (needle, length) => {
      const found: string[] = [];
      const buffer = text.buffer;
      const bytes = Buffer.from(needle);
      for (let i = bodyStart < 0 ? -1 : buffer.indexOf(bytes, bodyBytes); i !== -1; i = buffer.indexOf(bytes, i + 1)) {
        found.push(buffer.toString('utf8', i + bytes.length, Math.min(buffer.length, i + bytes.length + length)));
      }
      return found;
    },
    locate: locate ?? (() => firstLine),
    position: text.positionAnywhere,
  };
}
