/**
 * A registry read fast: js-yaml, which reads 100,000 entries several times
 * faster than the `yaml` CST, for a file with nothing only the exact read can
 * judge (aliases, anchors, tags, merge keys, keys that are lists or maps, a
 * repeated key, which js-yaml refuses). Positions are found in the text only
 * when a problem is reported.
 */
import jsYaml from 'js-yaml';
import {MAY_HIDE_YAML_FEATURES} from '../parse/fastRead';

/** A registry's entries in their order, and where a key or a field's value is in the text. */
export interface RegistryRead<P> {
  pairs: readonly P[];
  keyRange: (pair: P) => [number, number];
  /** Where a field's value is (the key's range when it cannot be found). */
  fieldRange: (pair: P, fieldPath: string[]) => [number, number];
}

interface FastPair {
  key: string;
  value: unknown;
}

/** A key that is not a plain string, at the start of a line. */
const COMPLEX_KEY = /^[[{?]/m;

export function fastRegistry(source: string): RegistryRead<FastPair> | undefined {
  if (MAY_HIDE_YAML_FEATURES.test(source) || COMPLEX_KEY.test(source)) return undefined;
  let data: unknown;
  try {
    data = jsYaml.load(source, {schema: jsYaml.CORE_SCHEMA});
  } catch {
    return undefined;
  }
  if (data === null || data === undefined) data = {};
  if (typeof data !== 'object' || Array.isArray(data)) return undefined;
  let lines: Map<string, number> | undefined;
  // Top-level keys by the offset of their line, found once, when asked for.
  const keyStart = (key: string): number | undefined => {
    lines ??= topLevelKeys(source);
    return lines.get(key);
  };
  const pairs: FastPair[] = [];
  for (const key in data) pairs.push({key, value: (data as Record<string, unknown>)[key]});
  return {
    pairs,
    keyRange: ({key}) => {
      const start = keyStart(key) ?? 0;
      return [start, start + Math.max(1, lineAt(source, start).indexOf(':'))];
    },
    fieldRange: ({key}, fieldPath) => {
      const start = keyStart(key);
      return (start === undefined ? undefined : fieldIn(source, start, fieldPath)) ?? [start ?? 0, (start ?? 0) + 1];
    },
  };
}

const lineAt = (source: string, start: number) => {
  const end = source.indexOf('\n', start);
  return source.slice(start, end < 0 ? source.length : end);
};

const unquote = (key: string) => {
  const text = key.trim();
  if (text.startsWith('"')) {
    try {
      return JSON.parse(text) as string;
    } catch {
      return text;
    }
  }
  return text.startsWith("'") && text.endsWith("'") ? text.slice(1, -1).replace(/''/g, "'") : text;
};

function topLevelKeys(source: string): Map<string, number> {
  const keys = new Map<string, number>();
  for (const m of source.matchAll(/^("(?:[^"\\\n]|\\.)*"|'(?:[^'\n]|'')*'|[^\s#'"][^\n]*?)[ \t]*:(?=[ \t]|$)/gm)) {
    const key = unquote(m[1]!);
    if (!keys.has(key)) keys.set(key, m.index);
  }
  return keys;
}

/** The value of a field under the entry whose line starts at `start`, followed one level of indentation at a time. */
function fieldIn(source: string, start: number, fieldPath: string[]): [number, number] | undefined {
  let from = start;
  let indent = 0;
  let range: [number, number] | undefined;
  for (const field of fieldPath) {
    const block = /\n(?=\S)/g;
    block.lastIndex = from + 1;
    const end = block.exec(source)?.index ?? source.length;
    const escaped = field.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const line = new RegExp(`^([ \\t]{${indent + 1},})(["']?)${escaped}\\2[ \\t]*:[ \\t]*(.*)$`, 'm');
    const found = line.exec(source.slice(from, end));
    if (!found) return range;
    const lineStart = from + found.index;
    const valueStart = lineStart + found[0].length - found[3]!.length;
    range = [valueStart, valueStart + Math.max(1, found[3]!.replace(/[ \t]+#.*$/, '').length)];
    from = lineStart;
    indent = found[1]!.length;
  }
  return range;
}
