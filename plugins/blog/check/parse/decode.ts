/**
 * Step 1, decode: the post's bytes as text. Only the front matter is decoded up
 * front (a post's body is most of its bytes, and most checks never read it);
 * the rest is decoded when something asks for it. Invalid UTF-8 and NUL bytes
 * are reported here: such a file has no text to read on.
 */
import {isUtf8} from 'node:buffer';
import {encodingInvalid} from '../rules/parsing';
import type {Finding, Range} from '../rules/rule';
import {lineEnd, lineStarts, rangeOf, toPosition} from './positions';

export interface DecodedPost {
  /** The file's bytes; a post read into a shared buffer gets its own copy here before that buffer is reused. */
  buffer: Buffer;
  /** 3 when the file starts with a UTF-8 byte order mark, else 0. */
  bom: number;
  /** The byte offset where the undecoded body starts, or -1 when the whole file is decoded. */
  headEnd: number;
  /** Offset of the first byte that is not valid UTF-8, or -1. */
  invalidByte: number;
  /** The decoded front matter (or the whole text): a prefix of the file's text, so offsets into it are the file's. */
  head: string;
  /** The whole text, without the BOM, decoded on first use. */
  whole: () => string;
  /** An offset in `head` as a line and column. */
  position: (offset: number) => {line: number; column: number};
  /** An offset anywhere in the text as a line and column. */
  positionAnywhere: (offset: number) => {line: number; column: number};
  /** The first line of the file: where problems of the whole front matter point. */
  firstLine: Range;
}

export function decode(bytes: Uint8Array): DecodedPost {
  const invalidByte = invalidUtf8Offset(bytes);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const bom = buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf ? 3 : 0;
  const headEnd = invalidByte === -1 ? frontMatterEnd(buffer, bom) : -1;
  let full: string | undefined = headEnd === -1 ? buffer.toString('utf8', bom) : undefined;
  const whole = () => (full ??= decoded.buffer.toString('utf8', bom));
  const head = full ?? buffer.toString('utf8', bom, headEnd);
  // Line starts are computed on first use: most posts need no position at all.
  let lines: number[] | undefined;
  const position = (offset: number) =>
    toPosition((lines ??= lineStarts(offset <= head.length && full === undefined ? head : whole())), offset);
  const positionAnywhere = (offset: number) => {
    // Offsets past the head need the whole text's lines.
    if (offset > head.length && full === undefined) {
      whole();
      lines = undefined;
    }
    return position(offset);
  };
  const firstLineEnd = head.indexOf('\n') < 0 ? head.length : lineEnd(head, 0);
  // An empty first line gives an empty range: a range may end at most just past its line.
  const firstLine: Range = {
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: firstLineEnd - (head[firstLineEnd - 1] === '\r' ? 1 : 0) + 1,
  };
  const decoded: DecodedPost = {buffer, bom, headEnd, invalidByte, head, whole, position, positionAnywhere, firstLine};
  return decoded;
}

/** Invalid UTF-8 or a NUL byte: the file is no text to read front matter from. */
export function encodingProblem(bytes: Uint8Array, text: DecodedPost): Finding | undefined {
  const {buffer, bom, invalidByte: bad} = text;
  if (bad !== -1) {
    const line = countNewlines(bytes, bad) + 1;
    const lineStart = bytes.lastIndexOf(0x0a, bad - 1) + 1;
    // Columns count characters, as in the decoded text the code frame shows.
    const column = buffer.toString('utf8', Math.max(lineStart, line === 1 ? bom : 0), bad).length + 1;
    const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    const where = {path: [], range: {line, column, endLine: line, endColumn: column + 1}};
    return utf16
      ? encodingInvalid.report('utf16', where)
      : encodingInvalid.report('invalidByte', where, {byte: bytes[bad]!, offset: bad});
  }
  const nul = buffer.indexOf(0) === -1 ? -1 : text.whole().indexOf('\0');
  if (nul === -1) return undefined;
  return encodingInvalid.report('nul', {path: [], range: rangeOf(text.position(nul), text.position(nul + 1))});
}

/** The byte offset just after the line that closes the front matter, or -1. */
function frontMatterEnd(buffer: Buffer, start: number): number {
  const isFence = (from: number, a: number) => buffer[from] === a && buffer[from + 1] === a && buffer[from + 2] === a;
  const restOfLineBlank = (from: number) => {
    let i = from;
    while (buffer[i] === 0x20 || buffer[i] === 0x09) i++;
    if (buffer[i] === 0x0d) i++;
    return i >= buffer.length ? buffer.length : buffer[i] === 0x0a ? i + 1 : -1;
  };
  if (!isFence(start, 0x2d) || restOfLineBlank(start + 3) === -1) return -1;
  for (let nl = buffer.indexOf(0x0a, start); nl !== -1 && nl + 1 < buffer.length; nl = buffer.indexOf(0x0a, nl + 1)) {
    const line = nl + 1;
    if (isFence(line, 0x2d) || isFence(line, 0x2e)) {
      const end = restOfLineBlank(line + 3);
      if (end !== -1) return end;
    }
  }
  return -1;
}

/** Offset of the first byte that is not valid UTF-8, or -1. */
export function invalidUtf8Offset(bytes: Uint8Array): number {
  // Node's validator is native and fast; walk the bytes only on the error path.
  if (isUtf8(bytes)) return -1;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const n = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (n < 0) return i;
    try {
      new TextDecoder('utf-8', {fatal: true}).decode(bytes.subarray(i, i + n + 1));
    } catch {
      return i;
    }
    i += n + 1;
  }
  return -1;
}

function countNewlines(bytes: Uint8Array, end: number): number {
  let count = 0;
  for (let i = 0; i < end; i++) if (bytes[i] === 0x0a) count++;
  return count;
}
