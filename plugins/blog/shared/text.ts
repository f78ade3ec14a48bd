/**
 * How messages show what a user wrote: one copy for the checker, the commands
 * and the cards, so every message quotes and names characters the same way.
 */

/** `U+202E`: a code point (or a string's first character) as Unicode names it. */
export function codePoint(char: string | number): string {
  const cp = typeof char === 'number' ? char : (char.codePointAt(0) ?? 0);
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The text cut to `max` characters (code points, never half a surrogate pair), with `…` when cut. */
export function truncate(text: string, max = 60): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max - 3).join('')}…` : text;
}

/**
 * The text cut before `max` characters at its last space, with `…` when cut:
 * a commit's subject or a note, where a whole last word reads better. Cut at
 * `max` itself when that space comes before the `least`th character (a text
 * with few spaces, such as Chinese, would lose most of what it says).
 */
export function truncateAtWord(text: string, max: number, least = 0): string {
  if (text.length <= max) return text;
  const space = text.lastIndexOf(' ', max - 1);
  return `${text.slice(0, space >= least ? space : max).trimEnd()}…`;
}

/** A value as a message quotes it: in double quotes, cut when long. */
export function quoted(value: string, max = 60): string {
  return `"${truncate(value, max)}"`;
}

/**
 * A value as a command's message quotes it: a JSON string, cut when long, so
 * a quote, a backslash or a line break in it neither ends the quote nor the
 * one line a problem gets.
 */
export function literal(value: string, max = 60): string {
  return JSON.stringify(truncate(value, max));
}

/** A value as the author wrote it, for a message: text in quotes, other values by what YAML made of them. */
export function written(value: unknown): string {
  if (typeof value === 'string') return value === '' ? 'empty text ("")' : `the text ${quoted(value)}`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null || value === undefined) return 'empty';
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? 'an invalid date' : value.toISOString().replace(/T00:00:00\.000Z$/, '');
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list ([])' : `a list of ${value.length}`;
  if (typeof value === 'object') return Object.keys(value).length === 0 ? 'an empty mapping ({})' : 'a mapping';
  // What is left: a bigint or a symbol (written out), or a function.
  return typeof value === 'bigint' || typeof value === 'symbol' ? value.toString() : typeof value;
}

/** What a thrown value says: its message (an Error's, or any object's that has one), else the value as a string. */
export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  const message = (error as {message?: unknown} | null | undefined)?.message;
  return String(message ?? error);
}

/** A thrown value's message, first line only: the rest is a stack or a dump. */
export function firstLine(error: unknown): string {
  return messageOf(error).split('\n')[0]!;
}
