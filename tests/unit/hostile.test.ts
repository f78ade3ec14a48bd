/**
 * The product changes the hostile suite led to, one by one, with their
 * messages: the parser's refusals, the slug rule, control characters, keys
 * that are not what they look like, the registries' refusals, the report's
 * terminal safety, and the feeds' CDATA and attributes.
 */
import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {validateBlogPostFrontMatter} from '@docusaurus/plugin-content-blog/lib/frontMatter.js';
import {checkAuthorsMapPermalinkCollisions, getAuthorsMap} from '@docusaurus/plugin-content-blog/lib/authorsMap.js';
import {DEFAULT_PARSE_FRONT_MATTER} from '@docusaurus/utils';
import {getTagsFile} from '@docusaurus/utils-validation';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {checkSite} from '../../plugins/blog/check';
import {repairFeedXml, safeFeedItems} from '../../plugins/blog/plugin/upstream/feedSafety';
import {routePathProblem, showsSomething} from '../../plugins/blog/check/rules/frontMatter';
import {registryKeyProblem} from '../../plugins/blog/check/load';
import {parsePost} from '../../plugins/blog/check/parse';
import {formatDiagnostic, visible} from '../../plugins/blog/check/report';
import type {Diagnostic} from '../../plugins/blog/check/rules';
import {controlProblem, invisibleProblem} from '../../plugins/blog/check/rules/textSafety';
import {safeFrontMatterReader} from '../../plugins/blog/check/parse/safeFrontMatter';
import {xmlProblem} from '../helpers/xml';

const findings = (text: string | Buffer) =>
  parsePost(typeof text === 'string' ? Buffer.from(text) : text).findings.map((f) => ({
    rule: f.rule,
    line: f.range?.line,
    message: f.message,
  }));

