/**
 * Rules of reading a post: the file's encoding, its front matter's fences and
 * its YAML. Their check is the parser (check/parse), which reports them as it
 * reads the bytes; a post with any of them has no front matter to check, and
 * the blog plugin could not load it either.
 */
import {codePoint, truncate} from '../../shared/text';
import {MAX_DEPTH, MAX_FRONT_MATTER_BYTES, MAX_ITEMS} from '../parse/limits';
import {defineRule} from './rule';

export const frontmatterMissing = defineRule({
  id: 'frontmatter-missing',
  severity: 'error',
  category: 'house',
  description: 'the file has no front matter',
  fix: 'Start the file with `---`, the fields, and a closing `---`.',
  blocking: true,
  scope: 'parse',
  messages: {
    otherLanguage: ({opening}: {opening: string}) =>
      `\`${opening}\` opens front matter in another language than YAML. Write it in YAML between --- lines.`,
    carriageReturns: () =>
      'The file ends its lines with a carriage return alone (classic Mac OS), so it is one long line and has no front matter. Save it with LF (or CRLF) line endings.',
    emptyFile: () => 'The file is empty. A post starts with front matter between --- lines.',
    missing: () =>
      'The file has no front matter. Start it with a --- line, the fields (title, description, tags, authors), and a closing --- line.',
  },
});

export const frontmatterScript = defineRule({
  id: 'frontmatter-script',
  severity: 'error',
  // Docusaurus's reader (gray-matter) runs it with eval as it reads the file: on every preset.
  category: 'safety',
  description: 'the front matter is JavaScript, which Docusaurus runs as code',
  fix: 'Write the front matter in YAML between `---` lines.',
  blocking: true,
  scope: 'parse',
  messages: {
    javascript: ({opening}: {opening: string}) =>
      `\`${opening}\` opens JavaScript front matter, which Docusaurus's front matter reader runs as code when it reads the file. Write the front matter in YAML between --- lines.`,
  },
});

export const frontmatterLanguage = defineRule({
  id: 'frontmatter-language',
  severity: 'error',
  category: 'docusaurus',
  description: "the front matter is in a language Docusaurus's reader cannot read",
  fix: 'Write the front matter in YAML between `---` lines.',
  blocking: true,
  scope: 'parse',
  messages: {
    unknown: ({opening}: {opening: string}) =>
      `\`${truncate(opening, 40)}\` opens front matter in a language Docusaurus's front matter reader has no engine for, so it refuses the post. Write the front matter in YAML between --- lines.`,
    invalidJson: ({reason}: {reason: string}) =>
      `The JSON front matter does not parse (${truncate(reason, 120)}), so Docusaurus refuses the post. Fix the JSON, or write the front matter in YAML between --- lines.`,
  },
});

export const frontmatterFenced = defineRule({
  id: 'frontmatter-fenced',
  severity: 'error',
  // Docusaurus reads no front matter there and publishes the post under its
  // file name, fence and fields shown as its first lines: on every preset.
  category: 'safety',
  description: 'the front matter is wrapped in a code fence',
  fix: 'Remove the ```` ``` ```` lines around the front matter.',
  blocking: true,
  scope: 'parse',
  messages: {
    fenced: ({opening, closedOn}: {opening: string; closedOn: number | undefined}) =>
      `The front matter is inside a code fence ("${opening}" on line 1${closedOn ? `, closed on line ${closedOn}` : ''}), so it is shown as text and the post has no title, tags or authors. Remove the fence lines and start the file with ---.`,
  },
});

export const frontmatterUnclosed = defineRule({
  id: 'frontmatter-unclosed',
  severity: 'error',
  category: 'docusaurus',
  description: 'the front matter is never closed by ---',
  fix: 'Add the closing `---` line after the last field.',
  blocking: true,
  scope: 'parse',
  messages: {
    textAfterDashes: ({line, text}: {line: number; text: string}) =>
      `Line ${line} closes the front matter but goes on after the dashes ("${truncate(text, 40)}"), so that text becomes part of the body. Close the front matter with --- alone on its line.`,
    endMarker: ({line}: {line: number}) =>
      `Line ${line} ends the YAML with ..., which does not close front matter: Docusaurus reads on to the next --- line and fails there. Close the front matter with ---.`,
    neverClosed: () => 'The front matter opened on line 1 is never closed. Add a --- line after the last field.',
  },
});

export const frontmatterNotMapping = defineRule({
  id: 'frontmatter-not-mapping',
  severity: 'error',
  category: 'docusaurus',
  description: 'the front matter is not a YAML mapping',
  fix: 'Write one `field: value` per line.',
  blocking: true,
  scope: 'parse',
  messages: {
    notMapping: ({kind}: {kind: string}) =>
      `The front matter is a ${kind}, not a set of fields. Write one "field: value" per line.`,
  },
});

export const encodingInvalid = defineRule({
  id: 'encoding-invalid',
  severity: 'error',
  category: 'docusaurus',
  description: 'the file is not valid UTF-8 or holds NUL bytes',
  fix: 'Save the file as UTF-8 (a BOM and CRLF line endings are fine).',
  blocking: true,
  scope: 'parse',
  messages: {
    utf16: () => 'The file is UTF-16 (it starts with a UTF-16 byte order mark). Save it as UTF-8.',
    invalidByte: ({byte, offset}: {byte: number; offset: number}) =>
      `Byte 0x${byte.toString(16).padStart(2, '0')} at byte ${offset} is not valid UTF-8. Save the file as UTF-8.`,
    nul: () => 'The file holds a NUL byte: it is binary or corrupted. Remove the NUL bytes and save it as UTF-8 text.',
  },
});

