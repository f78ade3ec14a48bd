/**
 * The prose that language identification reads of a post body: what is left
 * of it without code, links, tags, MDX and Markdown marks.
 */
import {expect, it} from 'vitest';
import {proseOf, proseOfStart} from '../../plugins/blog/check/translations/prose';

it("keeps a post's prose, paragraph by paragraph, with the line each starts on", () => {
  const body = [
    'import X from "./x";',
    '',
    'First `npm run check` line, see [the guide $1 and $&](https://x.test/a) and https://x.test/b',
    'goes on <Note kind="a">here</Note> {props.name} {/* a comment */} <!-- html -->',
    '',
    '```js',
    'const code = "not prose";',
    '```',
    '',
    '- **bold:** an item',
    '| --- | --- |',
    '## A heading',
  ].join('\n');
  expect(proseOf(body, 10)).toEqual([
    {text: 'First line, see the guide $1 and $& and goes on here', line: 12},
    {text: 'bold: an item', line: 19},
    {text: 'A heading', line: 21},
  ]);
});

it('stops at the limit of prose characters, and reads no further lines', () => {
  const body = Array.from({length: 50}, (_, i) => `Paragraph number ${i} of the post.\n`).join('\n');
  const paragraphs = proseOf(body, 1, 100);
  expect(paragraphs.map((p) => p.line)).toEqual([1, 3, 5, 7]);
  expect(proseOf('', 1)).toEqual([]);
  expect(proseOf('\n\n', 1)).toEqual([]);
});

it('turns every run of white space into one space, tabs, carriage returns and no-break spaces included', () => {
  expect(proseOf('one\ttab,  two  spaces\u00a0and\u2003more\r\n next line \n', 1)).toEqual([
    {text: 'one tab, two spaces and more next line', line: 1},
  ]);
  expect(proseOf('  single spaces only  ', 1)).toEqual([{text: 'single spaces only', line: 1}]);
});

it("reads a body's prose from its first lines alone only when they reach the limit", () => {
  const body = Array.from({length: 40}, (_, i) => `Paragraph number ${i} of the post.\n`).join('\n');
  const firstLines = body.slice(0, body.indexOf('\n', 300) + 1);
  expect(proseOfStart(firstLines, 1, 100)).toEqual(proseOf(body, 1, 100));
  // Lines that hold less than the limit: the next line could still belong to their last paragraph.
  expect(proseOfStart('One paragraph that\n', 1, 100)).toBeUndefined();
  expect(proseOf('One paragraph that\ngoes on', 1, 100)).toEqual([{text: 'One paragraph that goes on', line: 1}]);
  expect(proseOfStart('', 1, 100)).toBeUndefined();
});