describe('the parser refuses what Docusaurus would run, misread or choke on', () => {
  it('reports ---js front matter, which Docusaurus (gray-matter) runs as code', async () => {
    const post = '---js\n{title: (globalThis.qalamRan = true, "x")}\n---\n';
    // The premise: Docusaurus's own reader evaluates it.
    await DEFAULT_PARSE_FRONT_MATTER({fileContent: post, filePath: 'p.md'});
    expect((globalThis as {qalamRan?: boolean}).qalamRan).toBe(true);
    expect(findings(post)).toEqual([
      {
        rule: 'frontmatter-script',
        line: 1,
        message:
          "`---js` opens JavaScript front matter, which Docusaurus's front matter reader runs as code when it reads the file. Write the front matter in YAML between --- lines.",
      },
    ]);
  });

  it("reads YAML's own tags as Docusaurus does, and refuses only the others, as it does", async () => {
    const standard = '---\ntitle: !!str 2025\ndate: !!timestamp 2025-01-02\n---\n';
    const {frontMatter} = await DEFAULT_PARSE_FRONT_MATTER({fileContent: standard, filePath: 'p.md'});
    expect(frontMatter.title).toBe('2025');
    expect(findings(standard)).toEqual([]);
    const custom = '---\ntitle: !foo x\n---\n';
    await expect(DEFAULT_PARSE_FRONT_MATTER({fileContent: custom, filePath: 'p.md'})).rejects.toThrow('unknown tag');
    expect(findings(custom).map((f) => f.rule)).toEqual(['yaml-custom-tag']);
  });

  it('reads an unquoted timestamp as Docusaurus does, a Date, and the quoted one as text', async () => {
    const read = async (date: string) =>
      validateBlogPostFrontMatter(
        (await DEFAULT_PARSE_FRONT_MATTER({fileContent: `---\ndate: ${date}\n---\n`, filePath: 'p.md'})).frontMatter,
      );
    expect((await read('2025-1-1T10:00:00Z')).date).toEqual(new Date('2025-01-01T10:00:00Z'));
    await expect(read("'2025-1-1T10:00:00Z'")).rejects.toThrow('"date" must be a valid date');
  });

  it('does not close front matter at ... or at --- followed by text', () => {
    expect(findings('---\ntitle: x\n...\nbody\n---\n')).toEqual([
      {
        rule: 'frontmatter-unclosed',
        line: 3,
        message:
          'Line 3 ends the YAML with ..., which does not close front matter: Docusaurus reads on to the next --- line and fails there. Close the front matter with ---.',
      },
    ]);
    expect(findings('---\ntitle: x\n--- body\n')).toEqual([
      {
        rule: 'frontmatter-unclosed',
        line: 3,
        message:
          'Line 3 closes the front matter but goes on after the dashes ("--- body"), so that text becomes part of the body. Close the front matter with --- alone on its line.',
      },
    ]);
  });

  it('names CR line endings and UTF-16, and points at the invalid byte', () => {
    expect(findings('---\rtitle: x\r---\r')[0]!.message).toBe(
      'The file ends its lines with a carriage return alone (classic Mac OS), so it is one long line and has no front matter. Save it with LF (or CRLF) line endings.',
    );
    expect(findings(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('---\n', 'utf16le')]))[0]!.message).toBe(
      'The file is UTF-16 (it starts with a UTF-16 byte order mark). Save it as UTF-8.',
    );
    const latin1 = parsePost(
      Buffer.concat([Buffer.from('---\ntitle: caf'), Buffer.from([0xe9]), Buffer.from('\n---\n')]),
    );
    expect(latin1.findings[0]!.range).toEqual({line: 2, column: 11, endLine: 2, endColumn: 12});
  });

  it('refuses a raw control character and what js-yaml refuses, as Docusaurus would', () => {
    expect(findings('---\ntitle: a\u0007b\n---\n')).toEqual([
      {
        rule: 'yaml-syntax',
        line: 2,
        message:
          'YAML: the front matter holds the control character U+0007, which YAML does not allow, so Docusaurus cannot read the file. Remove it, or write it as "\\u0007" in a double-quoted value.',
      },
    ]);
    // The `yaml` package reads a key-less ": x"; js-yaml (Docusaurus) does not.
    expect(findings('---\ntitle: x\n: &a x\n---\n')).toEqual([
      {
        rule: 'yaml-syntax',
        line: 3,
        message:
          'YAML: incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line. Docusaurus cannot read this front matter.',
      },
    ]);
  });

  it('reports an alias bomb once, and a list of more than 1,000 items', () => {
    const bomb = `---\na: &a [x, x]\nb: &b [*a, *a, *a]\nc: [*b, *b]\n---\n`;
    expect(findings(bomb)).toEqual([
      {
        rule: 'yaml-alias',
        line: 3,
        message: 'YAML alias *a (and 4 more aliases) is not allowed in front matter. Write the value out.',
      },
    ]);
    const many = `---\ntitle: x\nkeywords: [${Array.from({length: 1001}, (_, i) => `k${i}`).join(', ')}]\n---\n`;
    expect(findings(many)).toEqual([
      {
        rule: 'yaml-too-large',
        line: 3,
        message: '"keywords" has 1,001 items; more than 1,000 is refused unread. No field needs that many.',
      },
    ]);
  });
});

