/**
 * The heading outline of a post: the page's h1 is the post's title, so a body
 * that starts at ### (as the seed does, with a subtitle) skips a level, and
 * screen-reader users who move by headings meet a gap (Lighthouse's
 * heading-order). This remark plugin raises each heading that is more than one
 * level below the heading before it to the next level; a heading that goes up
 * is kept. `### a` `## b` `### c` after the title reads as h2 h2 h3. It runs
 * before Docusaurus's own plugins, so the table of contents and the anchors
 * see the same levels as the page. The file itself is never changed.
 */

interface MdastNode {
  type: string;
  depth?: number;
  children?: MdastNode[];
}

/** The post's title is the page's h1. */
const TITLE_LEVEL = 1;

export function closeHeadingGaps(tree: object): void {
  let previous = TITLE_LEVEL;
  // Depth first, in document order, without recursion: a post may nest
  // blockquotes and lists deeply.
  const stack = [tree as MdastNode];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'heading' && typeof node.depth === 'number') {
      if (node.depth > previous + 1) node.depth = previous + 1;
      previous = node.depth;
    }
    if (node.children) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
}

/** The remark plugin (a unified attacher). */
export default function remarkContinuousHeadings() {
  return closeHeadingGaps;
}
