import {cp, mkdir, readdir, readFile, rm, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {checkSite} from '../../plugins/blog/check';
import {parsePost} from '../../plugins/blog/check/parse';
import {siteCheckOptions} from '../../plugins/blog/check/load/siteConfig';
import {run, type RunResult} from '../helpers/run';
import {ROOT} from '../helpers/site';

// The commands run as an author runs them: `npm run -s new-post -- …` from the
// site's folder (npm passes it on as INIT_CWD). Each test gets its own copy of
// the fixture site inside the repository, where its config finds the plugin.
const FIXTURE = path.join(ROOT, 'tests/fixtures/sites/authoring');
const WORK = path.join(ROOT, 'tests/.work', `authoring-${process.pid}`);
const AR = 'i18n/ar/docusaurus-plugin-content-blog';
const FR = 'i18n/fr/docusaurus-plugin-content-blog';
const SEED_AR_TITLE = 'ثورة DeepSeek مفتوحة المصدر: رؤى من قمة AI مغلقة الأبواب';
const SEED_AR_FILE = `${AR}/2025-05-01-thwrt-deepseek-mftwht-almsdr-rwa-mn-qmt-ai-mghlqt-alabwab.md`;
/** new-post's arguments for the README's Arabic post, by `author`, on 2025-05-01 (SEED_AR_FILE). */
const seedArArgs = (author: string) => [
  '--title',
  SEED_AR_TITLE,
  '--locale',
  'ar',
  '--tags',
  'ai',
  '--authors',
  author,
  '--date',
  '2025-05-01',
];
const EN_POST = 'blog/2025-01-29-deepseek-open-source-revolution.md';
const AR_POST = `${AR}/2025-02-01-arabic-first.md`;

let copies = 0;
async function freshSite(): Promise<string> {
  const dir = path.join(WORK, String(copies++));
  await mkdir(WORK, {recursive: true});
  await cp(FIXTURE, dir, {recursive: true});
  return dir;
}

beforeAll(() => rm(WORK, {recursive: true, force: true}));
afterAll(() => rm(WORK, {recursive: true, force: true}));

type Command = (site: string, ...args: string[]) => Promise<RunResult>;
const npm =
  (script: string): Command =>
  (site, ...args) =>
    run('npm', ['run', '-s', script, '--', ...args], {cwd: site});
const newPost = npm('new-post');
const translatePost = npm('translate-post');
const schema = npm('schema');

/** Every file of a site, by relative path: to show that a refused command wrote nothing. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(dir, {recursive: true, withFileTypes: true})) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    out[path.relative(dir, file).split(path.sep).join('/')] = await readFile(file, 'utf8');
  }
  return out;
}

/** What `npm run check` says about one file of the site: [line, rule, field, severity]. */
async function diagnosticsOf(site: string, file: string) {
  const {options} = await siteCheckOptions(site);
  const result = await checkSite(site, options);
  return result.diagnostics.filter((d) => d.file === file).map((d) => [d.line, d.rule, d.field, d.severity]);
}

/** Runs a command that must succeed: exit 0, nothing on stderr. Gives what it printed on stdout. */
async function success(command: Command, site: string, args: string[]): Promise<string> {
  const {code, stdout, stderr} = await command(site, ...args);
  expect(stderr).toBe('');
  expect(code).toBe(0);
  return stdout;
}

/**
 * Runs a command that must refuse, with exit code `code`: it prints nothing on
 * stdout and changes no file of the site. Gives what it printed on stderr.
 */
async function refusal(command: Command, site: string, args: string[], code: 1 | 2): Promise<string> {
  const before = await snapshot(site);
  const result = await command(site, ...args);
  expect(result.code, args.join(' ')).toBe(code);
  expect(result.stdout).toBe('');
  expect(await snapshot(site)).toEqual(before);
  return result.stderr;
}

/** Bad usage: each call exits 2 with one line on stderr that starts with its message (no stack trace). */
async function expectUsageErrors(command: Command, site: string, cases: [string[], string][]): Promise<void> {
  for (const [args, message] of cases) {
    const stderr = await refusal(command, site, args, 2);
    expect(stderr.startsWith(message), stderr).toBe(true);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  }
}

const todayUtc = () => new Date().toISOString().slice(0, 10);

describe('npm run new-post', () => {
  it('writes an Arabic post with an ASCII slug, tags by key and only the fields to write left flagged', async () => {
    const site = await freshSite();
    const before = await snapshot(site);
    // Tags by key and by Arabic label, after an Arabic comma; the date in Arabic-Indic digits.
    const stdout = await success(newPost, site, [
      '--title',
      SEED_AR_TITLE,
      '--locale',
      'ar',
      '--tags',
      'ai، مفتوح المصدر',
      '--authors',
      'nour',
      '--date',
      '٢٠٢٥-٠٥-٠١',
    ]);
    expect(stdout).toBe(
      `Wrote ${SEED_AR_FILE}\nStill to write: description. npm run check flags it until it is written.\n`,
    );
    expect(await readFile(path.join(site, SEED_AR_FILE), 'utf8')).toBe(
      [
        '---',
        `title: "${SEED_AR_TITLE}"`,
        '# One or two sentences for search results and link previews (50–160 characters).',
        'description: ""',
        'tags: [ai, open-source]',
        'authors: [nour]',
        '# Search keywords, in the language of the post (1–15). Optional: add a line keywords: [first, second]',
        '---',
        '',
        '{/* The paragraphs above the truncate marker are the excerpt shown in lists. */}',
        '',
        '{/* truncate */}',
        '',
      ].join('\n'),
    );
    expect(await diagnosticsOf(site, SEED_AR_FILE)).toEqual([[4, 'field-empty', 'description', 'error']]);
    const after = await snapshot(site);
    expect(Object.keys(after).filter((f) => !(f in before))).toEqual([SEED_AR_FILE]);
    for (const file of Object.keys(before)) expect(after[file]).toBe(before[file]);
  });

  it('dates an English post today in UTC and flags the tags left to choose', async () => {
    const site = await freshSite();
    const day = todayUtc();
    const stdout = await success(newPost, site, [
      '--title',
      'Notes on bidi isolation',
      '--authors',
      'lark',
      '--site',
      site,
    ]);
    // A run across midnight UTC may take the next day.
    const file = stdout.split('\n')[0]!.replace('Wrote ', '');
    expect([`blog/${day}-notes-on-bidi-isolation.md`, `blog/${todayUtc()}-notes-on-bidi-isolation.md`]).toContain(file);
    const text = await readFile(path.join(site, file), 'utf8');
    expect(text).toContain('# Tags: keys of tags.yml, e.g. ai, open-source\ntags: []\n');
    expect(stdout).toContain('Still to write: description, tags.');
    expect(await diagnosticsOf(site, file)).toEqual([
      [4, 'field-empty', 'description', 'error'],
      [6, 'field-empty', 'tags', 'error'],
    ]);
  });

  it('writes any printable title so that it reads back as given, and refuses control characters', async () => {
    const site = await freshSite();
    const title = `- "Quoted": a #hash, 'single' & {braces} — عربي`;
    await success(newPost, site, [
      '--title',
      title,
      '--slug',
      'tricky',
      '--tags',
      'ai',
      '--authors',
      'lark',
      '--date',
      '2025-09-01',
    ]);
    const parsed = parsePost(await readFile(path.join(site, 'blog/2025-09-01-tricky.md')));
    expect(parsed.findings).toEqual([]);
    expect(parsed.data?.title).toBe(title);
    expect(await refusal(newPost, site, ['--title', 'two\nlines', '--authors', 'lark'], 1)).toBe(
      'new-post: --title holds the control character U+000A; write it on one line, without control characters\n',
    );
  });

  it('never overwrites a post: a second run is refused and the first file is kept byte for byte', async () => {
    const site = await freshSite();
    expect((await newPost(site, ...seedArArgs('lark'))).code).toBe(0);
    const file = path.join(site, SEED_AR_FILE);
    await writeFile(file, `${await readFile(file, 'utf8')}\nWritten by hand.\n`);
    expect(await refusal(newPost, site, seedArArgs('nour'), 1)).toBe(
      `new-post: ${SEED_AR_FILE} already exists: new-post never overwrites a post. Edit that file, or choose another --slug or --date\n`,
    );
  });

  it('refuses a name that would make the post a translation of another locale’s post', async () => {
    const site = await freshSite();
    const args = ['--title', 'ثورة DeepSeek', '--locale', 'ar', '--slug', 'deepseek-open-source-revolution'];
    expect(await refusal(newPost, site, [...args, '--date', '2025-01-29', '--authors', 'lark'], 1)).toBe(
      `new-post: ${EN_POST} already exists in the "en" blog: a post of the same name in the "ar" blog would be its translation. Translate it with npm run translate-post -- ${EN_POST} --locale ar, or choose another --slug\n`,
    );
  });

  it('refuses unknown tags and authors at once, with the nearest match, and writes nothing', async () => {
    const site = await freshSite();
    const args = ['--title', 'A post', '--tags', 'open-sorce,الذكاء الاصطناعى,quantum', '--authors', 'larc,لارك'];
    expect((await refusal(newPost, site, args, 1)).split('\n')).toEqual([
      'new-post: tag "open-sorce" is not in blog/tags.yml; did you mean "open-source" (Open source)? Use a key of blog/tags.yml (ai, open-source), or add it with --new-tag open-sorce:"open-sorce"',
      'new-post: tag "quantum" is not in blog/tags.yml. Use a key of blog/tags.yml (ai, open-source), or add it with --new-tag quantum:"quantum"',
      'new-post: author "larc" is not in blog/authors.yml; did you mean "lark"? Use a key of blog/authors.yml (lark, nour), or add the author there first',
      'new-post: author "لارك" is the name of "lark" in blog/authors.yml, not its key; write --authors lark',
      '',
    ]);
  });

  it('refuses a date that is no real day, a slug that is not ASCII and a title with no ASCII slug', async () => {
    const site = await freshSite();
    const bad = await refusal(
      newPost,
      site,
      ['--title', 'x', '--authors', 'lark', '--date', '2025-02-30', '--slug', 'Hello World'],
      1,
    );
    expect(bad).toMatch(
      /^new-post: --date "2025-02-30" is not a real day; write it as YYYY-MM-DD, e.g. \d{4}-\d{2}-\d{2}\n/,
    );
    expect(bad).toContain(
      'new-post: --slug "Hello World" is not a URL slug: use lowercase ASCII letters, digits and single hyphens, e.g. --slug hello-world\n',
    );
    expect(await refusal(newPost, site, ['--title', 'שלום עולם', '--authors', 'lark'], 1)).toBe(
      'new-post: the title "שלום עולם" gives no ASCII slug: none of its letters can be transliterated. Give one with --slug, e.g. --slug my-post\n',
    );
    expect(await refusal(newPost, site, ['--title', 'abc\u202Edef', '--authors', 'lark'], 1)).toContain(
      'new-post: --title holds U+202E (RIGHT-TO-LEFT OVERRIDE) at character 4',
    );
  });

  it('exits 2 on bad usage, with one line and no stack trace', async () => {
    const site = await freshSite();
    await expectUsageErrors(newPost, site, [
      [[], 'new-post: --title is required; usage: npm run new-post -- --title "…"'],
      [['--title', 'x', '--tagz', 'ai'], 'new-post: unknown option --tagz; usage:'],
      [
        ['--title', 'x', '--locale', 'de', '--authors', 'lark'],
        'new-post: --locale de is not a locale of this site; use one of en, ar, fr',
      ],
      [['--title', 'x'], 'new-post: --authors is required: this blog has several authors (lark, nour)'],
      [['--title', 'x', '--site', 'no/such/folder'], `new-post: no such folder: ${path.join(site, 'no/such/folder')}`],
      [
        ['--title', 'x', '--new-tag', 'quantum'],
        'new-post: --new-tag needs key:label, like --new-tag ai-safety:"AI safety"; got "quantum"',
      ],
    ]);
  });

  it('adds a new tag to every locale’s tags.yml, marked for translation where its label is foreign', async () => {
    const site = await freshSite();
    const stdout = await success(newPost, site, [
      '--title',
      'سلامة النماذج',
      '--locale',
      'ar',
      '--tags',
      'ai',
      '--new-tag',
      'ai-safety:سلامة الذكاء الاصطناعي',
      '--authors',
      'nour',
      '--date',
      '2025-06-02',
    ]);
    const file = `${AR}/2025-06-02-slamt-alnmadhj.md`;
    expect(stdout).toBe(
      [
        `Wrote ${file}`,
        `Added the tag "ai-safety" to blog/tags.yml and ${AR}/tags.yml`,
        'Translate the new label in blog/tags.yml (marked "TODO translate")',
        'Still to write: description. npm run check flags it until it is written.',
        '',
      ].join('\n'),
    );
    expect(await readFile(path.join(site, 'blog/tags.yml'), 'utf8')).toMatch(
      /permalink: \/open-source\nai-safety:\n {2}# TODO translate this label, written for the "ar" post\n {2}label: سلامة الذكاء الاصطناعي\n {2}permalink: \/ai-safety\n$/,
    );
    expect(await readFile(path.join(site, AR, 'tags.yml'), 'utf8')).toMatch(
      /permalink: \/open-source\nai-safety:\n {2}label: سلامة الذكاء الاصطناعي\n {2}permalink: \/ai-safety\n$/,
    );
    // French has no tags.yml of its own: creating one would hide the default one from Docusaurus.
    expect((await snapshot(site))[`${FR}/tags.yml`]).toBeUndefined();
    expect(await readFile(path.join(site, file), 'utf8')).toContain('tags: [ai, ai-safety]\n');
    expect(await diagnosticsOf(site, file)).toEqual([[4, 'field-empty', 'description', 'error']]);
  });

  it('refuses a new tag that already exists, and leaves the registries alone', async () => {
    const site = await freshSite();
    const args = [
      '--title',
      'x',
      '--authors',
      'lark',
      '--new-tag',
      'ai:Artificial intelligence',
      '--new-tag',
      'Bad Key:x',
    ];
    expect((await refusal(newPost, site, args, 1)).split('\n')).toEqual([
      'new-post: the tag "ai" already exists in blog/tags.yml (label "AI"); use --tags ai instead of --new-tag',
      'new-post: --new-tag key "Bad Key" is not a tag key: use lowercase ASCII letters, digits and hyphens, e.g. --new-tag bad-key:x',
      '',
    ]);
  });

  it('lets one of two simultaneous runs win and refuses the other, leaving one whole file and no temporary file', async () => {
    const site = await freshSite();
    const args = (author: string) => ['--title', 'Race', '--tags', 'ai', '--authors', author, '--date', '2025-07-01'];
    const results = await Promise.all([newPost(site, ...args('lark')), newPost(site, ...args('nour'))]);
    expect(new Set(results.map((r) => r.code))).toEqual(new Set([0, 1]));
    const text = await readFile(path.join(site, 'blog/2025-07-01-race.md'), 'utf8');
    const winner = results.find((r) => r.code === 0) === results[0] ? 'lark' : 'nour';
    expect(text).toContain(`authors: [${winner}]\n`);
    expect(Object.keys(await snapshot(site)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('npm run translate-post', () => {
  it('writes the Arabic skeleton of an English post: shared fields copied, the rest flagged until translated', async () => {
    const site = await freshSite();
    const before = await snapshot(site);
    const stdout = await success(translatePost, site, [EN_POST, '--locale', 'ar']);
    const file = `${AR}/2025-01-29-deepseek-open-source-revolution.md`;
    expect(stdout).toBe(
      `Wrote ${file}, the "ar" translation of ${EN_POST}\nStill to translate: title, description, the body. npm run check flags the fields until they are written.\n`,
    );
    expect(await readFile(path.join(site, file), 'utf8')).toBe(
      [
        '---',
        "# TODO translate: DeepSeek's Open-Source Revolution",
        'title: ""',
        "# TODO translate: Janus-Pro, DeepSeek's open-source multimodal model, is shaking up AI. Notes from a closed-door summit.",
        '# TODO translate, then add: keywords: [DeepSeek, Janus-Pro, open-source AI]',
        'description: ""',
        'tags: [ai, open-source]',
        'authors: [lark]',
        '# TODO translate: the title parameter of this URL, once the title is written (npm run check gives it)',
        `image: "https://opengraph-image.blockeden.xyz/api/og-cuckoo-network?title=DeepSeek's%20Open-Source%20Revolution"`,
        '---',
        '',
        `{/* translate from ${EN_POST} */}`,
        '',
        before[EN_POST]!.split('---\n\n')[1],
      ].join('\n'),
    );
    // The empty fields, each TODO note, the marker and the body still in English.
    expect(await diagnosticsOf(site, file)).toEqual([
      [2, 'translation-unfinished', '', 'error'],
      [3, 'field-empty', 'title', 'error'],
      [4, 'translation-unfinished', '', 'error'],
      [5, 'translation-unfinished', '', 'error'],
      [6, 'field-empty', 'description', 'error'],
      [9, 'translation-unfinished', '', 'error'],
      [13, 'translation-unfinished', '', 'error'],
      [15, 'translation-unfinished', '', 'error'],
    ]);
  });

  it('flags the fields to translate in a left-to-right locale too, and turns Arabic tag labels into keys', async () => {
    const site = await freshSite();
    await success(translatePost, site, [AR_POST, '--locale', 'fr']);
    const file = `${FR}/2025-02-01-arabic-first.md`;
    const text = await readFile(path.join(site, file), 'utf8');
    expect(text).toContain('# TODO translate: شبكات الحوسبة اللامركزية: الوعود والحدود\ntitle: ""\n');
    expect(text).toContain('tags: [ai, open-source]\n');
    expect(text).toContain('authors: [nour]\n');
    expect(text).toContain(`{/* translate from ${AR_POST} */}\n\nمقال كُتب بالعربية أولًا.`);
    const skeletonProblems = [
      [2, 'translation-unfinished', '', 'error'],
      [3, 'field-empty', 'title', 'error'],
      [4, 'translation-unfinished', '', 'error'],
      [5, 'translation-unfinished', '', 'error'],
      [6, 'field-empty', 'description', 'error'],
      [11, 'translation-unfinished', '', 'error'],
      [13, 'translation-unfinished', '', 'error'],
    ];
    expect(await diagnosticsOf(site, file)).toEqual(skeletonProblems);
    // And into the default locale: a post written first in Arabic gets its English version in blog/.
    const english = await translatePost(site, AR_POST, '--locale', 'en');
    expect(english.code).toBe(0);
    expect(await diagnosticsOf(site, 'blog/2025-02-01-arabic-first.md')).toEqual(skeletonProblems);
  });

  it('refuses when the translation exists, and leaves it as it is', async () => {
    const site = await freshSite();
    expect((await translatePost(site, EN_POST, '--locale', 'ar')).code).toBe(0);
    expect(await refusal(translatePost, site, [EN_POST, '--locale', 'ar'], 1)).toBe(
      `translate-post: ${AR}/2025-01-29-deepseek-open-source-revolution.md already exists: translate-post never overwrites a translation. Edit that file, or delete it to start over\n`,
    );
  });

  it('refuses an original whose front matter cannot be read', async () => {
    const site = await freshSite();
    await writeFile(path.join(site, 'blog/2025-03-01-fenced.md'), '```yaml\ntitle: x\n```\n\nBody.\n');
    expect(await refusal(translatePost, site, ['blog/2025-03-01-fenced.md', '--locale', 'ar'], 1)).toMatch(
      /^translate-post: blog\/2025-03-01-fenced\.md has no front matter that can be read \(The front matter is inside a code fence .*\); fix it first \(npm run check -- shows where\)\n$/,
    );
  });

  it('exits 2 on bad usage, with one line and no stack trace', async () => {
    const site = await freshSite();
    await expectUsageErrors(translatePost, site, [
      [[EN_POST], 'translate-post: --locale is required: the locale to translate the post into'],
      [
        ['--locale', 'ar'],
        'translate-post: give the post to translate, like npm run translate-post -- blog/2025-01-29-my-post.md --locale ar',
      ],
      [
        [EN_POST, '--locale', 'en'],
        `translate-post: ${EN_POST} is already in the "en" blog; translate it into another locale (ar, fr)`,
      ],
      [[EN_POST, '--locale', 'de'], 'translate-post: --locale de is not a locale of this site; use one of en, ar, fr'],
      [['blog/tags.yml', '--locale', 'ar'], 'translate-post: blog/tags.yml is not a post of this site'],
      [
        ['blog/2025-09-09-nothing.md', '--locale', 'ar'],
        `translate-post: no such file: ${path.join(site, 'blog/2025-09-09-nothing.md')}`,
      ],
    ]);
  });
});

describe('npm run schema', () => {
  it('writes the editor schema, says when it is stale, and new-post --new-tag keeps it current', async () => {
    const site = await freshSite();
    expect((await schema(site, '--check')).code).toBe(1);
    const written = await schema(site);
    expect(written.code).toBe(0);
    expect(written.stdout).toBe(
      'Wrote schemas/front-matter.en.json\nWrote schemas/front-matter.ar.json\nWrote schemas/front-matter.fr.json\nWrote frontmatter.json\n',
    );
    expect(await schema(site, '--check')).toMatchObject({code: 0, stderr: ''});

    // A tag added by hand makes the enumerations stale.
    await writeFile(
      path.join(site, 'blog/tags.yml'),
      `${await readFile(path.join(site, 'blog/tags.yml'), 'utf8')}rust:\n  label: Rust\n  permalink: /rust\n`,
    );
    const stale = await schema(site, '--check');
    expect(stale.code).toBe(1);
    expect(stale.stderr.split('\n')[0]).toBe(
      'schema: schemas/front-matter.en.json is stale: the front matter schema or tags.yml/authors.yml changed since it was made. Run npm run schema and commit the result',
    );
    expect((await schema(site)).code).toBe(0);

    const added = await newPost(
      site,
      '--title',
      'Zig notes',
      '--new-tag',
      'zig:Zig',
      '--authors',
      'lark',
      '--date',
      '2025-08-01',
    );
    expect(added.code).toBe(0);
    expect(added.stdout).toContain('Updated schemas/front-matter.en.json\n');
    expect(await schema(site, '--check')).toMatchObject({code: 0});
    const en = JSON.parse(await readFile(path.join(site, 'schemas/front-matter.en.json'), 'utf8'));
    expect(en.properties.tags.items.anyOf.map((t: {const: string}) => t.const)).toEqual([
      'ai',
      'open-source',
      'rust',
      'zig',
      'AI',
      'Open source',
      'Rust',
      'Zig',
    ]);
  });
});

describe('a post as the commands write it, filled in where the README says', () => {
  it('passes the check and builds: no value Docusaurus refuses, such as keywords: []', async () => {
    const site = await freshSite();
    const created = await newPost(site, ...seedArArgs('nour'));
    expect(created.code, created.stderr).toBe(0);
    const translated = await translatePost(site, EN_POST, '--locale', 'ar');
    expect(translated.code, translated.stderr).toBe(0);

    // README, "Writing a post": step 2 fills the description and the body of the new post…
    const newFile = path.join(site, SEED_AR_FILE);
    const scaffold = await readFile(newFile, 'utf8');
    await writeFile(
      newFile,
      scaffold
        .replace(
          'description: ""',
          'description: "ملاحظات من قمة مغلقة الأبواب عن نموذج DeepSeek المفتوح المصدر وما يعنيه للباحثين."',
        )
        .replace('{/* truncate */}', 'فقرة أولى تظهر في القوائم.\n\n{/* truncate */}\n\nبقية المقال.'),
    );
    // …step 4 writes the translation's title, description and body and deletes the TODO comments and the marker.
    const translationFile = path.join(site, `${AR}/2025-01-29-deepseek-open-source-revolution.md`);
    const skeleton = await readFile(translationFile, 'utf8');
    const arTitle = 'ثورة DeepSeek المفتوحة المصدر';
    await writeFile(
      translationFile,
      skeleton
        .replace(/^# TODO translate.*\n/gm, '')
        .replace('title: ""', `title: "${arTitle}"`)
        .replace(
          'description: ""',
          'description: "نموذج Janus-Pro المفتوح المصدر من DeepSeek يهز عالم الذكاء الاصطناعي. ملاحظات من قمة مغلقة."',
        )
        .replace(/title=[^"]*/, `title=${encodeURIComponent(arTitle)}`)
        .replace(/\{\/\* translate from .* \*\/\}\n\n/, '')
        .replace('DeepSeek is taking the AI world by storm.', 'تجتاح DeepSeek عالم الذكاء الاصطناعي.')
        .replace('## The mission', '## المهمة')
        .replace(
          'Two days ago, a group of researchers met for a closed-door discussion.',
          'قبل يومين، اجتمعت مجموعة من الباحثين في نقاش مغلق الأبواب.',
        ),
    );

    const checked = await npm('check')(site);
    expect(checked.stdout + checked.stderr).not.toMatch(/\berror\b/);
    const outDir = path.join(WORK, `build-${copies}`);
    const built = await run(path.join(ROOT, 'node_modules/.bin/docusaurus'), ['build', site, '--out-dir', outDir], {
      cwd: site,
    });
    expect(built.code, built.stdout + built.stderr).toBe(0);
    const page = await readFile(
      path.join(outDir, 'ar/2025/05/01/thwrt-deepseek-mftwht-almsdr-rwa-mn-qmt-ai-mghlqt-alabwab/index.html'),
      'utf8',
    );
    expect(page).toContain('بقية المقال.');
    const translation = await readFile(
      path.join(outDir, 'ar/2025/01/29/deepseek-open-source-revolution/index.html'),
      'utf8',
    );
    expect(translation).toContain(arTitle);
  });
});
