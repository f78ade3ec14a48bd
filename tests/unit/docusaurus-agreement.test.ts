/**
 * Agreement with @docusaurus/plugin-content-blog 3.10.2: Docusaurus's own front
 * matter test cases, as data. Every case Docusaurus refuses must be refused at
 * the field it is about; every case it accepts must pass.
 *
 * The cases are transcribed (the front matter values and the field each refused
 * case is about; none of the upstream test code) from facebook/docusaurus:
 * - BLOG: packages/docusaurus-plugin-content-blog/src/__tests__/frontMatter.test.ts
 *   (the 3.x version with the title_meta and sidebar_label cases);
 * - DOCS: packages/docusaurus-plugin-content-docs/src/__tests__/frontMatter.test.ts
 *   (commit 040291da), only the fields the blog schema shares with the docs schema
 *   (id, title, description, keywords, image, slug, tags, toc levels, draft,
 *   hide_table_of_contents, last_update);
 * - SCHEMAS: packages/docusaurus-utils-validation/src/__tests__/validationSchemas.test.ts
 *   (URISchema as `image`, ContentVisibilitySchema, FrontMatterLastUpdateSchema as `last_update`);
 * - AUTHORS: packages/docusaurus-plugin-content-blog/src/__tests__/authors.test.ts
 *   (getBlogPostAuthors, the cases that need no authors map: the others are
 *   about authors.yml, which the checker's author rules cover);
 * - PROBLEMS: packages/docusaurus-plugin-content-blog/src/__tests__/authorsProblems.test.ts
 *   (duplicate author keys).
 * "Convertible" cases (Docusaurus accepts them after converting, like
 * `draft: 'true'`) are valid cases here.
 */
import {describe, expect, it, vi} from 'vitest';
import logger from '@docusaurus/logger';
import {validateBlogPostFrontMatter} from '@docusaurus/plugin-content-blog/lib/frontMatter.js';
import {
  docusaurusFrontMatterRefusals,
  docusaurusRefusals,
  REFUSAL_TYPES,
  withDocusaurusLoggerSilenced,
} from '../../plugins/blog/check/docusaurus';

type FrontMatter = Record<string, unknown>;
type Path = (string | number)[];
type Source = 'BLOG' | 'DOCS' | 'SCHEMAS' | 'AUTHORS' | 'PROBLEMS';

interface Case {
  source: Source;
  frontMatter: FrontMatter;
}
interface InvalidCase extends Case {
  path: Path;
  /** Refused by the schema (validateBlogPostFrontMatter), or only when Docusaurus loads the post. */
  stage: 'schema' | 'load';
}

const valid = (source: Source, ...frontMatters: FrontMatter[]): Case[] =>
  frontMatters.map((frontMatter) => ({source, frontMatter}));
const invalid = (source: Source, ...cases: [FrontMatter, Path][]): InvalidCase[] =>
  cases.map(([frontMatter, path]) => ({source, frontMatter, path, stage: 'schema'}));
const invalidOnLoad = (source: Source, ...cases: [FrontMatter, Path][]): InvalidCase[] =>
  cases.map(([frontMatter, path]) => ({source, frontMatter, path, stage: 'load'}));
const field = (name: string, ...values: unknown[]): FrontMatter[] => values.map((value) => ({[name]: value}));
const refusedField = (name: string, ...values: unknown[]): [FrontMatter, Path][] =>
  values.map((value) => [{[name]: value}, [name]]);

