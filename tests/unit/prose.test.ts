/**
 * The prose that language identification reads of a post body: what is left
 * of it without code, links, tags, MDX and Markdown marks.
 */
import {expect, it} from 'vitest';
import {proseOf} from '../../plugins/blog/check/translations/prose';

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
