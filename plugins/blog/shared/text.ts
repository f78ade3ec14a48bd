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
