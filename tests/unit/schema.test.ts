import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {checkSite} from '../../plugins/blog/check';
import {editorZodSchema, frontMatterJsonSchema} from '../../plugins/blog/editor/schema';
import {KNOWN_FIELDS, LEGACY_FIELDS} from '../../plugins/blog/check/rules/frontMatter';
import {loadSite} from '../../plugins/blog/check/load';
import {DEFAULT_OPTIONS} from '../../plugins/blog/check/options';
import {formatText} from '../../plugins/blog/check/report';
import {generateSchemaFiles} from '../../plugins/blog/editor/files';
import {layoutOf} from '../../plugins/blog/check';
import {siteCheckOptions} from '../../plugins/blog/check/load/siteConfig';
import {ROOT} from '../helpers/site';

const MULTI = path.join(ROOT, 'tests/fixtures/sites/multi');

async function rootSite() {
  const {options} = await siteCheckOptions(ROOT);
  return {options, site: await loadSite(layoutOf(ROOT, options))};
}

describe('the editor schema files', () => {
  it('are fresh: regenerating them gives the committed files (else run npm run schema)', async () => {
    const files = await generateSchemaFiles(ROOT);
    expect(files.map((f) => f.file)).toEqual([
      'schemas/front-matter.en.json',
      'schemas/front-matter.ar.json',
      'frontmatter.json',
    ]);
    for (const {file, text} of files) {
      const committed = await readFile(path.join(ROOT, file), 'utf8').catch(() => '(missing)');
      expect(committed, `${file} is stale: run npm run schema`).toBe(text);
    }
  });

  it('enumerate the tags (keys, and labels in the locale) and the authors of the registries', async () => {
    const {site} = await rootSite();
    const ar = JSON.parse(await readFile(path.join(ROOT, 'schemas/front-matter.ar.json'), 'utf8'));
    const tagValues = ar.properties.tags.items.anyOf.map((t: {const: string}) => t.const);
    const registry = [...site.tags.ar!.values()];
    expect(tagValues).toEqual([
      ...registry.map((t) => t.key),
      ...registry.filter((t) => t.label !== t.key).map((t) => t.label),
    ]);
    expect(tagValues).toContain('الذكاء الاصطناعي');
    expect(ar.properties.tags.items.anyOf[0]).toEqual({
      type: 'string',
      const: 'ai',
      description: 'الذكاء الاصطناعي — الذكاء الاصطناعي ونماذجه والمختبرات التي تبنيها',
    });
    expect(ar.properties.authors.anyOf[0]).toEqual({type: 'string', const: 'lark', description: 'لارك'});
    expect(ar.required).toEqual(DEFAULT_OPTIONS.requiredFields);
    // A typo such as "tag:" is marked while typing, as the checker's field-unknown warns.
    expect(ar.additionalProperties).toBe(false);
    expect(Object.keys(ar.properties)).toEqual([...KNOWN_FIELDS, ...LEGACY_FIELDS]);
    for (const legacy of LEGACY_FIELDS) expect(ar.properties[legacy].deprecated).toBe(true);
  });

  it('accept the front matter of every post the checker accepts, and refuse what it refuses', async () => {
    const {options, site} = await rootSite();
    const result = await checkSite(ROOT, options);
    const required = {...DEFAULT_OPTIONS, ...options.checker}.requiredFields;
    const schemaOf = (locale: string) =>
      editorZodSchema({locale, tags: site.tags[locale]!, authors: site.authors[locale]!, required});
    const clean = result.posts.filter((p) => p.data && !p.diagnostics.some((d) => d.severity === 'error'));
    expect(clean.length).toBeGreaterThanOrEqual(6);
    for (const {post, data} of clean) {
      const parsed = schemaOf(post.locale).safeParse(data);
      expect(parsed.success, `${post.file}: ${parsed.error?.message}`).toBe(true);
    }
    const good = {title: 'T', description: 'D', tags: ['ai'], authors: ['lark']};
    expect(schemaOf('ar').safeParse({...good, tags: ['مفتوح المصدر']}).success).toBe(true);
    expect(schemaOf('en').safeParse({...good, tags: ['open-sorce']}).success).toBe(false);
    expect(schemaOf('en').safeParse({...good, authors: ['larkk']}).success).toBe(false);
    expect(schemaOf('en').safeParse({...good, tag: ['ai']}).success).toBe(false);
    expect(schemaOf('en').safeParse({title: 'T', tags: ['ai'], authors: 'lark'}).success).toBe(false);
    expect(schemaOf('en').safeParse({...good, date: '29/01/2025'}).success).toBe(false);
    // The JSON Schema is that Zod schema, converted.
    expect(frontMatterJsonSchema({locale: 'en', tags: site.tags.en!, authors: site.authors.en!, required})).toEqual(
      JSON.parse(await readFile(path.join(ROOT, 'schemas/front-matter.en.json'), 'utf8')),
    );
  });

  it('give Front Matter CMS one content type: the fields, the authors to pick from and the tag keys', async () => {
    const {site} = await rootSite();
    const cms = JSON.parse(await readFile(path.join(ROOT, 'frontmatter.json'), 'utf8'));
    const [contentType] = cms['frontMatter.taxonomy.contentTypes'];
    const fields = Object.fromEntries(contentType.fields.map((f: {name: string}) => [f.name, f]));
    expect(Object.keys(fields)).toEqual(KNOWN_FIELDS.filter((f) => f !== 'last_update'));
    expect(fields.tags).toMatchObject({type: 'tags', required: true});
    expect(fields.authors).toMatchObject({
      type: 'choice',
      multiple: true,
      required: true,
      choices: [{id: 'lark', title: 'Lark'}],
    });
    expect(fields.title).toMatchObject({
      type: 'string',
      single: true,
      required: true,
      description: 'The post title, in the language of the post.',
    });
    expect(fields.toc_min_heading_level).toMatchObject({type: 'number', numberOptions: {min: 2, max: 6}});
    expect(fields.draft).toMatchObject({type: 'boolean'});
    expect(cms['frontMatter.taxonomy.tags']).toEqual([...site.tags.en!.keys()]);
    expect(cms['frontMatter.content.pageFolders']).toEqual([
      {title: 'Posts (en)', path: '[[workspace]]/blog', disableCreation: true},
      {title: 'Posts (ar)', path: '[[workspace]]/i18n/ar/docusaurus-plugin-content-blog', disableCreation: true},
    ]);
  });
});