const VALID: Case[] = [
  ...valid('BLOG', {}, {abc: '1'}),
  ...valid('BLOG', ...field('description', undefined, '', 'description')),
  ...valid('BLOG', ...field('title', undefined, '', 'title')),
  ...valid('BLOG', ...field('title_meta', undefined, '', 'title')),
  ...valid('BLOG', ...field('sidebar_label', undefined, '', 'title')),
  ...valid('BLOG', ...field('id', '123', 'id')),
  ...valid('BLOG', {
    author: 'Sebastien',
    author_url: 'https://sebastienlorber.com',
    author_title: 'maintainer',
    author_image_url: 'https://github.com/slorber.png',
  }),
  ...valid('BLOG', {authors: ['slorber', {name: 'Yangshun'}, {key: 'JMarcey', title: 'creator', random: '42'}]}),
  ...valid('BLOG', ...field('author', '123', 'author')),
  ...valid('BLOG', {author: '123', author_title: '123'}, {author: '123', author_title: 'author_title'}),
  ...valid('BLOG', ...field('authorTitle', '123', 'authorTitle')),
  ...valid('BLOG', ...field('author_url', 'https://docusaurus.io', '../../relative', '/absolute')),
  ...valid('BLOG', ...field('authorURL', 'https://docusaurus.io', '../../relative', '/absolute')),
  ...valid(
    'BLOG',
    ...field('author_image_url', 'https://docusaurus.io/asset/image.png', '../../relative', '/absolute'),
  ),
  ...valid('BLOG', ...field('authorImageURL', 'https://docusaurus.io/asset/image.png', '../../relative', '/absolute')),
  ...valid(
    'BLOG',
    ...field(
      'authors',
      [],
      'authorKey',
      ['authorKey1', 'authorKey2'],
      {name: 'Author Name', imageURL: '/absolute'},
      {key: 'authorKey', title: 'Author title'},
    ),
  ),
  ...valid(
    'BLOG',
    ...field(
      'slug',
      'blog/',
      '/blog',
      '/blog/',
      './blog',
      '../blog',
      '../../blog',
      '/api/plugins/@docusaurus/plugin-debug',
      '@site/api/asset/image.png',
    ),
  ),
  ...valid(
    'BLOG',
    ...field(
      'image',
      'https://docusaurus.io/image.png',
      'blog/',
      '/blog',
      '/blog/',
      './blog',
      '../blog',
      '../../blog',
      '/api/plugins/@docusaurus/plugin-debug',
      '@site/api/asset/image.png',
    ),
  ),
  ...valid(
    'BLOG',
    ...field(
      'tags',
      [],
      ['hello'],
      ['hello', 'world'],
      ['hello', 'world'],
      ['hello', {label: 'tagLabel', permalink: '/tagPermalink'}],
    ),
  ),
  ...valid('BLOG', ...field('tags', [42], [{label: 84, permalink: '/tagPermalink'}])),
  ...valid('BLOG', ...field('keywords', ['hello'], ['hello', 'world'], ['hello', 'world'], ['hello'])),
  ...valid('BLOG', ...field('draft', true, false, 'true', 'false')),
  ...valid('BLOG', ...field('unlisted', true, false, 'true', 'false')),
  ...valid(
    'BLOG',
    {draft: false},
    {unlisted: false},
    {draft: false, unlisted: false},
    {draft: true, unlisted: false},
    {draft: false, unlisted: true},
  ),
  ...valid('BLOG', ...field('hide_table_of_contents', true, false, 'true', 'false')),
  ...valid('BLOG', ...field('date', new Date('2020-01-01'), '2020-01-01', '2020')),

  ...valid('DOCS', {}, {abc: '1'}),
  ...valid('DOCS', ...field('id', '123', 'unique_id')),
  ...valid('DOCS', ...field('title', '', 'title')),
  ...valid('DOCS', ...field('hide_table_of_contents', true, false, 'true', 'false')),
  ...valid('DOCS', ...field('keywords', ['hello'], ['hello', 'world'], ['hello', 'world'], ['hello'])),
  ...valid(
    'DOCS',
    ...field('image', 'https://docusaurus.io/blog/image.png', '/absolute/image.png', '../relative/image.png'),
  ),
  ...valid('DOCS', ...field('description', '', 'description')),
  ...valid(
    'DOCS',
    ...field(
      'slug',
      '/',
      'slug',
      '/slug/',
      './slug',
      '../../slug',
      '/api/plugins/@docusaurus',
      '@site/api/asset',
      'slug1 slug2',
    ),
  ),
  ...valid('DOCS', {}, ...field('tags', undefined, ['tag1', 'tag2'], ['tag1', 42])),
  ...valid('DOCS', {}, ...field('toc_min_heading_level', undefined, 2, 3, 4, 5, 6, '2')),
  ...valid('DOCS', {}, ...field('toc_max_heading_level', undefined, 2, 3, 4, 5, 6, '2')),
  ...valid(
    'DOCS',
    {},
    {toc_min_heading_level: undefined, toc_max_heading_level: undefined},
    {toc_min_heading_level: 2, toc_max_heading_level: 2},
    {toc_min_heading_level: 2, toc_max_heading_level: 6},
    {toc_min_heading_level: 2, toc_max_heading_level: 3},
    {toc_min_heading_level: 3, toc_max_heading_level: 3},
  ),
  ...valid('DOCS', ...field('draft', true, false, 'true', 'false')),
  ...valid(
    'DOCS',
    ...field(
      'last_update',
      undefined,
      {author: 'test author', date: undefined},
      {author: undefined, date: '1/1/2000'},
      {author: undefined, date: new Date('1/1/2000')},
      {author: 'test author', date: '1/1/2000'},
      {author: 'test author', date: '1995-12-17T03:24:00'},
      {author: undefined, date: 'December 17, 1995 03:24:00'},
    ),
  ),

  ...valid(
    'SCHEMAS',
    ...field(
      'image',
      'https://docusaurus.io',
      'https://docusaurus.io#github#/:',
      'relativeURL',
      '../relativeURLWithParent',
      'https://riot.im/app/#/room/#ligo-public:matrix.org',
      '//docusaurus.io/path',
      '//docusaurus.io/docs/doc1#hash',
    ),
  ),
  ...valid(
    'SCHEMAS',
    {},
    {draft: false},
    {draft: true},
    {unlisted: false},
    {unlisted: true},
    {draft: false, unlisted: false},
    {draft: true, unlisted: false},
    {draft: false, unlisted: true},
    {draft: true, unlisted: undefined},
    {draft: undefined, unlisted: true},
  ),
  ...valid(
    'SCHEMAS',
    ...field(
      'last_update',
      undefined,
      {date: '2021-01-01'},
      {date: '2021-01'},
      {date: '2021'},
      {date: new Date()},
      {author: 'author'},
      {author: 'author', date: '2021-01-01'},
      {author: 'author', date: new Date()},
    ),
  ),

  ...valid('AUTHORS', {}, {authors: []}),
  ...valid(
    'AUTHORS',
    {author: 'Sébastien Lorber'},
    {authorTitle: 'maintainer'},
    {authorImageURL: 'https://github.com/slorber.png'},
    {authorImageURL: '/img/slorber.png'},
  ),
  ...valid('AUTHORS', {
    author: 'Sébastien Lorber',
    author_title: 'maintainer1',
    authorTitle: 'maintainer2',
    author_image_url: 'https://github.com/slorber1.png',
    authorImageURL: 'https://github.com/slorber2.png',
    author_url: 'https://github.com/slorber1',
    authorURL: 'https://github.com/slorber2',
  }),
  ...valid(
    'AUTHORS',
    ...field('authors', 'slorber', ['slorber', 'yangshun'], {name: 'Sébastien Lorber', title: 'maintainer'}),
  ),
  ...valid('AUTHORS', {authors: [{name: 'Sébastien Lorber', title: 'maintainer'}, {name: 'Yangshun Tay'}]}),
  ...valid('AUTHORS', {
    authors: ['slorber', {key: 'yangshun', title: 'Yangshun title local override', extra: 42}, {name: 'Alexey'}],
  }),

  ...valid('PROBLEMS', {authors: [{name: 'Sébastien Lorber'}, {name: 'Sébastien Lorber'}]}),
];