describe("the blog plugin's front matter reader", () => {
  const siteDir = path.join(tmpdir(), 'qalam-reader-site');
  const refusal = (reason: string): never => {
    throw new Error(reason);
  };
  const reader = safeFrontMatterReader(DEFAULT_PARSE_FRONT_MATTER, siteDir, refusal);

  it('refuses every engine but YAML before Docusaurus sees the file, and runs nothing', async () => {
    for (const opening of ['---js', '--- javascript', '---JS', '---json', '---coffee', '---\u00A0js']) {
      const fileContent = `${opening}\n{title: (globalThis.qalamReaderRan = true, "x")}\n---\n`;
      await expect(
        reader({
          filePath: path.join(siteDir, 'blog/p.md'),
          fileContent,
          defaultParseFrontMatter: DEFAULT_PARSE_FRONT_MATTER,
        }),
        opening,
      ).rejects.toThrow(/^blog\/p\.md opens its front matter with "---/);
    }
    expect((globalThis as {qalamReaderRan?: boolean}).qalamReaderRan).toBeUndefined();
    await expect(
      reader({
        filePath: path.join(siteDir, 'blog/p.md'),
        fileContent: '---\ntitle: Plain\n---\nBody',
        defaultParseFrontMatter: DEFAULT_PARSE_FRONT_MATTER,
      }),
    ).resolves.toMatchObject({frontMatter: {title: 'Plain'}});
  });

  it('refuses a post whose real path is outside the site', async () => {
    await expect(
      reader({
        filePath: path.join(siteDir, '../elsewhere/p.md'),
        fileContent: '---\ntitle: x\n---\n',
        defaultParseFrontMatter: DEFAULT_PARSE_FRONT_MATTER,
      }),
    ).rejects.toThrow(/leads out of the site/);
  });
});

describe('invisible characters, by Unicode property', () => {
  it('reports default-ignorable characters off any hand list, and keeps emoji sequences and Persian ZWNJ', () => {
    for (const text of ['a\u206Fb', 'a\u180Bb', 'ai\uFE0F', 'x\u2065', 'a\u17B4b', '\u{E0001}', 'a\u200Db'])
      expect(invisibleProblem(text), JSON.stringify(text)).toMatch(/an invisible character/);
    for (const text of [
      '\u2764\uFE0F',
      '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}',
      'می\u200Cخواهم',
      '\u{1F3F4}\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}',
    ])
      expect(invisibleProblem(text), JSON.stringify(text)).toBeUndefined();
  });
});

describe('values that become paths, keys and text', () => {
  it('refuses route paths that climb out or are URLs', () => {
    for (const bad of [
      '/../../tmp/x',
      '../x',
      'a/../../b',
      '/%2e%2e/x',
      '/%252e%252e/x',
      'a\\b',
      'javascript:alert(1)',
      'https://evil.example/x',
      '//evil.example',
      '/a\u0000b',
    ]) {
      expect(routePathProblem(bad), bad).toBeDefined();
    }
    for (const good of ['/notes/bidi-isolation', 'my-post', 'nodejs:tips', '/a..b', '/2025/01/01/post', '/مقال']) {
      expect(routePathProblem(good), good).toBeUndefined();
    }
    expect(routePathProblem('/%2e%2e/x')).toBe(
      'climbs up with "..": Docusaurus joins it to the build folder as it is, so the page would be written outside the site (the dots are percent-encoded). Write a path without "..", such as /my-post.',
    );
  });

  it('finds control characters, unpaired surrogates and noncharacters anywhere', () => {
    expect(controlProblem('tab\tand\nnewline')).toBeUndefined();
    expect(controlProblem('a\u001bb')).toBe(
      'holds the control character U+001B at character 2: no reader sees it, and RSS and Atom feeds that carry it are not valid XML. Remove it.',
    );
    expect(controlProblem('x\uD800')).toContain('U+D800, half of a character whose other half is missing');
    expect(controlProblem('\uFFFF')).toContain('U+FFFF, which is not a character');
    expect(controlProblem('\u{1F600} fine')).toBeUndefined();
  });

  it('sees a title that shows nothing', () => {
    expect(showsSomething('\u064E\u0651\u0640\u200B ')).toBe(false);
    expect(showsSomething('e\u0301')).toBe(true);
    expect(showsSomething('ـعـ')).toBe(true);
  });

  it('refuses registry keys that look like others or that objects already have', () => {
    expect(registryKeyProblem('l\u0430rk')).toBe(
      'mixes Latin and Cyrillic letters (а is U+0430), so it looks like a key it is not. Retype it in one script.',
    );
    expect(registryKeyProblem('ларк')).toBeUndefined();
    expect(registryKeyProblem('lark')).toBeUndefined();
    expect(registryKeyProblem('__proto__')).toBe('is a name every JavaScript object already has. Choose another key.');
    expect(registryKeyProblem('la\u200Brk')).toContain('U+200B (ZERO WIDTH SPACE)');
  });
});

describe('registries under attack', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'qalam-registries-'));
    await mkdir(path.join(dir, 'blog'));
    await writeFile(
      path.join(dir, 'blog/2025-01-01-post.md'),
      '---\ntitle: "A post"\ndescription: A post whose registries carry every kind of hostile entry for the loader.\ntags: [ai]\nauthors: [lark]\n---\n',
    );
  });
  afterAll(() => rm(dir, {recursive: true, force: true}));

  const registryMessages = async (tags: string | Buffer, authors: string | Buffer) => {
    await writeFile(path.join(dir, 'blog/tags.yml'), tags);
    await writeFile(path.join(dir, 'blog/authors.yml'), authors);
    const result = await checkSite(dir);
    return result.diagnostics
      .filter((d) => d.rule === 'registry-invalid')
      .map((d) => `${d.file}:${d.line}:${d.column} ${d.message}`);
  };

  it('reports unsafe links, permalinks, look-alike keys and authors Docusaurus refuses', async () => {
    expect(
      await registryMessages(
        'ai:\n  label: AI\nout:\n  permalink: /../../x\nnum:\n  label: 3\n',
        'lark:\n  name: Lark\nm:\n  name: M\n  url: " JavaScript:alert(1)"\nempty:\nc:\n  name: C\n  page:\n    permalink: /%2e%2e/%2e%2e/x\nl\u0430rk:\n  name: Look-alike\n',
      ),
    ).toEqual([
      'blog/authors.yml:5:8 authors.yml: "m" has the url " JavaScript:alert(1)", which a browser reads as a javascript: URL: it runs code or points at no web page. Use an https:// URL.',
      'blog/authors.yml:6:1 authors.yml: "empty" needs a "name" or an "image_url": Docusaurus refuses an author with neither.',
      'blog/authors.yml:10:16 authors.yml: "c" has the page permalink "/%2e%2e/%2e%2e/x", which climbs up with "..": Docusaurus joins it to the build folder as it is, so the page would be written outside the site (the dots are percent-encoded). Write a path without "..", such as /my-post.',
      'blog/authors.yml:11:1 authors.yml: the key "lаrk" mixes Latin and Cyrillic letters (а is U+0430), so it looks like a key it is not. Retype it in one script.',
      'blog/tags.yml:4:14 tags.yml: "out" has the permalink "/../../x", which climbs up with "..": Docusaurus joins it to the build folder as it is, so the page would be written outside the site. Write a path without "..", such as /my-post.',
      'blog/tags.yml:6:10 tags.yml: "num" has a "label" that is not text.',
    ]);
  });

  it('reports what Docusaurus refuses in a registry as a whole, as its own code finds it', async () => {
    const tags = 'ai:\n  label: AI\nsame:\n  permalink: /ai\nextra:\n  label: Extra\n  color: red\na-b: {}\na_b: {}\n';
    const authors =
      'lark:\n  name: Lark\nx:\n  name: X\n  socials: {x: "foo/bar"}\nj:\n  name: J\n  socials:\n    newsletter: "javascript:alert(1)"\n';
    // The premise: Docusaurus's own loaders refuse these files.
    const contentPaths = {contentPath: path.join(dir, 'blog'), contentPathLocalized: path.join(dir, 'blog')};
    await writeFile(path.join(dir, 'blog/tags.yml'), tags);
    await expect(getTagsFile({tags: 'tags.yml', contentPaths})).rejects.toThrow('"extra.color" is not allowed');
    await writeFile(path.join(dir, 'blog/tags.yml'), 'ai:\n  label: AI\nsame:\n  permalink: /ai\n');
    await expect(getTagsFile({tags: 'tags.yml', contentPaths})).rejects.toThrow(
      'Duplicate permalinks found in tags file',
    );
    await writeFile(path.join(dir, 'blog/authors.yml'), authors);
    const params = {authorsMapPath: 'authors.yml', contentPaths, authorsBaseRoutePath: '/authors', baseUrl: '/'};
    await expect(getAuthorsMap(params)).rejects.toThrow("Social platform 'x' has illegal value 'foo/bar'");
    expect(await registryMessages(tags, authors)).toEqual([
      "blog/authors.yml:5:12 authors.yml: \"x\" is refused by Docusaurus: Author socials should be usernames/userIds/handles, or fully qualified HTTP(s) absolute URLs. Social platform 'x' has illegal value 'foo/bar'.",
      'blog/authors.yml:9:17 authors.yml: "j" has the newsletter link "javascript:alert(1)", which a browser reads as a javascript: URL: it runs code or points at no web page. Use an https:// URL or a handle.',
      'blog/tags.yml:4:14 tags.yml: "same" has the permalink "/ai", as "ai" has: Docusaurus refuses a tags file with two tags at one permalink. Give one of them a permalink of its own.',
      'blog/tags.yml:7:10 tags.yml: "extra" has the field "color", which Docusaurus refuses in a tags file: a tag has a label, a description and a permalink. Remove it.',
      'blog/tags.yml:9:1 tags.yml: "a_b" has the permalink "/a-b" (made from its key), as "a-b" has: Docusaurus refuses a tags file with two tags at one permalink. Give one of them a permalink of its own.',
    ]);
  });

  it("reports two authors' pages at one permalink, as Docusaurus does", async () => {
    const authors =
      'lark:\n  name: Lark\n  page: true\nLark:\n  name: Other\n  page: true\np:\n  name: P\n  page: {permalink: /lark}\n';
    const contentPaths = {contentPath: path.join(dir, 'blog'), contentPathLocalized: path.join(dir, 'blog')};
    await writeFile(path.join(dir, 'blog/authors.yml'), authors);
    const params = {authorsMapPath: 'authors.yml', contentPaths, authorsBaseRoutePath: '/authors', baseUrl: '/'};
    const map = await getAuthorsMap(params);
    expect(() => checkAuthorsMapPermalinkCollisions(map)).toThrow(
      'The following permalinks are duplicated:\nPermalink: /authors/lark\nAuthors: Lark, Other, P',
    );
    expect(await registryMessages('ai:\n  label: AI\n', authors)).toEqual([
      'blog/authors.yml:6:9 authors.yml: "Lark" has its page at "/lark" (made from its key) under the authors\' path, as "lark" has: Docusaurus refuses two authors\' pages at one permalink. Give one of them `page: {permalink: /another}`.',
      'blog/authors.yml:9:9 authors.yml: "p" has its page at "/lark" under the authors\' path, as "lark" has: Docusaurus refuses two authors\' pages at one permalink. Give one of them `page: {permalink: /another}`.',
    ]);
  });

  it('refuses a registry nested 5,000 levels deep with a human message, not a stack overflow', async () => {
    await writeFile(
      path.join(dir, 'blog/tags.yml'),
      `ai:\n  label: AI\ndeep: ${'['.repeat(5000)}${']'.repeat(5000)}\n`,
    );
    await writeFile(path.join(dir, 'blog/authors.yml'), 'lark:\n  name: Lark\n');
    const result = await checkSite(dir);
    expect(
      result.diagnostics
        .filter((d) => d.file.endsWith('.yml'))
        .map((d) => `${d.file}:${d.line} ${d.rule} ${d.message}`),
    ).toEqual([
      'blog/tags.yml:1 yaml-too-large tags.yml nests 5000 levels deep; more than 32 is refused unread (a registry needs 3). Write each entry as a key and its fields.',
    ]);
  });

  it('refuses invalid UTF-8, NUL bytes, custom tags and merge keys', async () => {
    expect(
      await registryMessages(
        Buffer.concat([Buffer.from('ai:\n  label: caf'), Buffer.from([0xe9]), Buffer.from('\n')]),
        'base: &b {name: B}\nlark:\n  <<: *b\n  title: !!js/function "function(){}"\n',
      ),
    ).toEqual([
      'blog/authors.yml:3:3 authors.yml: YAML merge keys (<<) are not allowed. Write the fields out.',
      'blog/authors.yml:3:7 authors.yml: the YAML alias *b is not allowed. Write the value out.',
      'blog/authors.yml:4:10 authors.yml: the YAML tag !!js/function is not allowed: plain values only.',
      'blog/tags.yml:2:13 tags.yml is not valid UTF-8 (byte 16). Save it as UTF-8.',
    ]);
    expect(await registryMessages('ai:\n  label: A\u0000I\n', 'lark:\n  name: Lark\n')).toEqual([
      'blog/tags.yml:2:11 tags.yml holds a NUL byte: it is binary or corrupted. Save it as UTF-8 text.',
    ]);
  });
});