export const yamlSyntax = defineRule({
  id: 'yaml-syntax',
  severity: 'error',
  category: 'docusaurus',
  description: 'YAML syntax error',
  fix: 'Fix the YAML at the line shown (often a missing quote or bracket).',
  blocking: true,
  scope: 'parse',
  messages: {
    controlCharacter: ({char}: {char: number}) =>
      `YAML: the front matter holds the control character ${codePoint(char)}, which YAML does not allow, so Docusaurus cannot read the file. Remove it${char < 0xfffe ? `, or write it as "\\u${char.toString(16).padStart(4, '0')}" in a double-quoted value` : ''}.`,
    unclosedQuote: ({quote}: {quote: string}) =>
      `YAML: this ${quote === '"' ? 'double' : 'single'} quote is never closed. Add the closing ${quote} at the end of the value.`,
    unclosedFlow: ({open}: {open: '[' | '{'}) =>
      `YAML: this ${open} is never closed. Add the closing ${open === '[' ? ']' : '}'} after the ${open === '[' ? "list's last item" : "mapping's last entry"}.`,
    parser: ({reason}: {reason: string}) => `YAML: ${reason}`,
    docusaurusRefuses: ({reason}: {reason: string}) => `YAML: ${reason}. Docusaurus cannot read this front matter.`,
  },
});

export const yamlDuplicateKey = defineRule({
  id: 'yaml-duplicate-key',
  severity: 'error',
  category: 'docusaurus',
  description: 'the same key twice',
  fix: 'Keep one of the two keys.',
  blocking: true,
  scope: 'parse',
  messages: {
    duplicate: ({key}: {key: string}) =>
      `The key "${key}" appears twice in the front matter; YAML keeps only one. Remove one of them.`,
  },
});

export const yamlCustomTag = defineRule({
  id: 'yaml-custom-tag',
  severity: 'error',
  category: 'docusaurus',
  description: 'a custom YAML tag such as !!js/function',
  fix: 'Remove the tag (`!!js/function`, `!foo`): plain values only.',
  blocking: true,
  scope: 'parse',
  messages: {
    tag: ({tag}: {tag: string}) =>
      `The YAML tag ${tag} is not allowed in front matter: plain values only. Remove the tag.`,
  },
});

export const yamlAlias = defineRule({
  id: 'yaml-alias',
  severity: 'error',
  category: 'safety',
  description: 'YAML aliases or merge keys (alias bombs)',
  fix: 'Write values out instead of `&anchor`/`*alias`/`<<` merge keys.',
  blocking: true,
  scope: 'parse',
  messages: {
    // One report says it: an alias bomb has hundreds of them.
    alias: ({source, more}: {source: string; more: number}) =>
      `YAML alias *${source}${more ? ` (and ${more} more alias${more > 1 ? 'es' : ''})` : ''} is not allowed in front matter. Write the value out.`,
    mergeKey: () => 'YAML merge keys (<<) are not allowed in front matter. Write the fields out.',
  },
});

export const yamlTooLarge = defineRule({
  id: 'yaml-too-large',
  severity: 'error',
  category: 'safety',
  description: 'front matter or a registry too large or too deeply nested',
  fix: 'Keep front matter under 256 KB, 32 levels of nesting and 1,000 items in any list or mapping.',
  blocking: true,
  scope: 'parse',
  messages: {
    bytes: ({bytes}: {bytes: number}) =>
      `The front matter is ${Math.round(bytes / 1024)} KB; more than ${MAX_FRONT_MATTER_BYTES / 1024} KB is refused unread. Move content into the body.`,
    items: ({field, size}: {field: string; size: number}) =>
      `"${field || 'The front matter'}" has ${size.toLocaleString('en')} items; more than ${MAX_ITEMS.toLocaleString('en')} is refused unread. No field needs that many.`,
    depth: ({depth}: {depth: number}) =>
      `The front matter nests ${depth} levels deep; more than ${MAX_DEPTH} is refused unread. No field needs that.`,
    deeperThanLimit: () => `The front matter nests more than ${MAX_DEPTH} levels deep. No field needs that.`,
    registryDepth: ({file, depth}: {file: string; depth: number}) =>
      `${file} nests ${depth} levels deep; more than ${MAX_DEPTH} is refused unread (a registry needs 3). Write each entry as a key and its fields.`,
    tooDeepToRead: () => `The front matter nests too deeply to read. No field needs more than ${MAX_DEPTH} levels.`,
  },
});

export const PARSING_RULES = [
  frontmatterMissing,
  frontmatterScript,
  frontmatterLanguage,
  frontmatterFenced,
  frontmatterUnclosed,
  frontmatterNotMapping,
  encodingInvalid,
  yamlSyntax,
  yamlDuplicateKey,
  yamlCustomTag,
  yamlAlias,
  yamlTooLarge,
] as const;
