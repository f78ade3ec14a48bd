/**
 * Fuzzing the checker with fast-check: random bytes, random YAML-ish text and
 * mutated valid posts go through parsePost and validate (the pure path the
 * build, the dev server and the check command share) and the text report.
 * Whatever the input: no exception, a bounded time per file, every diagnostic
 * inside its file, no control character in the report. And when the checker
 * lets a post through, Docusaurus's own front matter reader reads it too (else
 * the build would stop on a stack trace instead of our report). File names,
 * symlinks and obfuscated URLs get their own generators: a name the checker
 * passes holds nothing unsafe, a symlink out of the site is reported, and
 * every spelling of `javascript:` a browser runs is read as one.
 */
import {mkdir, mkdtemp, readFile, rm, symlink, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {DEFAULT_PARSE_FRONT_MATTER} from '@docusaurus/utils';
import fc from 'fast-check';
import {beforeAll, describe, expect, it} from 'vitest';
import {checkSite, type CheckResult} from '../../plugins/blog/check';
import type {SiteFacts} from '../../plugins/blog/check/context';
import {formatText} from '../../plugins/blog/check/report';
import {browserScheme, MAX_SEGMENT_BYTES, pathProblem} from '../../plugins/blog/check/rules/urls';
import {checkPostBytes, memorySiteFacts} from '../helpers/checker';

/**
 * A bound against hangs, not a speed target (that is the benchmark's job): a
 * normal post takes well under a millisecond, and the margin covers a loaded CI
 * machine and a garbage collection pause.
 */
const MAX_MS_PER_FILE = 1000;
/** Reproducible runs; FUZZ_SEED=… to explore others, FUZZ_RUNS=… for more. */
const SEED = Number(process.env.FUZZ_SEED ?? 20261129);
const RUNS = Number(process.env.FUZZ_RUNS ?? 1500);

const SEEDS = [
  `---\ntitle: "The first post"\ndescription: A fixture post for the checker, written long enough to be a real description.\ntags: [ai, open-source]\nauthors: [lark]\nkeywords: [DeepSeek, open source]\ndate: 2025-01-29\nimage: /img/cover.png\nslug: /first\n---\n\nBody text with ![alt](https://og.example.org/card?title=The%20first%20post).\n`,
  `---\ntitle: "نماذج الذكاء الاصطناعي المفتوحة"\ndescription: >-\n  وصف المقال بالعربية، طويل بما يكفي ليكون وصفًا حقيقيًا لنتائج البحث ومعاينات الروابط.\ntags:\n  - الذكاء الاصطناعي\n  - open-source\nauthors: lark\nlang: ar\nlast_update:\n  date: 2025-02-01\n  author: lark\n---\nنص.\n`,
  `\ufeff---\r\ntitle: 'It''s a post'\r\ndescription: "Tom & Jerry </script> \\u2028 a description that is long enough to count"\r\ntags: [ai]\r\nauthors: [lark, lark]\r\ndraft: false\r\ntoc_min_heading_level: 2\r\n---\r\n`,
];

const TOKENS = [
  '&a ',
  '*a',
  '<<: ',
  '!!',
  '!!js/function ',
  '!foo ',
  '---',
  '...',
  '```',
  '~~~',
  '+++',
  '[',
  ']',
  '{',
  '}',
  ':',
  ': ',
  '- ',
  '#',
  "'",
  '"',
  '\\',
  '\t',
  '\n',
  '\r\n',
  '\r',
  ' ',
  '  ',
  '|',
  '>',
  '?',
  '%',
  '@',
  '`',
  ',',
  'null',
  '~',
  'true',
  '1e999',
  '0x1F',
  '2025-02-30',
  'title: ',
  'tags: ',
  'authors: ',
  'slug: /../',
  'image: javascript:',
  '__proto__: ',
  '\u202E',
  '\u2066',
  '\u2069',
  '\u200B',
  '\u200C',
  '\uFEFF',
  '\u0000',
  '\u0007',
  '\u001B[2J',
  '\u0085',
  '\u2028',
  '\uD800',
  '\uDC00',
  '😀',
  'ل',
  'ا',
  '\u0651',
  '\u064B',
  '\u0640',
  'а',
  'é',
  'e\u0301',
  '</script>',
  '<img src=x onerror=alert(1)>',
  ']]>',
  '%2e%2e/',
];

const token = fc.constantFrom(...TOKENS);

/** A valid post with 1 to 8 edits: insert a token, delete a span, replace one character, duplicate or drop a line. */
const mutated = fc
  .tuple(
    fc.constantFrom(...SEEDS),
    fc.array(
      fc.tuple(
        fc.constantFrom('insert', 'delete', 'replace', 'duplicate-line', 'drop-line'),
        fc.nat(),
        fc.nat({max: 40}),
        token,
      ),
      {minLength: 1, maxLength: 8},
    ),
  )
  .map(([seed, edits]) => {
    let text = seed;
    for (const [kind, at, length, tok] of edits) {
      const i = text.length ? at % text.length : 0;
      if (kind === 'insert') text = text.slice(0, i) + tok + text.slice(i);
      else if (kind === 'delete') text = text.slice(0, i) + text.slice(i + length);
      else if (kind === 'replace') text = text.slice(0, i) + tok + text.slice(i + 1);
      else {
        const lines = text.split('\n');
        const n = at % lines.length;
        if (kind === 'duplicate-line') lines.splice(n, 0, lines[n]!);
        else lines.splice(n, 1);
        text = lines.join('\n');
      }
    }
    return Buffer.from(text, 'utf8');
  });

/** YAML-ish text between --- lines. */
const framed = fc
  .tuple(
    fc.array(fc.oneof(token, fc.string({maxLength: 8}), fc.string({unit: 'grapheme', maxLength: 4})), {maxLength: 60}),
    fc.boolean(),
  )
  .map(([parts, closed]) => Buffer.from(`---\n${parts.join('')}${closed ? '\n---\n' : ''}body`, 'utf8'));

/** Any bytes, and valid posts with bytes flipped or inserted (invalid UTF-8, NUL, BOMs). */
const bytes = fc.oneof(
  fc.uint8Array({maxLength: 600}).map((b) => Buffer.from(b)),
  fc
    .tuple(
      fc.constantFrom(...SEEDS),
      fc.array(fc.tuple(fc.nat(), fc.integer({min: 0, max: 255}), fc.boolean()), {minLength: 1, maxLength: 6}),
    )
    .map(([seed, edits]) => {
      const out = [...Buffer.from(seed, 'utf8')];
      for (const [at, byte, insert] of edits) out.splice(at % out.length, insert ? 0 : 1, byte);
      return Buffer.from(out);
    }),
);

let facts: SiteFacts;

beforeAll(async () => {
  facts = await memorySiteFacts();
});

let slowest = 0;
let calls = 0;

/** One post through the pure checker, as the build would check it. */
function checkBytes(input: Buffer): CheckResult {
  const started = performance.now();
  const result = checkPostBytes(input, facts);
  const report = formatText(result);
  const elapsed = performance.now() - started;
  calls++;
  slowest = Math.max(slowest, elapsed);
  expect(elapsed, `checked in ${elapsed.toFixed(1)} ms`).toBeLessThan(MAX_MS_PER_FILE);
  expect(report).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F]/);
  return result;
}