describe('the text report', () => {
  const diagnostic = (over: Partial<Diagnostic> = {}): Diagnostic => ({
    file: 'blog/post.md',
    line: 2,
    column: 8,
    endLine: 2,
    endColumn: 12,
    locale: 'en',
    field: 'title',
    rule: 'text-invisible',
    severity: 'error',
    message: 'a message',
    ...over,
  });

  it('shows control characters from a post as symbols, never as terminal commands', () => {
    expect(visible('a\u001b]0;pwned\u0007b\rc\u0000d\u007fe\u0085f\tg')).toBe(
      'a\u241b]0;pwned\u2407b\u240dc\u2400d\u2421e\uFFFDf\tg',
    );
    const out = formatDiagnostic(
      diagnostic({message: 'title "\u001b[2J"'}),
      '---\ntitle: "\u001b[2J\u001b]8;;https://evil.example\u0007x"\n---\n',
    );
    expect(out).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F]/);
    expect(out).toContain('title "␛[2J"');
  });

  it('shows no bidi embedding, override or isolate from a post in a code frame or a message: the line would reorder', () => {
    const out = formatDiagnostic(
      diagnostic({message: 'title "\u202Eevil\u202C"'}),
      '---\ntitle: "مرحبا \u202Eevil \u2067x\u2069"\n---\n',
    );
    expect(out).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(out).toContain('title: "مرحبا \uFFFDevil \uFFFDx\uFFFD"');
    expect(out).toContain('title "\uFFFDevil\uFFFD"');
  });

  it('names the line breaks, tabs, controls, bidi and invisible characters of a file name in its location, on one line', () => {
    for (const [file, shown] of [
      ['blog/2025-01-06-a\nb.md', 'blog/2025-01-06-a<U+000A>b.md:2:8'],
      ['blog/2025-01-07-\u202Edm.md', 'blog/2025-01-07-<U+202E>dm.md:2:8'],
      ['blog/2025-01-08-a\tb\u2067.md', 'blog/2025-01-08-a<U+0009>b<U+2067>.md:2:8'],
      ['blog/2025-01-09-\u001b[2J\r\u2028\u200d.md', 'blog/2025-01-09-<U+001B>[2J<U+000D><U+2028><U+200D>.md:2:8'],
    ]) {
      const out = formatDiagnostic(diagnostic({file}), undefined);
      const [head, message] = out.split('\n');
      expect(head).toBe(`${shown} error text-invisible [en] title`);
      expect(message).toBe('  a message');
      expect(out.split('\n')).toHaveLength(2);
    }
    // A field path names them too: a key may hold anything.
    const [head] = formatDiagnostic(diagnostic({field: 'tags[\u202E1]'}), undefined).split('\n');
    expect(head).toBe('blog/post.md:2:8 error text-invisible [en] tags[<U+202E>1]');
  });

  it('cuts a long line around the problem', () => {
    const long = `tags: [${Array.from({length: 3000}, (_, i) => `t${i}`).join(', ')}]`;
    const out = formatDiagnostic(diagnostic({line: 2, column: 9000, endColumn: 9005}), `---\n${long}\n---\n`);
    const widest = Math.max(...out.split('\n').map((l) => l.length));
    expect(widest).toBeLessThan(300);
    expect(out).toContain(long.slice(8990, 9010));
    expect(out).toMatch(/> 2 \| …/);
  });
});

