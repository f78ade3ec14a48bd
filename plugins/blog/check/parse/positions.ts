/** Lines and columns of decoded text: 1-based, as editors count. */
import type {Range} from '../rules/rule';

export function lineEnd(source: string, from: number): number {
  const i = source.indexOf('\n', from);
  return i === -1 ? source.length : i;
}

export function lineStarts(source: string): number[] {
  const starts = [0];
  for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

export function toPosition(starts: number[], offset: number): {line: number; column: number} {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return {line: lo + 1, column: offset - starts[lo]! + 1};
}

export function rangeOf(start: {line: number; column: number}, end: {line: number; column: number}): Range {
  return {line: start.line, column: start.column, endLine: end.line, endColumn: end.column};
}