/** Every range starts and ends inside the file's text, the end not before the start. */
function expectInside(input: Buffer, result: CheckResult) {
  const text = input.toString('utf8').replace(/^\uFEFF/, '');
  const lines = text.split('\n');
  for (const d of result.diagnostics) {
    const where = `${d.rule} ${d.line}:${d.column}-${d.endLine}:${d.endColumn} in ${JSON.stringify(text.slice(0, 200))}`;
    expect(d.line, where).toBeGreaterThanOrEqual(1);
    expect(d.line, where).toBeLessThanOrEqual(lines.length);
    expect(d.column, where).toBeGreaterThanOrEqual(1);
    expect(d.column, where).toBeLessThanOrEqual(lines[d.line - 1]!.length + 1);
    expect(d.endLine, where).toBeGreaterThanOrEqual(d.line);
    expect(d.endLine, where).toBeLessThanOrEqual(lines.length);
    expect(d.endColumn, where).toBeGreaterThanOrEqual(1);
    expect(d.endColumn, where).toBeLessThanOrEqual(lines[d.endLine - 1]!.length + 1);
    if (d.endLine === d.line) expect(d.endColumn, where).toBeGreaterThanOrEqual(d.column);
  }
}

/** What the build does with a post the checker lets through: Docusaurus parses it (gray-matter, js-yaml). */
async function expectDocusaurusReads(input: Buffer, result: CheckResult) {
  const parsed = result.posts[0]!;
  if (!parsed.data || parsed.post.parsed.findings.length) return;
  const text = input.toString('utf8');
  // Only plain --- front matter gets here; gray-matter would run ---js front matter.
  expect(text.replace(/^\uFEFF/, '')).toMatch(/^---[ \t]*\r?\n/);
  await expect(DEFAULT_PARSE_FRONT_MATTER({fileContent: text, filePath: 'post.md'})).resolves.toBeDefined();
}

