/**
 * Where a field is in the file: a quick read of the line for the usual shapes,
 * the YAML document's positions for the others.
 */
import {isMap, isPair, isScalar, isSeq, type Document, type Node} from 'yaml';
import type {FieldPath, Range} from '../rules/rule';

/** The range of a field's key or value; the opening `---` when absent. */
export type Locate = (path: FieldPath, at?: 'key' | 'value') => Range;

/**
 * Locates a top-level field (`title: …`) or an item of a one-line flow list
 * (`tags: [a, b]`) by reading lines, as offsets into the front matter; any other
 * shape returns undefined and goes to the full YAML document. Most reported
 * fields have one of these two shapes, and building the document for each
 * would cost as much as the whole check.
 */
export function quickLocate(yamlText: string, path: FieldPath, at: 'key' | 'value'): [number, number] | undefined {
  const [key, index] = path;
  if (
    typeof key !== 'string' ||
    path.length > 2 ||
    (path.length === 2 && typeof index !== 'number') ||
    !/^[\w-]+$/.test(key)
  )
    return undefined;
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

export function locator(
  doc: Document.Parsed,
  fileRange: (start: number, end: number) => Range,
  firstLine: Range,
): Locate {
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
        if (!pair) return lastRange(node, keyNode);
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
    return target?.range
      ? fileRange(target.range[0], target.range[1])
      : keyNode?.range
        ? fileRange(keyNode.range[0], keyNode.range[1])
        : firstLine;
  };
}
