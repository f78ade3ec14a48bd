/**
 * The checker skips the blog plugin's Joi schema for front matter whose every
 * field is plain (check/docusaurus/frontMatter.ts, isPlainFrontMatter). Its
 * premise, held against @docusaurus/plugin-content-blog 3.10.2: the plugin
 * accepts every plain front matter unchanged and refuses nothing in it, and
 * none of the front matters it refuses, Docusaurus's own cases among them,
 * counts as plain.
 */
import {describe, expect, it} from 'vitest';
import {validateBlogPostFrontMatter} from '@docusaurus/plugin-content-blog/lib/frontMatter.js';
import {INVALID, PROJECT_INVALID, PROJECT_VALID, VALID} from '../fixtures/docusaurus-cases/cases';
import {docusaurusRefusals, withDocusaurusLoggerSilenced} from '../../plugins/blog/check/docusaurus';
import {isPlainFrontMatter} from '../../plugins/blog/check/docusaurus/frontMatter';

const show = (data: Record<string, unknown>) => JSON.stringify(data);

const PLAIN: Record<string, unknown>[] = [
  {},
  {title: 'DeepSeek', description: '', tags: ['ai', 'open-source'], keywords: ['a b'], authors: ['lark']},
  {title: 'الرؤية', tags: ['الذكاء الاصطناعي', 'DeepSeek'], authors: 'lark', date: new Date('2025-01-29')},
  {title: '', slug: '/deepseek', image: 'https://example.org/og?title=%D8%A7', draft: true, unlisted: false},
  {authors: ['lark', 'ahmad'], hide_table_of_contents: false, unlisted: true},
  {image: 'https://example.org/a b.png'},
];

const NOT_PLAIN: Record<string, unknown>[] = [
  {slug: ''},
  {keywords: []},
  {tags: []},
  {tags: ['ai', '']},
  {authors: ['lark', 'lark']},
  {authors: ''},
  {authors: [{key: 'lark'}]},
  {image: './img/card.png'},
  {date: new Date('nope')},
  {date: '2025-01-29'},
  {title: 2025},
  {draft: true, unlisted: true},
  {draft: 'true'},
  {sidebar_position: 1},
];

describe('plain front matter', () => {
  it.each(PLAIN.map((data) => [show(data), data] as const))('Docusaurus accepts %s unchanged', (_title, data) => {
    expect(isPlainFrontMatter(data)).toBe(true);
    expect(withDocusaurusLoggerSilenced(() => validateBlogPostFrontMatter(data))).toEqual(data);
    expect(docusaurusRefusals(data)).toEqual([]);
  });

  it.each(NOT_PLAIN.map((data) => [show(data), data] as const))('%s is not plain', (_title, data) => {
    expect(isPlainFrontMatter(data)).toBe(false);
  });

  it("no front matter Docusaurus refuses is plain, in its own cases and the project's", () => {
    const plain = [...INVALID, ...PROJECT_INVALID].filter((c) => isPlainFrontMatter(c.frontMatter));
    expect(plain.map((c) => show(c.frontMatter))).toEqual([]);
  });

  it("every plain front matter of Docusaurus's accepted cases comes back unchanged", () => {
    const plain = [...VALID, ...PROJECT_VALID].filter((c) => isPlainFrontMatter(c.frontMatter));
    expect(plain.length).toBeGreaterThan(20);
    for (const c of plain) {
      expect(withDocusaurusLoggerSilenced(() => validateBlogPostFrontMatter(c.frontMatter))).toEqual(c.frontMatter);
    }
  });
});