const property = (arbitrary: fc.Arbitrary<Buffer>) =>
  fc.asyncProperty(arbitrary, async (input) => {
    const result = checkBytes(input);
    expectInside(input, result);
    await expectDocusaurusReads(input, result);
  });

describe('the checker under fuzzing', () => {
  it('takes mutated valid posts', async () => {
    await fc.assert(property(mutated), {seed: SEED, numRuns: RUNS * 2});
  }, 120_000);

  it('takes YAML-ish text between --- lines', async () => {
    await fc.assert(property(framed), {seed: SEED + 1, numRuns: RUNS});
  }, 120_000);

  it('takes any bytes', async () => {
    await fc.assert(property(bytes), {seed: SEED + 2, numRuns: RUNS});
  }, 120_000);

  it('takes any tags.yml and authors.yml (checkSite on a folder, fewer runs)', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'qalam-fuzz-registry-'));
    await mkdir(path.join(dir, 'blog'));
    await writeFile(path.join(dir, 'blog/2025-01-01-post.md'), SEEDS[0]!);
    const registry = fc.oneof(
      fc
        .constantFrom(
          'ai:\n  label: AI\n  permalink: /ai\n',
          'lark:\n  name: Lark\n  url: https://lark.example.org\n  page: true\n',
        )
        .chain((seed) =>
          fc
            .array(fc.tuple(fc.nat(), token), {minLength: 1, maxLength: 6})
            .map((edits) =>
              edits.reduce<string>(
                (text, [at, tok]) => text.slice(0, at % (text.length + 1)) + tok + text.slice(at % (text.length + 1)),
                seed,
              ),
            ),
        ),
      fc.uint8Array({maxLength: 300}).map((b) => Buffer.from(b).toString('latin1')),
    );
    try {
      await fc.assert(
        fc.asyncProperty(registry, registry, async (tags, authors) => {
          await writeFile(path.join(dir, 'blog/tags.yml'), tags, 'latin1');
          await writeFile(path.join(dir, 'blog/authors.yml'), authors, 'latin1');
          const result = await checkSite(dir);
          for (const d of result.diagnostics.filter((x) => x.file.endsWith('.yml'))) {
            const lines = (await readFile(path.join(dir, d.file)))
              .toString('utf8')
              .replace(/^\uFEFF/, '')
              .split('\n');
            expect(d.line, d.message).toBeGreaterThanOrEqual(1);
            expect(d.endLine, d.message).toBeLessThanOrEqual(lines.length);
            expect(d.column, d.message).toBeLessThanOrEqual(lines[d.line - 1]!.length + 1);
            expect(d.endColumn, d.message).toBeLessThanOrEqual(lines[d.endLine - 1]!.length + 1);
          }
          expect(() => formatText(result)).not.toThrow();
        }),
        {seed: SEED + 3, numRuns: Math.ceil(RUNS / 10)},
      );
    } finally {
      await rm(dir, {recursive: true, force: true});
    }
  }, 120_000);

  it(`stayed under ${MAX_MS_PER_FILE} ms a file`, () => {
    expect(calls).toBeGreaterThan(RUNS * 4 - 1);
    expect(slowest).toBeLessThan(MAX_MS_PER_FILE);
    console.info(`fuzz: ${calls} files, slowest ${slowest.toFixed(1)} ms`);
  });
});

/** Pieces of hostile file names: what URLs, generated JavaScript and terminals read as more than a letter. */
const NAME_PIECES = [
  "'",
  '"',
  '`',
  '\\',
  '\n',
  '\r',
  '\t',
  '\u0001',
  '\u007f',
  '\u0085',
  '\u2028',
  '\u202e',
  '\u2066',
  '\u200b',
  '\u206f',
  '\u180b',
  '%',
  '%00',
  '%2f',
  '#',
  '?',
  '<',
  '>',
  'a'.repeat(201),
];
/** What a name the checker lets through never holds: controls, format and invisible characters, line separators, quotes, backslashes, URL delimiters, "%". */
const UNSAFE_IN_NAME = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\p{Default_Ignorable_Code_Point}'"`\\<>?#%]/u;

const fileName = fc
  .array(
    fc.oneof(
      fc.constantFrom(...NAME_PIECES),
      fc.string({unit: 'grapheme', maxLength: 4}),
      fc.stringMatching(/^[a-z0-9-]{1,8}$/),
    ),
    {
      minLength: 1,
      maxLength: 6,
    },
  )
  .map((parts) => `2025-01-01-${parts.join('').replace(/[/\u0000]/g, '-')}.md`);