describe('the feeds', () => {
  it('keep "]]>" from ending a CDATA section, in text and in HTML', async () => {
    const create = safeFeedItems();
    const items = await create({
      defaultCreateFeedItems: async () => [
        {title: 'a]]>b]]>c', description: ']]>', content: '<img alt="]]>]]>">', link: 'https://x', date: new Date(0)},
      ],
    } as never);
    expect(items[0]).toMatchObject({
      title: 'a]]\u2060>b]]\u2060>c',
      description: ']]\u2060>',
      content: '<img alt="]]&gt;]]&gt;">',
    });
  });

  it('escape attribute values and type Atom titles and summaries as text', () => {
    const atom =
      '<?xml version="1.0"?><feed><entry><title type="html"><![CDATA[<b>x</b> <category label="<"/>]]></title><summary type="html"><![CDATA[s]]></summary>' +
      '<content type="html"><![CDATA[<p>c</p>]]></content><!-- <x a="<"> --><category label="Q&A <b>" term="R&amp;D"/></entry></feed>';
    const repaired = repairFeedXml(atom);
    expect(xmlProblem(atom)).toMatch(/a raw < in the value of label/);
    expect(xmlProblem(repaired)).toBeUndefined();
    expect(repaired).toBe(
      '<?xml version="1.0"?><feed><entry><title type="text"><![CDATA[<b>x</b> <category label="<"/>]]></title><summary type="text"><![CDATA[s]]></summary>' +
        '<content type="html"><![CDATA[<p>c</p>]]></content><!-- <x a="<"> --><category label="Q&amp;A &lt;b>" term="R&amp;D"/></entry></feed>',
    );
  });
});
