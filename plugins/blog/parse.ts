/**
 * Front matter with source positions. Pure: takes the bytes of a post, returns
 * its front matter as data, a way to locate any field in the file, and the
 * problems found on the way. Never throws.
 */
import {isUtf8} from 'node:buffer';
import {Alias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node} from 'yaml';
import type {FieldPath, Finding, Range} from './rules';

/** Front matter above this size is refused unread: no blog needs it. */
export const MAX_FRONT_MATTER_BYTES = 256 * 1024;
/** Nesting deeper than this is refused (no field of ours nests beyond 2). */
export const MAX_DEPTH = 32;

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
  /** The range of a field's key or value; the opening `---` when absent. */
  locate: (path: FieldPath, at?: 'key' | 'value') => Range;
  /** Turns an offset in `source` into a 1-based line and column. */
  position: (offset: number) => {line: number; column: number};
}

const FENCE = /^(?:```|~~~)\s*(?:ya?ml)?\s*$/i;
const OPEN = /^---[ \t]*$/;
const OPEN_OTHER = /^(?:---[ \t]*(\w+)|\+\+\+)[ \t]*$/;

export function parsePost(bytes: Uint8Array): ParsedPost {
  const findings: Finding[] = [];
  const bad = invalidUtf8Offset(bytes);
  let source = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  if (source.charCodeAt(0) === 0xfeff) source = source.slice(1);
  // Line starts are computed on first use: most posts need no position at all.
  let lines: number[] | undefined;
  const position = (offset: number) => toPosition((lines ??= lineStarts(source)), offset);
  const at = (offset: number, length = 1): Range => rangeOf(position(offset), position(offset + length));
  const firstLine = at(0, Math.max(1, source.indexOf('\n') < 0 ? source.length : lineEnd(source, 0)));
  const result = (data: ParsedPost['data'], body: string, bodyLine: number, locate?: ParsedPost['locate']): ParsedPost => ({
    source,
    data,
    findings,
    body,
    bodyLine,
    locate: locate ?? (() => firstLine),
    position,
  });

  if (bad !== -1) {
    const line = countNewlines(bytes, bad) + 1;
    findings.push({
      rule: 'encoding-invalid',
      path: [],
      message: `Byte 0x${bytes[bad]!.toString(16).padStart(2, '0')} at byte ${bad} is not valid UTF-8. Save the file as UTF-8.`,
      range: {line, column: 1, endLine: line, endColumn: 2},
    });
    return result(undefined, '', 1);
  }
  const nul = source.indexOf('\0');
  if (nul !== -1) {
    findings.push({
      rule: 'encoding-invalid',
      path: [],
      message: 'The file holds a NUL byte: it is binary or corrupted. Remove the NUL bytes and save it as UTF-8 text.',
      range: at(nul),
    });
    return result(undefined, '', 1);
  }

  const first = source.slice(0, lineEnd(source, 0)).replace(/\r$/, '');
  if (!OPEN.test(first)) {
    if (FENCE.test(first)) {
      const close = findFenceEnd(source);
      findings.push({
        rule: 'frontmatter-fenced',
        path: [],
        message: `The front matter is inside a code fence ("${first.trim()}" on line 1${close ? `, closed on line ${close}` : ''}), so it is shown as text and the post has no title, tags or authors. Remove the fence lines and start the file with ---.`,
        range: firstLine,
      });
    } else if (OPEN_OTHER.test(first)) {
      findings.push({
        rule: 'frontmatter-missing',
        path: [],
        message: `\`${first.trim()}\` opens front matter in another language (TOML or JSON). Write it in YAML between --- lines.`,
        range: firstLine,
      });
    } else {
      findings.push({
        rule: 'frontmatter-missing',
        path: [],
        message: source.trim() === '' ? 'The file is empty. A post starts with front matter between --- lines.' : 'The file has no front matter. Start it with a --- line, the fields (title, description, tags, authors), and a closing --- line.',
        range: firstLine,
      });
    }
    return result(undefined, source, 1);
  }

  // Find the closing --- line.
  const yamlStart = lineEnd(source, 0) + 1;
  let cursor = yamlStart;
  let yamlEnd = -1;
  let bodyStart = source.length;
  while (cursor <= source.length && cursor > 0) {
    const end = lineEnd(source, cursor);
    const line = source.slice(cursor, end).replace(/\r$/, '');
    if (/^(?:---|\.\.\.)[ \t]*$/.test(line)) {
      yamlEnd = cursor;
      bodyStart = Math.min(end + 1, source.length);
      break;
    }
    if (end >= source.length) break;
    cursor = end + 1;
  }
  if (yamlEnd === -1) {
    findings.push({
      rule: 'frontmatter-unclosed',
      path: [],
      message: 'The front matter opened on line 1 is never closed. Add a --- line after the last field.',
      range: firstLine,
    });
    return result(undefined, '', 1);
  }
  const body = source.slice(bodyStart);
  const bodyLine = position(bodyStart).line;
  const yamlText = source.slice(yamlStart, yamlEnd);

  if (Buffer.byteLength(yamlText) > MAX_FRONT_MATTER_BYTES) {
    findings.push({
      rule: 'yaml-too-large',
      path: [],
      message: `The front matter is ${Math.round(Buffer.byteLength(yamlText) / 1024)} KB; more than ${MAX_FRONT_MATTER_BYTES / 1024} KB is refused unread. Move content into the body.`,
      range: firstLine,
    });
    return result(undefined, body, bodyLine);
  }

  const fileRange = (start: number, end: number): Range =>
    rangeOf(position(yamlStart + start), position(yamlStart + Math.max(end, start + 1)));

  const depth = flowDepth(yamlText);
  if (depth > MAX_DEPTH) {
    findings.push({rule: 'yaml-too-large', path: [], message: `The front matter nests ${depth} levels deep; more than ${MAX_DEPTH} is refused unread. No field needs that.`, range: firstLine});
    return result(undefined, body, bodyLine);
  }

  let doc: Document.Parsed;
  try {
    doc = parseDocument(yamlText, {uniqueKeys: true, merge: false, prettyErrors: false, strict: true, lineCounter: new LineCounter()});
  } catch {
    findings.push({rule: 'yaml-too-large', path: [], message: `The front matter nests too deeply to read. No field needs more than ${MAX_DEPTH} levels.`, range: firstLine});
    return result(undefined, body, bodyLine);
  }

  // One broken bracket can cascade into dozens of errors: the first few say it.
  for (const error of doc.errors.slice(0, 3)) {
    // The parser notices a missing closing quote where the text ends; the
    // author needs the line where the quote opened.
    const quote = error.code === 'MISSING_CHAR' ? /closing (["'])quote/.exec(error.message)?.[1] : undefined;
    if (quote) {
      const open = yamlText.lastIndexOf(quote, error.pos[0] - 1);
      findings.push({rule: 'yaml-syntax', path: [], message: `YAML: this ${quote === '"' ? 'double' : 'single'} quote is never closed. Add the closing ${quote} at the end of the value.`, range: fileRange(Math.max(0, open), Math.max(0, open) + 1)});
      continue;
    }
    findings.push({
      rule: error.code === 'DUPLICATE_KEY' ? 'yaml-duplicate-key' : 'yaml-syntax',
      path: [],
      message:
        error.code === 'DUPLICATE_KEY'
          ? `The key "${yamlText.slice(error.pos[0]).split('\n')[0]!.split(':')[0]!.trim()}" appears twice in the front matter; YAML keeps only one. Remove one of them.`
          : `YAML: ${firstSentence(error.message)}`,
      range: fileRange(error.pos[0], error.pos[1]),
    });
  }

  // Aliases, merge keys and explicit tags: no front matter field needs them, and
  // aliases are how "billion laughs" documents explode. Reported, never expanded.
  let unsafe = false;
  let tooDeep = false;
  // Without these characters there is no alias, anchor, tag or merge key to find.
  const mayHideFeatures = /[&*!]|<</.test(yamlText);
  try {
    if (mayHideFeatures) visit(doc, {
      Alias(_, node) {
        unsafe = true;
        const [s, e] = (node as Alias).range ?? [0, 1];
        findings.push({rule: 'yaml-alias', path: [], message: `YAML alias *${(node as Alias).source} is not allowed in front matter. Write the value out.`, range: fileRange(s, e)});
        return visit.SKIP;
      },
      Pair(_, pair) {
        if (isScalar(pair.key) && pair.key.value === '<<') {
          unsafe = true;
          const [s, e] = pair.key.range ?? [0, 1];
          findings.push({rule: 'yaml-alias', path: [], message: 'YAML merge keys (<<) are not allowed in front matter. Write the fields out.', range: fileRange(s, e)});
        }
      },
      Node(_, node, path) {
        if (path.length > MAX_DEPTH * 2 + 2 && !tooDeep) {
          tooDeep = true;
          const [s, e] = node.range ?? [0, 1];
          findings.push({rule: 'yaml-too-large', path: [], message: `The front matter nests more than ${MAX_DEPTH} levels deep. No field needs that.`, range: fileRange(s, e)});
          return visit.BREAK;
        }
        const tag = (node as Node).tag;
        if (tag && (node as {range?: unknown}).range) {
          const explicit = tagInSource(yamlText, node as Node);
          if (explicit) {
            unsafe = true;
            const [s, e] = (node as Node).range!;
            findings.push({rule: 'yaml-custom-tag', path: [], message: `The YAML tag ${explicit} is not allowed in front matter: plain values only. Remove the tag.`, range: fileRange(Math.max(0, s - explicit.length - 1), e)});
          }
        }
      },
    });
  } catch {
    tooDeep = true;
    findings.push({rule: 'yaml-too-large', path: [], message: `The front matter nests too deeply to read. No field needs more than ${MAX_DEPTH} levels.`, range: firstLine});
  }

  const locate = (path: FieldPath, which: 'key' | 'value' = 'value'): Range => {
    let node: unknown = doc.contents;
    let keyNode: Node | undefined;
    for (const part of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === part);
        if (!pair) return lastRange(node as Node, keyNode);
        keyNode = pair.key as Node;
        node = pair.value;
      } else if (isSeq(node) && typeof part === 'number' && node.items[part]) {
        node = node.items[part];
        keyNode = undefined;
      } else {
        return lastRange(node as Node, keyNode);
      }
    }
    const target = which === 'key' && keyNode ? keyNode : ((node as Node | null) ?? keyNode);
    return target?.range ? fileRange(target.range[0], target.range[1]) : keyNode?.range ? fileRange(keyNode.range[0], keyNode.range[1]) : firstLine;
  };
  const lastRange = (node: Node | undefined, keyNode: Node | undefined): Range => {
    const target = keyNode ?? node;
    return target?.range && target !== doc.contents ? fileRange(target.range[0], target.range[1]) : firstLine;
  };

  if (doc.errors.length > 0 || unsafe || tooDeep) return result(undefined, body, bodyLine, locate);

  let data: unknown;
  try {
    data = doc.toJS({maxAliasCount: 0});
  } catch (error) {
    findings.push({rule: 'yaml-syntax', path: [], message: `YAML: ${firstSentence((error as Error).message)}`, range: firstLine});
    return result(undefined, body, bodyLine, locate);
  }
  if (data === null || data === undefined) data = {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    findings.push({
      rule: 'frontmatter-not-mapping',
      path: [],
      message: `The front matter is a ${Array.isArray(data) ? 'list' : typeof data}, not a set of fields. Write one "field: value" per line.`,
      range: doc.contents?.range ? fileRange(doc.contents.range[0], doc.contents.range[1]) : firstLine,
    });
    return result(undefined, body, bodyLine, locate);
  }
  return result(data as Record<string, unknown>, body, bodyLine, locate);
}