/** `javascript:` as an attacker writes it for a browser: tabs and line breaks inside, controls before, entities and escapes for letters. */
const obfuscatedJavascript = fc
  .tuple(
    fc.array(fc.constantFrom('\u0000', '\u0001', '\u001f', ' ', '\t', '\n'), {maxLength: 3}),
    fc.array(
      fc.tuple(fc.constantFrom('plain', 'upper', 'tab', 'newline', 'entity', 'hex-entity', 'percent'), fc.boolean()),
      {
        minLength: 11,
        maxLength: 11,
      },
    ),
    fc.constantFrom(':', '&colon;', '&#58;', '&#x3A;', '%3A'),
  )
  .map(([lead, styles, colon]) => {
    const word = Array.from('javascript')
      .map((c, i) => {
        const [style, upper] = styles[i]!;
        const letter = upper ? c.toUpperCase() : c;
        if (style === 'tab') return `${letter}\t`;
        if (style === 'newline') return `${letter}\n`;
        if (style === 'entity') return `&#${letter.charCodeAt(0)};`;
        if (style === 'hex-entity') return `&#x${letter.charCodeAt(0).toString(16)};`;
        if (style === 'percent') return `%${letter.charCodeAt(0).toString(16)}`;
        return letter;
      })
      .join('');
    return `${lead.join('')}${word}${colon}alert(1)`;
  });

describe('hostile files and URLs under fuzzing', () => {
  it('lets no unsafe character through in a file name, and names the one it finds', () => {
    fc.assert(
      fc.property(fileName, (name) => {
        const found = pathProblem(name);
        if (!found) {
          expect(name, 'passed the check').not.toMatch(UNSAFE_IN_NAME);
          expect(Buffer.byteLength(name)).toBeLessThanOrEqual(MAX_SEGMENT_BYTES + 14);
        } else expect(found.problem).toMatch(/^(holds|has a part)/);
      }),
      {seed: SEED + 4, numRuns: RUNS},
    );
  });

  it('reads every obfuscated javascript: URL as javascript:, as a browser does', () => {
    fc.assert(
      fc.property(obfuscatedJavascript, (url) => {
        expect(browserScheme(url), JSON.stringify(url)).toBe('javascript');
      }),
      {seed: SEED + 5, numRuns: RUNS},
    );
  });

  it('reports names, symlinks and obfuscated author links of a real folder at line 1 or their own line (checkSite, fewer runs)', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'qalam-fuzz-files-'));
    const outside = await mkdtemp(path.join(tmpdir(), 'qalam-fuzz-outside-'));
    await writeFile(path.join(outside, 'post.md'), SEEDS[0]!);
    await mkdir(path.join(outside, 'folder'));
    await writeFile(path.join(outside, 'folder/2025-01-02-inside.md'), SEEDS[0]!);
    const link = fc.constantFrom(
      {target: path.join(outside, 'post.md'), leaves: true},
      {target: path.join(outside, 'folder'), leaves: true},
      {target: 'elsewhere.md', leaves: false},
      {target: path.join(outside, 'missing.md'), leaves: false},
    );
    try {
      await fc.assert(
        fc.asyncProperty(fileName, link, obfuscatedJavascript, async (name, {target, leaves}, url) => {
          await rm(path.join(dir, 'blog'), {recursive: true, force: true});
          await mkdir(path.join(dir, 'blog'));
          await writeFile(path.join(dir, 'blog/elsewhere.md'), SEEDS[0]!);
          await writeFile(path.join(dir, 'blog', name), SEEDS[0]!);
          await symlink(target, path.join(dir, 'blog/2025-01-03-link.md'));
          await writeFile(path.join(dir, 'blog/authors.yml'), `lark:\n  name: Lark\n  url: ${JSON.stringify(url)}\n`);
          const result = await checkSite(dir);
          const unsafe = (file: string) =>
            result.diagnostics.filter((d) => d.file.startsWith(file) && d.rule === 'post-file-unsafe');
          expect(unsafe(`blog/${name}`).length > 0, JSON.stringify(name)).toBe(pathProblem(name) !== undefined);
          for (const d of unsafe('blog/')) expect(d.line).toBe(1);
          expect(unsafe('blog/2025-01-03-link.md').length > 0).toBe(leaves);
          const links = result.diagnostics.filter((d) => d.file === 'blog/authors.yml');
          expect(
            links.map((d) => `${d.rule}@${d.line}`),
            JSON.stringify(url),
          ).toEqual(['registry-invalid@3']);
          expect(formatText(result)).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F]/);
        }),
        {seed: SEED + 6, numRuns: Math.ceil(RUNS / 20)},
      );
    } finally {
      await rm(dir, {recursive: true, force: true});
      await rm(outside, {recursive: true, force: true});
    }
  }, 120_000);
});