const INVALID: InvalidCase[] = [
  ...invalid(
    'BLOG',
    ...refusedField('title', null, false),
    ...refusedField('title_meta', null, false),
    ...refusedField('sidebar_label', null, false),
  ),
  ...invalid(
    'BLOG',
    ...refusedField('id', ''),
    ...refusedField('author', ''),
    ...refusedField('author_title', ''),
    ...refusedField('authorTitle', ''),
  ),
  ...invalid(
    'BLOG',
    ...refusedField('author_url', ''),
    ...refusedField('authorURL', ''),
    ...refusedField('author_image_url', ''),
    ...refusedField('authorImageURL', ''),
  ),
  ...invalid(
    'BLOG',
    [{authors: ''}, ['authors']],
    [{authors: [undefined]}, ['authors', 0]],
    [{authors: [null]}, ['authors', 0]],
    [{authors: [{}]}, ['authors', 0]],
  ),
  ...invalid('BLOG', ...refusedField('slug', ''), ...refusedField('image', '')),
  ...invalid('BLOG', [{tags: ''}, ['tags']], [{tags: ['']}, ['tags', 0]]),
  ...invalid(
    'BLOG',
    [{keywords: ''}, ['keywords']],
    [{keywords: ['']}, ['keywords', 0]],
    [{keywords: []}, ['keywords']],
  ),
  ...invalid('BLOG', ...refusedField('draft', 'yes', 'no'), ...refusedField('unlisted', 'yes', 'no')),
  // Docusaurus reports this one on the whole front matter; the checker names "unlisted".
  ...invalid('BLOG', [{draft: true, unlisted: true}, ['unlisted']]),
  ...invalid('BLOG', ...refusedField('hide_table_of_contents', 'yes', 'no'), ...refusedField('date', 'abc', '')),

  ...invalid('DOCS', ...refusedField('id', ''), ...refusedField('hide_table_of_contents', 'yes', 'no', '')),
  ...invalid(
    'DOCS',
    [{keywords: ''}, ['keywords']],
    [{keywords: ['']}, ['keywords', 0]],
    [{keywords: []}, ['keywords']],
  ),
  ...invalid('DOCS', ...refusedField('image', ''), ...refusedField('slug', '')),
  ...invalid(
    'DOCS',
    [{tags: 42}, ['tags']],
    [{tags: 'tag1, tag2'}, ['tags']],
    [{tags: [{}]}, ['tags', 0]],
    [{tags: [true]}, ['tags', 0]],
    [{tags: ['tag1', {hey: 'test'}]}, ['tags', 1]],
  ),
  ...invalid(
    'DOCS',
    ...refusedField('toc_min_heading_level', 1, 7, 'hello', true),
    ...refusedField('toc_max_heading_level', 1, 7, 'hello', true),
  ),
  ...invalid(
    'DOCS',
    [{toc_min_heading_level: 4, toc_max_heading_level: 3}, ['toc_min_heading_level']],
    [{toc_min_heading_level: 6, toc_max_heading_level: 2}, ['toc_min_heading_level']],
  ),
  ...invalid('DOCS', ...refusedField('draft', 'yes', 'no', '')),
  ...invalid('DOCS', ...refusedField('last_update', null, {}, '', {invalid: 'key'})),
  ...invalid(
    'DOCS',
    ...['I am not a date :(', '2011-10-45', '2011-0-10', ''].map((date): [FrontMatter, Path] => [
      {last_update: {author: 'test author', date}},
      ['last_update', 'date'],
    ]),
  ),

  ...invalid('SCHEMAS', ...refusedField('image', 'spaces are invalid in a URL')),
  ...invalid('SCHEMAS', ...refusedField('draft', 'bad string', 42), ...refusedField('unlisted', 'bad string', 42), [
    {draft: true, unlisted: true},
    ['unlisted'],
  ]),
  ...invalid('SCHEMAS', ...refusedField('last_update', null, {}, 'string', 42, true, [])),
  ...invalid(
    'SCHEMAS',
    [{last_update: {author: 23}}, ['last_update', 'author']],
    [{last_update: {date: '20-20-20'}}, ['last_update', 'date']],
  ),

  // The mix names the legacy field: it is the one to move into "authors".
  ...invalidOnLoad(
    'AUTHORS',
    [{authors: [{name: 'Sébastien Lorber'}], author: 'Yangshun Tay'}, ['author']],
    [{authors: [{key: 'slorber'}], author_title: 'legacy title'}, ['author_title']],
  ),
  ...invalidOnLoad('PROBLEMS', [
    {
      authors: [
        {key: 'slorber', name: 'Sébastien Lorber 1', title: 'some title'},
        {key: 'slorber', name: 'Sébastien Lorber 2', imageURL: '/slorber.png'},
      ],
    },
    ['authors', 1],
  ]),
  // BLOG lists this among the values its schema accepts, and it does; but it
  // names authorKey3 twice, which the blog plugin refuses when it loads the
  // post (the PROBLEMS case above): the build stops on it.
  ...invalidOnLoad('BLOG', [
    {authors: ['authorKey1', {key: 'authorKey3'}, 'authorKey3', {name: 'Author Name 4'}, {key: 'authorKey5'}]},
    ['authors', 2],
  ]),
];