/** The deepest nesting of flow collections and indentation, read without parsing. */
function flowDepth(yamlText: string): number {
  let depth = 0;
  let max = 0;
  let quote = '';
  for (let i = 0; i < yamlText.length; i++) {
    const c = yamlText[i]!;
    // An apostrophe in a plain value ("checker's") is not a quote: no quoted
    // value of ours spans lines, so a line break ends any quote.
    if (c === '\n') quote = '';
    else if (quote) {
      if (c === quote) quote = '';
      else if (c === '\\' && quote === '"') i++;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '{') max = Math.max(max, ++depth);
    else if (c === ']' || c === '}') depth = Math.max(0, depth - 1);
  }
  let indentMax = 0;
  for (const m of yamlText.matchAll(/^( *)(?:- +)*\S/gm)) indentMax = Math.max(indentMax, m[0].length - 1);
  return Math.max(max, Math.floor(indentMax / 2));
}

function tagInSource(yamlText: string, node: Node): string | undefined {
  // The parser records resolved tags on some nodes; only a tag written in the
  // file (`!foo`, `!!js/function`) right before the node counts.
  const start = node.range?.[0] ?? 0;
  const before = yamlText.slice(Math.max(0, start - 200), start);
  const match = /(![!\w/:.%-]*)\s*$/.exec(before);
  return match ? match[1] : undefined;
}

function firstSentence(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '').trim();
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

function lineEnd(source: string, from: number): number {
  const i = source.indexOf('\n', from);
  return i === -1 ? source.length : i;
}

function findFenceEnd(source: string): number | undefined {
  const lines = source.split('\n');
  for (let i = 1; i < lines.length; i++) if (/^(?:```|~~~)\s*$/.test(lines[i]!.replace(/\r$/, ''))) return i + 1;
  return undefined;
}

function lineStarts(source: string): number[] {
  const starts = [0];
  for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function toPosition(starts: number[], offset: number): {line: number; column: number} {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return {line: lo + 1, column: offset - starts[lo]! + 1};
}

function rangeOf(start: {line: number; column: number}, end: {line: number; column: number}): Range {
  return {line: start.line, column: start.column, endLine: end.line, endColumn: end.column};
}