interface Matcher {
  owner: string;
  fileLocation: [string, string];
  pattern: {
    regexp: string;
    file?: number;
    line?: number;
    column?: number;
    severity?: number;
    code?: number;
    message?: number;
  }[];
  background?: {beginsPattern: string; endsPattern: string};
}

/** What VS Code's two-line problem matcher reads from a task's output. */
function matchProblems(matcher: Matcher, output: string) {
  const [head, body] = matcher.pattern.map((p) => ({...p, re: new RegExp(p.regexp)}));
  const lines = output.split('\n');
  const problems: {file: string; line: number; column: number; severity: string; code: string; message: string}[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const h = head!.re.exec(lines[i]!);
    const b = h && body!.re.exec(lines[i + 1]!);
    if (!h || !b) continue;
    problems.push({
      file: h[head!.file!]!,
      line: +h[head!.line!]!,
      column: +h[head!.column!]!,
      severity: h[head!.severity!]!,
      code: h[head!.code!]!,
      message: b[body!.message!]!,
    });
  }
  return problems;
}

describe('the VS Code wiring', async () => {
  const tasks = JSON.parse(await readFile(path.join(ROOT, '.vscode/tasks.json'), 'utf8'));
  const [checkTask, devTask] = tasks.tasks as {
    label: string;
    command: string;
    isBackground?: boolean;
    options: {env: Record<string, string>};
    problemMatcher: Matcher;
  }[];

  it('recommends Front Matter CMS, which reads frontmatter.json', async () => {
    const extensions = JSON.parse(await readFile(path.join(ROOT, '.vscode/extensions.json'), 'utf8'));
    expect(extensions.recommendations).toEqual(['eliostruyf.vscode-front-matter']);
  });

  it('marks every problem of `npm run check` in its file, as the JSON report locates it', async () => {
    expect(checkTask!.command).toBe('npm run -s check');
    expect(checkTask!.options.env.NO_COLOR).toBe('1');
    const {options} = await siteCheckOptions(MULTI);
    const result = await checkSite(MULTI, options);
    const problems = matchProblems(checkTask!.problemMatcher, formatText(result));
    expect(problems).toEqual(
      result.diagnostics.map((d) => ({
        file: d.file,
        line: d.line,
        column: d.column,
        severity: d.severity,
        code: d.rule,
        message: d.message,
      })),
    );
    expect(problems.length).toBe(6);
  });

  it('marks the dev server’s problems on each save, and clears them when the post is fixed', () => {
    // The dev server's output (NO_COLOR) while a tag was broken, then fixed, in the "dev" fixture.
    const log = [
      '[INFO] Starting the development server...',
      '[SUCCESS] Front matter check: ✔ No problems in 2 posts (1 locale)',
      '[SUCCESS] Docusaurus website is running at: http://127.0.0.1:3917/',
      'client (Rspack 1.7.12) compiled successfully',
      '[ERROR] Front matter check:',
      '',
      'blog/2025-01-01-first.md:4:12 error tag-unknown [en] tags[1]',
      '  Tag "open-sorce" is not in tags.yml. Use a key or label of tags.yml, or add the tag to blog/tags.yml.',
      '    3 | description: A fixture post for the checker, written long enough to be a real description.',
      '  > 4 | tags: [ai, open-sorce]',
      '      |            ^^^^^^^^^^',
      '    5 | authors: [lark]',
      '',
      '✖ 1 error, 0 warnings in 2 posts (1 locale)',
      'client (Rspack 1.7.12) compiled successfully',
      'client (Rspack 1.7.12) compiled successfully',
      '[SUCCESS] Front matter check: ✔ No problems in 2 posts (1 locale)',
      'client (Rspack 1.7.12) compiled successfully',
    ];
    const matcher = devTask!.problemMatcher;
    expect(devTask!.isBackground).toBe(true);
    const begins = new RegExp(matcher.background!.beginsPattern);
    const ends = new RegExp(matcher.background!.endsPattern);
    // Each report opens a cycle (VS Code drops the cycle's old markers) that the next compilation closes.
    const cycles: string[][] = [];
    let open: string[] | undefined;
    for (const line of log) {
      if (begins.test(line)) open = [line];
      else if (open && ends.test(line)) {
        cycles.push(open);
        open = undefined;
      } else open?.push(line);
    }
    expect(cycles.map((c) => c[0])).toEqual([log[1], log[4], log[16]]);
    expect(
      cycles.map((c) =>
        matchProblems(matcher, c.join('\n')).map((p) => `${p.file}:${p.line}:${p.column} ${p.severity} ${p.code}`),
      ),
    ).toEqual([[], ['blog/2025-01-01-first.md:4:12 error tag-unknown'], []]);
  });
});
