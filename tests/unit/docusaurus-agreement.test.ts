/**
 * Agreement with @docusaurus/plugin-content-blog 3.10.2, on Docusaurus's own
 * front matter test cases (tests/fixtures/docusaurus-cases/cases.ts says where
 * each comes from): every case Docusaurus refuses must be refused at the field
 * it is about; every case it accepts must pass.
 */
import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it, vi} from 'vitest';
import logger from '@docusaurus/logger';
import {validateBlogPostFrontMatter} from '@docusaurus/plugin-content-blog/lib/frontMatter.js';
import {checkSite} from '../../plugins/blog/check';
import {siteBlogs} from '../../plugins/blog/check/load/siteConfig';
import {parsePost} from '../../plugins/blog/check/parse';
import {
  INVALID,
  PROJECT_INVALID,
  PROJECT_VALID,
  VALID,
  type Case,
  type FrontMatter,
  postText,
  show,
  writable,
} from '../fixtures/docusaurus-cases/cases';
import {
  docusaurusFrontMatterRefusals,
  docusaurusRefusals,
  REFUSAL_TYPES,
  withDocusaurusLoggerSilenced,
} from '../../plugins/blog/check/docusaurus';

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

// The same cases as a post's file (the cases YAML can write).
const asFile = (frontMatter: FrontMatter) => {
  const text = postText(frontMatter);
  return {
    text,
    parsed: parsePost(new TextEncoder().encode(text)),
    closingLine: text.split('\n').lastIndexOf('---') + 1,
  };
};

// Read by the checker's parser, refused at a line of the front matter.
describe('as files, every refusal has a line', () => {
  it.each(titled([...INVALID, ...PROJECT_INVALID].filter(writable)))('%s', (_title, c) => {
    const {parsed, closingLine} = asFile(c.frontMatter);
    expect(parsed.findings).toEqual([]);
    const refusal = docusaurusRefusals(parsed.data!).find((r) => JSON.stringify(r.path) === JSON.stringify(c.path));
    expect(refusal).toBeDefined();
    const {line} = parsed.locate(refusal!.path);
    expect(line).toBeGreaterThan(1);
    expect(line).toBeLessThan(closingLine);
  });

  it('and the valid ones, read from files, pass', () => {
    const refused = [...VALID, ...PROJECT_VALID]
      .filter(writable)
      .filter((c) => docusaurusRefusals(asFile(c.frontMatter).parsed.data!).length > 0);
    expect(refused.map((c) => show(c.frontMatter))).toEqual([]);
  });
});

/**
 * The whole checker on a Docusaurus site that does not use this plugin, as the
 * check command reads it (its config: the `recommended` preset, with the blog's
 * own options): every case Docusaurus accepts, one post each, gets no error
 * but from the rules whose finding breaks a real build or misleads a reader.
 * The site has an authors.yml with the keys the cases name, as Docusaurus's
 * own tests have an authors map for them.
 */
describe('every case Docusaurus accepts, checked under the recommended preset', () => {
  /** Errors that stay errors on a value Docusaurus accepts, and why. */
  const STILL_ERRORS: Record<string, string> = {
    'image-missing': 'the image file does not exist: the page links a missing card',
    'image-unsafe': 'the image climbs out of the site with ".."',
    'slug-invalid': 'the slug climbs out of the build folder with ".."',
    'date-invalid': 'an impossible day, which Docusaurus silently moves',
    'text-bidi-control': 'a bidi control character reorders what the reader sees',
    'text-invisible': 'an invisible character hides in the text',
  };
  /** A Docusaurus site without this plugin, one post per case, checked as the check command checks it. */
  async function checkCases(list: Case[]) {
    const dir = await mkdtemp(path.join(tmpdir(), 'qalam-docusaurus-cases-'));
    try {
      await writeFile(
        path.join(dir, 'docusaurus.config.js'),
        "module.exports = {title: 'Cases', url: 'https://example.org', baseUrl: '/', presets: [['classic', {blog: {}}]]};\n",
      );
      await mkdir(path.join(dir, 'blog'));
      const keys = ['slorber', 'yangshun', 'JMarcey', 'authorKey', 'authorKey1', 'authorKey2'];
      await writeFile(path.join(dir, 'blog/authors.yml'), keys.map((key) => `${key}:\n  name: ${key}\n`).join(''));
      const fileOf = (i: number) => `blog/2020-01-01-case-${i}.md`;
      for (const [i, c] of list.entries()) await writeFile(path.join(dir, fileOf(i)), asFile(c.frontMatter).text);
      const {blogs, problem} = await siteBlogs(dir);
      expect(problem).toBeUndefined();
      const {diagnostics} = await checkSite(dir, blogs[0]!.options);
      return list.map((c, i) => ({c, diagnostics: diagnostics.filter((d) => d.file === fileOf(i))}));
    } finally {
      await rm(dir, {recursive: true, force: true});
    }
  }

  it('gives no other error, and names no author or tag of this site', async () => {
    const checked = await checkCases([...VALID, ...PROJECT_VALID].filter(writable));
    const errors = checked.flatMap(({c, diagnostics}) =>
      diagnostics.filter((d) => d.severity === 'error').map((d) => ({...d, c})),
    );
    expect(
      errors.filter((d) => !(d.rule in STILL_ERRORS)).map((d) => `${show(d.c.frontMatter)}: ${d.rule} ${d.message}`),
    ).toEqual([]);
    // An impossible day is the only date error left.
    expect(errors.filter((d) => d.rule === 'date-invalid' && d.messageId !== 'moved')).toEqual([]);
    const messages = checked.flatMap(({diagnostics}) => diagnostics.map((d) => d.message));
    expect(messages.filter((m) => /\blark\b|\bai\b|open-source/.test(m))).toEqual([]);
    // Pinned so that a change of these counts shows: the posts, and those with an error left.
    expect({posts: checked.length, withError: new Set(errors.map((d) => d.file)).size}).toEqual({
      posts: 195,
      withError: 15,
    });
  });

  it('and every case Docusaurus refuses is an error at a line of its front matter', async () => {
    const checked = await checkCases([...INVALID, ...PROJECT_INVALID].filter(writable));
    const unlocated = checked.filter(({c, diagnostics}) => {
      const closingLine = asFile(c.frontMatter).closingLine;
      return !diagnostics.some((d) => d.severity === 'error' && d.line > 1 && d.line < closingLine);
    });
    expect(unlocated.map(({c}) => show(c.frontMatter))).toEqual([]);
    expect(checked.length).toBe(92);
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

describe('several problems at once', () => {
  it('are all told, although Docusaurus would tell the second one only after the first is fixed', () => {
    const refusals = docusaurusRefusals({
      keywords: [],
      draft: true,
      unlisted: true,
      authors: [{name: 'A'}],
      author: 'B',
      date: 2020,
      toc_max_heading_level: 9,
    });
    expect(refusals.map((r) => [r.path, r.type])).toEqual([
      [['keywords'], 'array.includesRequiredUnknowns'],
      [['toc_max_heading_level'], 'number.max'],
      [['unlisted'], 'frontMatter.draftAndUnlistedError'],
      [['author'], REFUSAL_TYPES.legacyAuthorMix],
      [['date'], REFUSAL_TYPES.unusableDate],
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
