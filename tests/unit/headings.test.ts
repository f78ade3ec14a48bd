import {describe, expect, it} from 'vitest';
import {closeHeadingGaps} from '../../plugins/blog/plugin/headings';

const heading = (depth: number) => ({type: 'heading', depth, children: [{type: 'text'}]});
const depths = (tree: {children: {type: string; depth?: number; children?: unknown[]}[]}): number[] => {
  const out: number[] = [];
  const walk = (node: {type: string; depth?: number; children?: unknown[]}) => {
    if (node.type === 'heading') out.push(node.depth!);
    for (const child of (node.children ?? []) as (typeof node)[]) walk(child);
  };
  walk(tree as never);
  return out;
};

describe('closeHeadingGaps', () => {
  it('raises the first heading under the title to h2, and each later gap to one level below the heading before it', () => {
    const tree = {
      type: 'root',
      children: [heading(3), heading(2), heading(3), heading(5), heading(6), heading(2), heading(4)],
    };
    closeHeadingGaps(tree);
    expect(depths(tree)).toEqual([2, 2, 3, 4, 5, 2, 3]);
  });

  it('leaves an outline without gaps as it is', () => {
    const tree = {type: 'root', children: [heading(2), heading(3), heading(4), heading(2), heading(3)]};
    closeHeadingGaps(tree);
    expect(depths(tree)).toEqual([2, 3, 4, 2, 3]);
  });

  it('follows document order into blockquotes and lists', () => {
    const tree = {
      type: 'root',
      children: [
        heading(2),
        {
          type: 'blockquote',
          children: [heading(5), {type: 'list', children: [{type: 'listItem', children: [heading(6)]}]}],
        },
        heading(6),
      ],
    };
    closeHeadingGaps(tree);
    expect(depths(tree)).toEqual([2, 3, 4, 5]);
  });

  it('walks a deeply nested tree without overflowing the stack', () => {
    const deep = heading(6);
    let node: {type: string; children: object[]} = {type: 'blockquote', children: [deep]};
    for (let i = 0; i < 100_000; i++) node = {type: 'blockquote', children: [node]};
    const tree = {type: 'root', children: [node]};
    closeHeadingGaps(tree);
    expect(deep.depth).toBe(2);
  });
});
