/**
 * The prose of a post's body, paragraph by paragraph with the file line each
 * starts on: no code blocks, inline code, URLs, link targets, HTML or JSX
 * tags, MDX expressions and comments, import and export lines, nor tables'
 * rules. What is left is what a reader reads as the post's language. Pure.
 */

export interface Paragraph {
  text: string;
  /** 1-based line of the file where the paragraph starts. */
  line: number;
}

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
/**
 * Each with a character it cannot match without (a paragraph without it skips
 * the expression), and what a match becomes: a space, or for links and images
 * their text.
 */
const INLINE: readonly (readonly [RegExp, string | undefined, string])[] = [
  [/`[^`\n]*`/g, '`', ' '], // inline code
  [/\{\/\*[\s\S]*?\*\/\}/g, '{', ' '], // MDX comments
  [/<!--[\s\S]*?-->/g, '<', ' '], // HTML comments
  [/!?\[([^\]]*)\]\([^)]*\)/g, '[', '$1'], // links and images: their text stays
  [/<\/?[A-Za-z][^>]*>/g, '<', ' '], // HTML and JSX tags
  [/\{[^{}\n]*\}/g, '{', ' '], // MDX expressions
  [/\b(?:https?|ftp|mailto):\S+/g, ':', ' '], // bare URLs
  [/[*_#>|~=-]{2,}|^\s*(?:[-*+>#]+|\d+[.)])\s/gm, undefined, ' '], // Markdown marks
];

/** The body's prose paragraphs, up to `limit` characters of prose in all. */
export function proseOf(body: string, bodyLine: number, limit = Infinity): Paragraph[] {
  return prose(body, bodyLine, limit).paragraphs;
}

/**
 * proseOf of a body from its first lines alone (`start`: the body's start, cut
 * after a newline), when they hold `limit` characters of prose: the reading
 * stops there, and the rest of the body could change nothing. Undefined when
 * they hold less.
 */
export function proseOfStart(start: string, bodyLine: number, limit: number): Paragraph[] | undefined {
  const {paragraphs, stopped} = prose(start, bodyLine, limit);
  return stopped ? paragraphs : undefined;
}

function prose(body: string, bodyLine: number, limit: number): {paragraphs: Paragraph[]; stopped: boolean} {
  const out: Paragraph[] = [];
  let stopped = false;
  let fence: string | undefined;
  let current: {lines: string[]; line: number} | undefined;
  let total = 0;
  const close = () => {
    if (!current) return;
    let text = current.lines.join(' ');
    for (const [pattern, needs, replacement] of INLINE) {
      if (needs !== undefined && !text.includes(needs)) continue;
      text = text.replace(pattern, replacement);
    }
    // Only where white space is more than single spaces: the replacement copies the text.
    if (/\s\s|[^\S ]/.test(text)) text = text.replace(/\s+/g, ' ');
    text = text.trim();
    if (/\p{L}/u.test(text)) {
      out.push({text, line: current.line});
      total += text.length;
    }
    current = undefined;
  };
  // Line by line up to the limit: the rest of the body is not split.
  for (let i = 0, start = 0; start <= body.length; i++) {
    if (total >= limit) {
      stopped = true;
      break;
    }
    const newline = body.indexOf('\n', start);
    const end = newline < 0 ? body.length : newline;
    const line = body.slice(start, end);
    start = end + 1;
    const marker = FENCE.exec(line)?.[1];
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
      continue;
    }
    if (marker) {
      close();
      fence = marker;
      continue;
    }
    if (/^\s*$/.test(line) || /^(?:import|export)\s/.test(line) || /^\s*\|?\s*:?-{3,}/.test(line)) {
      close();
      continue;
    }
    if (!current) current = {lines: [], line: bodyLine + i};
    current.lines.push(line);
  }
  close();
  return {paragraphs: out, stopped};
}
