/**
 * Step 2, find the front matter: the opening `---` line and the line that
 * closes it, as Docusaurus's reader (gray-matter) finds them. What is not
 * front matter is named: a code fence around it, another language, classic
 * Mac line endings, no closing line.
 */
import {frontmatterFenced, frontmatterMissing, frontmatterUnclosed} from '../rules/parsing';
import type {Finding, Range} from '../rules/rule';
import type {DecodedPost} from './decode';
import type {Locate} from './locate';
import {lineEnd, rangeOf} from './positions';

const FENCE = /^(?:```|~~~)\s*(?:ya?ml)?\s*$/i;
const OPEN = /^---[ \t]*$/;
const OPEN_OTHER = /^(?:---[ \t]*(\w+)|\+\+\+)[ \t]*$/;

/** The front matter's YAML and how its offsets map to the file. */
export interface FrontMatterText {
  /** The text between the two --- lines. */
  yamlText: string;
  /**
   * What gray-matter hands js-yaml: from after the opening --- to the line break
   * before the closing one. It differs from yamlText only at its edges (a BOM
   * right after the opening line is one only in yamlText), and js-yaml must
   * read the same text Docusaurus gives it.
   */
  matter: string;
  /** The file offset where yamlText starts. */
  yamlStart: number;
  /** Offsets in yamlText as a range of the file. */
  fileRange: (start: number, end: number) => Range;
  firstLine: Range;
}

/** What a read of the front matter gives: its fields, what it found, and how to locate fields. */
export interface FrontMatterRead {
  /** The front matter's fields, or undefined when it cannot be checked. */
  data: Record<string, unknown> | undefined;
  findings: Finding[];
  locate?: Locate;
}

export type FoundFrontMatter =
  {frontMatter: FrontMatterText; bodyStart: number; bodyLine: number} | {problem: Finding; bodyStart: number};

export function findFrontMatter(text: DecodedPost): FoundFrontMatter {
  const {head: source, firstLine, position} = text;
  const first = source.slice(0, lineEnd(source, 0)).replace(/\r$/, '');
  if (!OPEN.test(first)) return {problem: notOpened(first, source, firstLine), bodyStart: 0};

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
      const where = {
        path: [],
        range: {line: lineNumber, column: 1, endLine: lineNumber, endColumn: Math.max(1, line.length) + 1},
      };
      const problem = line.startsWith('---')
        ? frontmatterUnclosed.report('textAfterDashes', where, {line: lineNumber, text: line})
        : frontmatterUnclosed.report('endMarker', where, {line: lineNumber});
      return {problem, bodyStart: -1};
    }
    if (end >= source.length) break;
    cursor = end + 1;
  }
  if (yamlEnd === -1)
    return {problem: frontmatterUnclosed.report('neverClosed', {path: [], range: firstLine}), bodyStart: -1};
  let bodyLine = 1;
  for (let i = source.indexOf('\n'); i !== -1 && i < bodyStart; i = source.indexOf('\n', i + 1)) bodyLine++;
  const frontMatter: FrontMatterText = {
    yamlText: source.slice(yamlStart, yamlEnd),
    matter: source.slice(3, Math.max(3, yamlEnd - 1)),
    yamlStart,
    fileRange: (start, end) => rangeOf(position(yamlStart + start), position(yamlStart + Math.max(end, start + 1))),
    firstLine,
  };
  return {frontMatter, bodyStart, bodyLine};
}

/** Why a file whose first line is not `---` has no front matter. */
function notOpened(first: string, source: string, firstLine: Range): Finding {
  const where = {path: [], range: firstLine};
  if (FENCE.test(first))
    return frontmatterFenced.report('fenced', where, {opening: first.trim(), closedOn: findFenceEnd(source)});
  if (OPEN_OTHER.test(first)) {
    // Docusaurus reads front matter with gray-matter, which *runs* JavaScript
    // front matter (`---js`, `---javascript`: eval) when it reads the file.
    const script = /^(?:js|javascript)$/i.test(OPEN_OTHER.exec(first)![1] ?? '');
    return frontmatterMissing.report(script ? 'javascript' : 'otherLanguage', where, {opening: first.trim()});
  }
  if (/^---[ \t]*\r[^\n]/.test(source)) {
    return frontmatterMissing.report('carriageReturns', {
      path: [],
      range: {line: 1, column: 1, endLine: 1, endColumn: 4},
    });
  }
  return frontmatterMissing.report(source.trim() === '' ? 'emptyFile' : 'missing', where);
}

function findFenceEnd(source: string): number | undefined {
  const lines = source.split('\n');
  for (let i = 1; i < lines.length; i++) if (/^(?:```|~~~)\s*$/.test(lines[i]!.replace(/\r$/, ''))) return i + 1;
  return undefined;
}
