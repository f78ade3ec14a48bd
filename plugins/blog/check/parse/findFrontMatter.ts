/**
 * Step 2, find the front matter: the opening `---` line and the line that
 * closes it, as Docusaurus's reader (gray-matter) finds them. What is not
 * front matter is named: a code fence around it, another language, classic
 * Mac line endings, no closing line.
 */
import {parseDocument} from 'yaml';
import {
  frontmatterFenced,
  frontmatterLanguage,
  frontmatterMissing,
  frontmatterNotMapping,
  frontmatterScript,
  frontmatterUnclosed,
  yamlTooLarge,
} from '../rules/parsing';
import type {Finding, Range} from '../rules/rule';
import type {DecodedPost} from './decode';
import {MAX_FRONT_MATTER_BYTES} from './limits';
import {locator, type Locate} from './locate';
import {lineEnd, rangeOf} from './positions';

const FENCE = /^(?:```|~~~)\s*(?:ya?ml)?\s*$/i;
const OPEN_TOML = /^\+\+\+[ \t]*$/;

/**
 * The engine gray-matter reads a file's front matter with, as it reads it
 * (@11ty/gray-matter, `matter.language`): the text after an opening `---`
 * (not `----`) up to the first line break, trimmed; '' for YAML, the default.
 * Undefined when the file opens no front matter at all.
 */
export function frontMatterEngine(fileContent: string): string | undefined {
  const text = fileContent.replace(/^\uFEFF/, '');
  if (!text.startsWith('---') || text.charAt(3) === '-') return undefined;
  const rest = text.slice(3);
  const lineBreak = rest.search(/\r?\n/);
  return (lineBreak < 0 ? '' : rest.slice(0, lineBreak)).trim();
}

/** What gray-matter reads an engine's front matter as: its engines and their aliases; undefined, none (it throws). */
export function engineLanguage(engine: string): 'yaml' | 'json' | 'javascript' | undefined {
  if (engine === '' || /^ya?ml$/i.test(engine)) return 'yaml';
  if (/^(?:js|javascript)$/i.test(engine)) return 'javascript';
  return engine === 'json' ? 'json' : undefined;
}

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
  | {frontMatter: FrontMatterText; bodyStart: number; bodyLine: number}
  /** Front matter in JSON, or an empty block of another engine's: read already. */
  | {read: FrontMatterRead; bodyStart: number; bodyLine: number}
  | {problem: Finding; bodyStart: number};

export function findFrontMatter(text: DecodedPost): FoundFrontMatter {
  const {head: source, firstLine, position} = text;
  const first = source.slice(0, lineEnd(source, 0)).replace(/\r$/, '');
  const engine = frontMatterEngine(source);
  if (engine === undefined || (engine === '' && !/^---[ \t]*$/.test(first)))
    return {problem: notOpened(first, source, firstLine), bodyStart: 0};
  const language = engineLanguage(engine);
  if (!language) {
    const where = {path: [], range: firstLine};
    return {problem: frontmatterLanguage.report('unknown', where, {opening: `---${engine}`}), bodyStart: -1};
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
  // gray-matter reads on from the engine's name (`---yaml`), or from the dashes.
  const matterStart = engine ? first.length : 3;
  const frontMatter: FrontMatterText = {
    yamlText: source.slice(yamlStart, yamlEnd),
    matter: source.slice(matterStart, Math.max(matterStart, yamlEnd - 1)),
    yamlStart,
    fileRange: (start, end) => rangeOf(position(yamlStart + start), position(yamlStart + Math.max(end, start + 1))),
    firstLine,
  };
  if (language !== 'yaml') return otherEngine(frontMatter, engine, language, {bodyStart, bodyLine});
  return {frontMatter, bodyStart, bodyLine};
}

/**
 * Front matter gray-matter reads with another engine than YAML. JavaScript
 * (`---js`) is run as code; an engine it does not have (`---toml`) makes it
 * throw, and Docusaurus refuses the post; JSON is read. A block with nothing
 * but comments is no front matter to any engine: gray-matter reads it as
 * none. The site's own policy, YAML only, is frontmatter-missing's.
 */
function otherEngine(
  frontMatter: FrontMatterText,
  engine: string,
  language: 'json' | 'javascript',
  body: {bodyStart: number; bodyLine: number},
): FoundFrontMatter {
  const {matter, firstLine} = frontMatter;
  const where = {path: [], range: firstLine};
  const opening = `---${engine}`;
  const policy = frontmatterMissing.report('otherLanguage', where, {opening});
  if (matter.replace(/^\s*#[^\n]+/gm, '').trim() === '') return {read: {data: {}, findings: [policy]}, ...body};
  if (language === 'javascript')
    return {problem: frontmatterScript.report('javascript', where, {opening}), bodyStart: -1};
  return {read: readJson(frontMatter, policy), ...body};
}

/** JSON front matter as gray-matter reads it (JSON.parse), located through the YAML it also is. */
function readJson(frontMatter: FrontMatterText, policy: Finding): FrontMatterRead {
  const {matter, yamlText, firstLine} = frontMatter;
  const where = {path: [], range: firstLine};
  const bytes = Buffer.byteLength(yamlText);
  if (bytes > MAX_FRONT_MATTER_BYTES)
    return {data: undefined, findings: [policy, yamlTooLarge.report('bytes', where, {bytes})]};
  let data: unknown;
  try {
    data = JSON.parse(matter);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {data: undefined, findings: [policy, frontmatterLanguage.report('invalidJson', where, {reason})]};
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    const kind = data === null ? 'null' : Array.isArray(data) ? 'list' : typeof data;
    return {data: undefined, findings: [policy, frontmatterNotMapping.report('notMapping', where, {kind})]};
  }
  let locate: Locate = () => firstLine;
  try {
    // JSON is YAML too: the document gives each field's position.
    locate = locator(parseDocument(yamlText, {uniqueKeys: false}), frontMatter.fileRange, firstLine);
  } catch {
    // Nested too deeply for the YAML parser: fields are located at the opening line.
  }
  return {data: data as Record<string, unknown>, findings: [policy], locate};
}

/** Why a file whose first line is not `---` has no front matter. */
function notOpened(first: string, source: string, firstLine: Range): Finding {
  const where = {path: [], range: firstLine};
  if (FENCE.test(first))
    return frontmatterFenced.report('fenced', where, {opening: first.trim(), closedOn: findFenceEnd(source)});
  // TOML between +++ lines: Docusaurus reads no front matter there, the whole file is the body.
  if (OPEN_TOML.test(first)) return frontmatterMissing.report('otherLanguage', where, {opening: first.trim()});
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
