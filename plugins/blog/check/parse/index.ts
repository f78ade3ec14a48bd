/**
 * Front matter with source positions. Pure: takes the bytes of a post, returns
 * its front matter as data, a way to locate any field in the file, and the
 * problems found on the way. Never throws.
 */
import {isUtf8} from 'node:buffer';
import jsYaml from 'js-yaml';
import {Alias, CST, isMap, isPair, isScalar, isSeq, LineCounter, Parser, parseDocument, visit, type Document, type Node} from 'yaml';
import type {FieldPath, Finding, Range} from '../rules';

/** Front matter above this size is refused unread: no blog needs it. */
export const MAX_FRONT_MATTER_BYTES = 256 * 1024;
/** Nesting deeper than this is refused (no field of ours nests beyond 2). */
export const MAX_DEPTH = 32;
/** A list or mapping longer than this is refused: no field needs 1,000 tags. */
export const MAX_ITEMS = 1000;

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
  /** Whether the body holds this text, without decoding it. */
  bodyMentions: (text: string) => boolean;
  /** The text that follows each occurrence of `text` in the body (up to `length` bytes), decoded alone. */
  bodyFollowing: (text: string, length: number) => string[];
}

/** What YAML 1.2 (and js-yaml) refuses in a stream: C0 and C1 controls but tab, line feed, carriage return and NEL, and U+FFFE/U+FFFF. */
const NON_PRINTABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F\uFFFE\uFFFF]/;