/** Cases of this project (issue 14 and the blog loader's code), not Docusaurus's tests. */
const PROJECT_INVALID: InvalidCase[] = [
  ...invalid('BLOG', ...refusedField('image', './img/بطاقة.png', './img/my card.png')),
  ...invalidOnLoad('BLOG', ...refusedField('date', 2020)),
  ...invalidOnLoad(
    'BLOG',
    [{authors: {name: 'A', socials: {mastodon: 'a/b'}}}, ['authors', 'socials', 'mastodon']],
    [{authors: [{name: 'A', socials: {foo: 3}}]}, ['authors', 0, 'socials', 'foo']],
  ),
  ...invalid('BLOG', [{authors: [{name: 'A', url: 'not a url'}]}, ['authors', 0, 'url']]),
];
const PROJECT_VALID: Case[] = [
  // An author key with a local override, as docusaurus.io's own blog writes it.
  ...valid('BLOG', {authors: [{key: 'slorber', title: 'Docusaurus maintainer'}]}),
  ...valid('BLOG', ...field('date', '2021-3-5', '2020-01-01T10:00:00Z')),
  ...valid('BLOG', {authors: {name: 'A', socials: {x: 'jdoe', github: 'https://github.com/jdoe'}}}),
];

const show = (frontMatter: FrontMatter) =>
  JSON.stringify(frontMatter, (_key, value: unknown) => (value === undefined ? '<undefined>' : value));
const titled = <T extends Case>(cases: T[]) => cases.map((c) => [`${c.source} ${show(c.frontMatter)}`, c] as const);

/** Whether the blog plugin's schema itself refuses the front matter. */
function schemaRefuses(frontMatter: FrontMatter): boolean {
  try {
    withDocusaurusLoggerSilenced(() => validateBlogPostFrontMatter(frontMatter));
    return false;
  } catch {
    return true;
  }
}

describe("Docusaurus's front matter cases", () => {
  it('counts', () => {
    // Pinned so that a case lost in an edit shows.
    expect({valid: VALID.length, invalid: INVALID.length}).toEqual({valid: 191, invalid: 87});
  });

  describe('every case Docusaurus refuses is refused at its field', () => {
    it.each(titled([...INVALID, ...PROJECT_INVALID]))('%s', (_title, c) => {
      const refusals = docusaurusRefusals(c.frontMatter);
      expect(refusals.map((r) => r.path)).toContainEqual(c.path);
      for (const refusal of refusals) expect(refusal.message).toMatch(/^"|^Docusaurus/);
    });
  });

  describe('every case Docusaurus accepts passes', () => {
    it.each(titled([...VALID, ...PROJECT_VALID]))('%s', (_title, c) => {
      expect(docusaurusRefusals(c.frontMatter)).toEqual([]);
    });
  });

  // The transcription itself, checked against the installed blog plugin: a
  // case copied wrong would otherwise test nothing.
  it('the schema cases are what the installed blog plugin decides', () => {
    const wrong = [
      ...[...VALID, ...PROJECT_VALID].filter((c) => schemaRefuses(c.frontMatter)),
      ...[...INVALID, ...PROJECT_INVALID].filter((c) => schemaRefuses(c.frontMatter) !== (c.stage === 'schema')),
    ];
    expect(wrong.map((c) => show(c.frontMatter))).toEqual([]);
  });
});

describe('messages', () => {
  const message = (frontMatter: FrontMatter) => docusaurusRefusals(frontMatter).map((r) => r.message);

  it('say what is wrong, quote the value and give the fix', () => {
    expect(message({keywords: []})).toEqual([
      '"keywords" is an empty list, which Docusaurus refuses; add at least one keyword or remove the field.',
    ]);
    expect(message({draft: true, unlisted: true})).toEqual([
      '"draft" and "unlisted" cannot both be true: Docusaurus refuses a post that is both a draft (left out of the build) and unlisted (built, but hidden). Remove one of them.',
    ]);
    expect(message({toc_min_heading_level: 4, toc_max_heading_level: 3})).toEqual([
      '"toc_min_heading_level" (4) is above "toc_max_heading_level" (3), which Docusaurus refuses; make the minimum at most the maximum.',
    ]);
    expect(message({toc_max_heading_level: 7})).toEqual([
      '"toc_max_heading_level" is 7, but it must be a heading level from 2 to 6; write a number from 2 to 6, or remove the field.',
    ]);
    expect(message({toc_min_heading_level: 'hello'})).toEqual([
      '"toc_min_heading_level" is the text "hello", but it must be a heading level from 2 to 6; write a number from 2 to 6, or remove the field.',
    ]);
    expect(message({slug: ''})).toEqual([
      '"slug" is empty text (""), which Docusaurus refuses; write the post\'s URL path, or remove the field to take it from the file name.',
    ]);
    expect(message({id: ''})).toEqual([
      '"id" is empty text (""), which Docusaurus refuses; remove the field ("slug" sets the URL).',
    ]);
    expect(message({author: ''})).toEqual([
      '"author" is empty text (""), which Docusaurus refuses; write a value or remove the field.',
    ]);
    expect(message({tags: ['']})).toEqual([
      '"tags[0]" is empty text (""), which Docusaurus refuses; write the item or remove it from the list.',
    ]);
    expect(message({tags: 'a, b'})).toEqual([
      '"tags" is the text "a, b", not a list, which Docusaurus refuses; write a list such as [first, second], or remove the field.',
    ]);
    expect(message({tags: [true]})).toEqual([
      '"tags[0]" is true, which is not a tag for Docusaurus; write the tag as text.',
    ]);
    expect(message({title: null})).toEqual([
      '"title" has no value ("title:" with nothing after it), which Docusaurus refuses; write the value or remove the field.',
    ]);
    expect(message({title: false})).toEqual([
      '"title" is false, but Docusaurus needs text here; write it as text (in quotes) or remove the field.',
    ]);
    expect(message({draft: 'yes'})).toEqual([
      '"draft" is the text "yes", but Docusaurus accepts only true or false; write true or false.',
    ]);
    expect(message({date: 'abc'})).toEqual([
      '"date" is the text "abc", which Docusaurus cannot read as a date; write the day as YYYY-MM-DD (for example 2025-01-31).',
    ]);
    expect(message({last_update: {}})).toEqual([
      '"last_update" has neither "author" nor "date", which Docusaurus refuses; give at least one of them, or remove the field.',
    ]);
    expect(message({last_update: 'string'})).toEqual([
      '"last_update" is the text "string", but Docusaurus needs a mapping with "author" and/or "date"; write them under it, or remove the field.',
    ]);
    expect(message({last_update: {date: '2011-10-45'}})).toEqual([
      '"last_update.date" is the text "2011-10-45", which Docusaurus cannot read as a date; write the day as YYYY-MM-DD (for example 2025-01-31).',
    ]);
  });

  it('explain URLs Docusaurus refuses', () => {
    expect(message({image: './img/بطاقة.png'})).toEqual([
      '"image" is the text "./img/بطاقة.png", which Docusaurus does not accept as a URL: it holds "ب", a character URLs must percent-encode. Rename the file with ASCII letters, digits and dashes (for example ./img/card.png), or percent-encode its name.',
    ]);
    expect(message({image: './img/my card.png'})).toEqual([
      '"image" is the text "./img/my card.png", which Docusaurus does not accept as a URL: it holds a space. Rename the file with ASCII letters, digits and dashes (for example ./img/card.png), or percent-encode its name.',
    ]);
    expect(message({author_url: ''})).toEqual([
      '"author_url" is empty text (""), which Docusaurus does not accept as a URL: it is empty. Write the URL, or remove the field.',
    ]);
    expect(message({authors: [{name: 'A', url: 'not a url'}]})).toEqual([
      '"authors[0].url" is the text "not a url", which Docusaurus does not accept as a URL: it holds a space. Write the URL, or remove the field.',
    ]);
  });

  it('explain the authors rules', () => {
    expect(message({authors: [{name: 'A'}], author: 'B', author_title: 'T'})).toEqual([
      '"authors" and the older author fields "author", "author_title" cannot be used together, which Docusaurus refuses ("Don\'t mix \'authors\' with other existing \'author_*\' front matter"). Keep "authors" and remove "author", "author_title".',
    ]);
    expect(message({authors: ['a', {key: 'a'}]})).toEqual([
      '"authors[1]" names the author "a" a second time, which Docusaurus refuses; list each author once.',
    ]);
    expect(message({authors: [{title: 'T'}]})).toEqual([
      '"authors[0]" has no "key", "name" or "imageURL", which Docusaurus refuses: it needs one of them to show the author. Add one.',
    ]);
    expect(message({authors: [null]})).toEqual([
      '"authors[0]" is empty, which is not an author for Docusaurus; write an author key, or an author with a "key", a "name" or an "imageURL".',
    ]);
    expect(message({authors: {name: 'A', socials: {mastodon: 'a/b'}}})).toEqual([
      '"authors.socials.mastodon" is the text "a/b", which Docusaurus cannot turn into a link; write the handle alone (like "jdoe") or a full https:// URL.',
    ]);
  });

  it('explain dates the blog cannot use', () => {
    expect(message({date: 2020})).toEqual([
      '"date" is the number 2020, not a day: Docusaurus keeps it as a number and its build fails when it sorts the posts. Write the day as YYYY-MM-DD (for example 2020-01-01).',
    ]);
  });
});

describe('running Docusaurus quietly', () => {
  it('prints nothing, and gives the logger back', () => {
    const {error, warn} = logger;
    const spies = (['log', 'info', 'warn', 'error'] as const).map((method) =>
      vi.spyOn(console, method).mockImplementation(() => {}),
    );
    try {
      for (const c of [...INVALID, ...VALID]) docusaurusFrontMatterRefusals(c.frontMatter);
      for (const spy of spies) expect(spy).not.toHaveBeenCalled();
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    expect(logger.error).toBe(error);
    expect(logger.warn).toBe(warn);
  });

  it('gives the logger back when the call throws', () => {
    const {error} = logger;
    expect(() =>
      withDocusaurusLoggerSilenced(() => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(logger.error).toBe(error);
  });

  it('never throws, even on values YAML cannot hold', () => {
    const refusals = docusaurusFrontMatterRefusals({title: 10n, keywords: []});
    expect(refusals).toEqual([expect.objectContaining({path: [], type: REFUSAL_TYPES.crash})]);
    expect(docusaurusRefusals({title: 10n})[0]!.message).toMatch(
      /^Docusaurus cannot read this front matter \(.+\)\. Write plain YAML values/,
    );
  });
});