const FENCE = /^(?:```|~~~)\s*(?:ya?ml)?\s*$/i;
const OPEN = /^---[ \t]*$/;
const OPEN_OTHER = /^(?:---[ \t]*(\w+)|\+\+\+)[ \t]*$/;

export function parsePost(bytes: Uint8Array): ParsedPost {
  const findings: Finding[] = [];
  const bad = invalidUtf8Offset(bytes);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const bom = buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf ? 3 : 0;
  // Only the front matter is decoded up front (a post's body is most of its
  // bytes, and most checks never read it): `source` here is that head, a prefix
  // of the whole text, so offsets into it are offsets into the file's text.
  const headEnd = bad === -1 ? frontMatterEnd(buffer, bom) : -1;
  let full: string | undefined = headEnd === -1 ? buffer.toString('utf8', bom) : undefined;
  const wholeText = () => (full ??= buffer.toString('utf8', bom));
  const source = full ?? buffer.toString('utf8', bom, headEnd);
  // Line starts are computed on first use: most posts need no position at all.
  let lines: number[] | undefined;
  const position = (offset: number) => toPosition((lines ??= lineStarts(offset <= source.length && full === undefined ? source : wholeText())), offset);
  const at = (offset: number, length = 1): Range => rangeOf(position(offset), position(offset + length));
  const firstLineEnd = source.indexOf('\n') < 0 ? source.length : lineEnd(source, 0);
  // An empty first line gives an empty range: a range may end at most just past its line.
  const firstLine: Range = {line: 1, column: 1, endLine: 1, endColumn: firstLineEnd - (source[firstLineEnd - 1] === '\r' ? 1 : 0) + 1};
  const result = (data: ParsedPost['data'], bodyStart: number, bodyLine: number, locate?: ParsedPost['locate']): ParsedPost => ({
    get source() {
      return wholeText();
    },
    data,
    findings,
    get body() {
      return bodyStart < 0 ? '' : wholeText().slice(bodyStart);
    },
    bodyLine,
    bodyMentions: (text) => bodyStart >= 0 && buffer.indexOf(text, headEnd === -1 ? bom : headEnd, 'utf8') !== -1,
    bodyFollowing: (text, length) => {
      const found: string[] = [];
      const needle = Buffer.from(text);
      for (let i = bodyStart < 0 ? -1 : buffer.indexOf(needle, headEnd === -1 ? bom : headEnd); i !== -1; i = buffer.indexOf(needle, i + 1)) {
        found.push(buffer.toString('utf8', i + needle.length, Math.min(buffer.length, i + needle.length + length)));
      }
      return found;
    },
    locate: locate ?? (() => firstLine),
    position: (offset) => {
      // Offsets past the head need the whole text's lines.
      if (offset > source.length && full === undefined) {
        wholeText();
        lines = undefined;
      }
      return position(offset);
    },
  });

  if (bad !== -1) {
    const line = countNewlines(bytes, bad) + 1;
    const lineStart = bytes.lastIndexOf(0x0a, bad - 1) + 1;
    // Columns count characters, as in the decoded text the code frame shows.
    const column = buffer.toString('utf8', Math.max(lineStart, line === 1 ? bom : 0), bad).length + 1;
    const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    findings.push({
      rule: 'encoding-invalid',
      path: [],
      message: utf16
        ? 'The file is UTF-16 (it starts with a UTF-16 byte order mark). Save it as UTF-8.'
        : `Byte 0x${bytes[bad]!.toString(16).padStart(2, '0')} at byte ${bad} is not valid UTF-8. Save the file as UTF-8.`,
      range: {line, column, endLine: line, endColumn: column + 1},
    });
    return result(undefined, -1, 1);
  }
  const nul = buffer.indexOf(0) === -1 ? -1 : wholeText().indexOf('\0');
  if (nul !== -1) {
    findings.push({
      rule: 'encoding-invalid',
      path: [],
      message: 'The file holds a NUL byte: it is binary or corrupted. Remove the NUL bytes and save it as UTF-8 text.',
      range: at(nul),
    });
    return result(undefined, -1, 1);
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
      // Docusaurus reads front matter with gray-matter, which *runs* JavaScript
      // front matter (`---js`, `---javascript`: eval) when it reads the file.
      const script = /^(?:js|javascript)$/i.test(OPEN_OTHER.exec(first)![1] ?? '');
      findings.push({
        rule: 'frontmatter-missing',
        path: [],
        message: script
          ? `\`${first.trim()}\` opens JavaScript front matter, which Docusaurus's front matter reader runs as code when it reads the file. Write the front matter in YAML between --- lines.`
          : `\`${first.trim()}\` opens front matter in another language (TOML or JSON). Write it in YAML between --- lines.`,
        range: firstLine,
      });
    } else if (/^---[ \t]*\r[^\n]/.test(source)) {
      findings.push({
        rule: 'frontmatter-missing',
        path: [],
        message: 'The file ends its lines with a carriage return alone (classic Mac OS), so it is one long line and has no front matter. Save it with LF (or CRLF) line endings.',
        range: {line: 1, column: 1, endLine: 1, endColumn: 4},
      });
    } else {
      findings.push({
        rule: 'frontmatter-missing',
        path: [],
        message: source.trim() === '' ? 'The file is empty. A post starts with front matter between --- lines.' : 'The file has no front matter. Start it with a --- line, the fields (title, description, tags, authors), and a closing --- line.',
        range: firstLine,
      });
    }
    return result(undefined, 0, 1);
  }

  // Find the closing --- line.
  const yamlStart = lineEnd(source, 0) + 1;
  let cursor = yamlStart;
  let yamlEnd = -1;
  let bodyStart = source.length;
  while (cursor <= source.length && cursor > 0) {
    const end = lineEnd(source, cursor);
    const line = source.slice(cursor, end).replace(/\r$/, '');
    if (/^---[ \t]*$/.test(line)) {
      yamlEnd = cursor;
      bodyStart = Math.min(end + 1, source.length);
      break;
    }
    // Docusaurus's reader (gray-matter) ends the front matter at any line that
    // starts with ---, and reads on past a YAML end marker (...) to the next one,
    // then refuses the two documents it finds: neither closes anything here.
    if (line.startsWith('---') || /^\.\.\.[ \t]*$/.test(line)) {
      const lineNumber = position(cursor).line;
      findings.push({
        rule: 'frontmatter-unclosed',
        path: [],
        message: line.startsWith('---')
          ? `Line ${lineNumber} closes the front matter but goes on after the dashes ("${line.length > 40 ? `${line.slice(0, 39)}…` : line}"), so that text becomes part of the body. Close the front matter with --- alone on its line.`
          : `Line ${lineNumber} ends the YAML with ..., which does not close front matter: Docusaurus reads on to the next --- line and fails there. Close the front matter with ---.`,
        range: {line: lineNumber, column: 1, endLine: lineNumber, endColumn: Math.max(1, line.length) + 1},
      });
      return result(undefined, -1, 1);
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
    return result(undefined, -1, 1);
  }
  let bodyLine = 1;
  for (let i = source.indexOf('\n'); i !== -1 && i < bodyStart; i = source.indexOf('\n', i + 1)) bodyLine++;
  const body = bodyStart;
  const yamlText = source.slice(yamlStart, yamlEnd);
  // What gray-matter hands js-yaml: from after the opening --- to the line break
  // before the closing one. It differs from yamlText only at its edges (a BOM
  // right after the opening line is one only in yamlText), and js-yaml must
  // read the same text Docusaurus gives it.
  const matter = source.slice(3, Math.max(3, yamlEnd - 1));

  if (Buffer.byteLength(yamlText) > MAX_FRONT_MATTER_BYTES) {
    findings.push({
      rule: 'yaml-too-large',
      path: [],
      message: `The front matter is ${Math.round(Buffer.byteLength(yamlText) / 1024)} KB; more than ${MAX_FRONT_MATTER_BYTES / 1024} KB is refused unread. Move content into the body.`,
      range: firstLine,
    });
    return result(undefined, body, bodyLine);
  }

  // Checks look at every item of a list: 10,000 tags would make 10,000 reports.
  const tooMany = (data: Record<string, unknown>, locate: ParsedPost['locate']): boolean => {
    const found = longest(data, []);
    if (!found) return false;
    findings.push({
      rule: 'yaml-too-large',
      path: found.path,
      message: `"${found.path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i ? `.${p}` : p)).join('') || 'The front matter'}" has ${found.size.toLocaleString('en')} items; more than ${MAX_ITEMS.toLocaleString('en')} is refused unread. No field needs that many.`,
      range: locate(found.path, 'key'),
    });
    return true;
  };

  const fileRange = (start: number, end: number): Range =>
    rangeOf(position(yamlStart + start), position(yamlStart + Math.max(end, start + 1)));

  // YAML allows no raw control character (only escaped, in double quotes);
  // Docusaurus's reader (js-yaml) refuses the whole file for one.
  const control = NON_PRINTABLE.exec(yamlText);
  if (control) {
    const cp = control[0].codePointAt(0)!;
    const hex = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
    findings.push({
      rule: 'yaml-syntax',
      path: [],
      message: `YAML: the front matter holds the control character ${hex}, which YAML does not allow, so Docusaurus cannot read the file. Remove it${cp < 0xfffe ? `, or write it as "\\u${cp.toString(16).padStart(4, '0')}" in a double-quoted value` : ''}.`,
      range: fileRange(control.index, control.index + 1),
    });
    return result(undefined, body, bodyLine);
  }

  const depth = flowDepth(yamlText);
  if (depth > MAX_DEPTH) {
    findings.push({rule: 'yaml-too-large', path: [], message: `The front matter nests ${depth} levels deep; more than ${MAX_DEPTH} is refused unread. No field needs that.`, range: firstLine});
    return result(undefined, body, bodyLine);
  }

  // Fast path: js-yaml (what Docusaurus itself parses front matter with) reads
  // a plain front matter about 9 times faster than the `yaml` CST. Positions are
  // only needed once something is reported, so that document is built lazily.
  // Anchors, aliases, tags and merge keys, or anything js-yaml refuses, take the
  // slow path, which reports them exactly.
  if (!/[&*!]|<</.test(yamlText)) {
    const data = fastLoad(matter);
    if (data) {
      let slow: ParsedPost['locate'] | undefined;
      const lazy: ParsedPost['locate'] = (path, at) => {
        const quick = quickLocate(yamlText, path, at ?? 'value');
        if (quick) return fileRange(quick[0], quick[1]);
        slow ??= locator(parseDocument(yamlText, {uniqueKeys: false, merge: false, prettyErrors: false}), fileRange, firstLine);
        return slow(path, at);
      };
      return tooMany(data, lazy) ? result(undefined, body, bodyLine, lazy) : result(data, body, bodyLine, lazy);
    }
  }

  let doc: Document.Parsed;
  try {
    doc = parseDocument(yamlText, {uniqueKeys: true, merge: false, prettyErrors: false, strict: true, lineCounter: new LineCounter()});
  } catch {
    findings.push({rule: 'yaml-too-large', path: [], message: `The front matter nests too deeply to read. No field needs more than ${MAX_DEPTH} levels.`, range: firstLine});
    return result(undefined, body, bodyLine);
  }

  // The parser notices a missing ] or } where the next line starts (or where
  // the text ends); the author needs the line where the [ or { opened.
  const unclosed = doc.errors.length ? unclosedFlow(yamlText) : undefined;
  if (unclosed) {
    const closer = unclosed.open === '[' ? ']' : '}';
    findings.push({rule: 'yaml-syntax', path: [], message: `YAML: this ${unclosed.open} is never closed. Add the closing ${closer} after the ${unclosed.open === '[' ? "list's last item" : "mapping's last entry"}.`, range: fileRange(unclosed.offset, unclosed.offset + 1)});
  }
  const isFlowError = (message: string) => /\bflow (sequence|map|collection)|end with an? [\]}]/i.test(message);

  // One broken bracket can cascade into dozens of errors: the first few say it.
  for (const error of doc.errors.filter((e) => !(unclosed && isFlowError(e.message))).slice(0, unclosed ? 2 : 3)) {
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
  let aliases = 0;
  // Without these characters there is no alias, anchor, tag or merge key to find.
  const mayHideFeatures = /[&*!]|<</.test(yamlText);
  try {
    if (mayHideFeatures) visit(doc, {
      Alias(_, node) {
        unsafe = true;
        // One report says it: an alias bomb has hundreds of them.
        if (aliases++ === 0) {
          const [s, e] = (node as Alias).range ?? [0, 1];
          findings.push({rule: 'yaml-alias', path: [], message: `YAML alias *${(node as Alias).source} is not allowed in front matter. Write the value out.`, range: fileRange(s, e)});
        }
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

  if (aliases > 1) {
    const first = findings.find((f) => f.rule === 'yaml-alias' && f.message.startsWith('YAML alias'))!;
    first.message = first.message.replace(' is not allowed', ` (and ${aliases - 1} more alias${aliases > 2 ? 'es' : ''}) is not allowed`);
  }

  const locate = locator(doc, fileRange, firstLine);

  if (doc.errors.length > 0 || unsafe || tooDeep) return result(undefined, body, bodyLine, locate);

  // The two YAML readers differ at the edges (a key-less ": x", a lone CR as a
  // line break): what Docusaurus's reader (js-yaml, default schema, as
  // gray-matter calls it) refuses would stop the build on a stack trace, so it
  // is reported here instead. Found by tests/unit/fuzz.test.ts.
  try {
    jsYaml.load(matter);
  } catch (error) {
    const {reason, mark} = error as {reason?: string; mark?: {position?: number}};
    const at = Math.min(Math.max(0, 3 + (mark?.position ?? 0) - yamlStart), yamlText.length);
    findings.push({rule: 'yaml-syntax', path: [], message: `YAML: ${reason ?? firstSentence((error as Error).message)}. Docusaurus cannot read this front matter.`, range: fileRange(at, at + 1)});
    return result(undefined, body, bodyLine, locate);
  }

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
  if (tooMany(data as Record<string, unknown>, locate)) return result(undefined, body, bodyLine, locate);
  return result(data as Record<string, unknown>, body, bodyLine, locate);
}

/**
 * Locates a top-level field (`title: …`) or an item of a one-line flow list
 * (`tags: [a, b]`) by reading lines, as offsets into the front matter; any other
 * shape returns undefined and goes to the full YAML document. Most reported
 * fields have one of these two shapes, and building the document for each
 * would cost as much as the whole check.
 */
export function quickLocate(yamlText: string, path: FieldPath, at: 'key' | 'value'): [number, number] | undefined {
  const [key, index] = path;
  if (typeof key !== 'string' || path.length > 2 || (path.length === 2 && typeof index !== 'number') || !/^[\w-]+$/.test(key)) return undefined;
  const match = new RegExp(`^${key}[ \t]*:(?=[ \t]|\r?$)`, 'm').exec(yamlText);
  if (!match) return undefined;
  const keyStart = match.index;
  if (at === 'key' && path.length === 1) return [keyStart, keyStart + key.length];
  const lineEndAt = yamlText.indexOf('\n', keyStart);
  const line = yamlText.slice(keyStart, lineEndAt === -1 ? yamlText.length : lineEndAt).replace(/\r$/, '');
  let valueStart = match[0].length;
  while (line[valueStart] === ' ' || line[valueStart] === '\t') valueStart++;
  const value = line.slice(valueStart).replace(/[ \t]+$/, '');
  // Comments, block scalars and multi-line values need the real parser.
  if (value === '' || /^[|>&*!]/.test(value) || /\s#/.test(value)) return undefined;
  if (path.length === 1) {
    if ((value[0] === '"' || value[0] === "'") && value.at(-1) !== value[0]) return undefined;
    return [keyStart + valueStart, keyStart + valueStart + value.length];
  }
  if (value[0] !== '[' || value.at(-1) !== ']') return undefined;
  // Items of a one-line flow sequence, split at top-level commas.
  const items: [number, number][] = [];
  let quote = '';
  let itemStart = 1;
  for (let i = 1; i < value.length; i++) {
    const c = value[i];
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '{') return undefined;
    else if (c === ',' || i === value.length - 1) {
      let s = itemStart;
      let e = i;
      while (s < e && /\s/.test(value[s]!)) s++;
      while (e > s && /\s/.test(value[e - 1]!)) e--;
      if (e > s) items.push([s, e]);
      itemStart = i + 1;
    }
  }
  const item = items[index as number];
  return item ? [keyStart + valueStart + item[0], keyStart + valueStart + item[1]] : undefined;
}

function fastLoad(yamlText: string): Record<string, unknown> | undefined {
  try {
    const value = jsYaml.load(yamlText, {schema: jsYaml.CORE_SCHEMA});
    if (value === null || value === undefined) return {};
    return typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
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

/** The first list or mapping with more than MAX_ITEMS entries, depth first. */
function longest(value: unknown, path: (string | number)[]): {path: (string | number)[]; size: number} | undefined {
  if (value === null || typeof value !== 'object' || value instanceof Date) return undefined;
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  if (entries.length > MAX_ITEMS) return {path, size: entries.length};
  for (const [key, item] of entries) {
    const found = longest(item, [...path, key]);
    if (found) return found;
  }
  return undefined;
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

export function locator(doc: Document.Parsed, fileRange: (start: number, end: number) => Range, firstLine: Range): ParsedPost['locate'] {
  const lastRange = (node: Node | undefined, keyNode: Node | undefined): Range => {
    const target = keyNode ?? node;
    return target?.range && target !== doc.contents ? fileRange(target.range[0], target.range[1]) : firstLine;
  };
  return (path: FieldPath, which: 'key' | 'value' = 'value'): Range => {
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
}

function tagInSource(yamlText: string, node: Node): string | undefined {
  // The parser records resolved tags on some nodes; only a tag written in the
  // file (`!foo`, `!!js/function`) right before the node counts.
  const start = node.range?.[0] ?? 0;
  const before = yamlText.slice(Math.max(0, start - 200), start);
  const match = /(![!\w/:.%-]*)\s*$/.exec(before);
  return match ? match[1] : undefined;
}

/** The first `[` or `{` of the front matter that is never closed, by the YAML parser's own reading. */
function unclosedFlow(yamlText: string): {open: '[' | '{'; offset: number} | undefined {
  let found: {open: '[' | '{'; offset: number} | undefined;
  for (const token of new Parser().parse(yamlText)) {
    if (token.type !== 'document') continue;
    CST.visit(token, (item) => {
      for (const node of [item.key, item.value]) {
        if (node?.type !== 'flow-collection') continue;
        const open = node.start.source;
        const closer = open === '[' ? ']' : '}';
        if ((open === '[' || open === '{') && !node.end.some((t) => t.source === closer)) {
          if (!found || node.offset < found.offset) found = {open, offset: node.offset};
        }
      }
    });
  }
  return found;
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
