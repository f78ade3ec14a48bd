/**
 * Hostile files, not only hostile front matter: posts Docusaurus reads that a
 * checker could miss (`*.test.md`, symlinks), symlinks out of the site (a
 * post, an image of the front matter or the body, a file of a static folder),
 * file names and slugs that become URLs and code, registries that are pipes, and
 * commands racing on tags.yml. The check reports each at its line; the build
 * refuses with the check's report, publishes no byte from outside the site and
 * runs no front matter code (a canary file its code would write stays absent).
 */
import {existsSync} from 'node:fs';
import {cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {check, docusaurus, run} from '../helpers/run';
import {ROOT} from '../helpers/site';

const WORK = path.join(ROOT, 'tests/.work', `hostile-files-${process.pid}`);
const STACK_TRACE = /^\s+at .+:\d+:\d+\)?$/m;
const DESCRIPTION = 'A post of the hostile files, where everything but its one defect is a valid front matter field.';
const post = (title: string, extra = '') =>
  `---\ntitle: "${title}"\ndescription: ${DESCRIPTION}\ntags: [ai]\nauthors: [lark]\n${extra}---\n\nThe body of the post.\n`;
/** Front matter code that writes the canary file, if it ever runs. */
const script = (canary: string) =>
  `---js\n{title: (require('fs').writeFileSync(${JSON.stringify(canary)}, 'ran'), 'Ran'), description: ${JSON.stringify(DESCRIPTION)}, tags: ['ai'], authors: ['lark']}\n---\n\nBody.\n`;
/** Bytes of a file outside the site that must never reach the build. */
const SECRET = 'QALAM-OUTSIDE-SECRET-7f3a9c';

let outside: string;
let canary: string;

beforeAll(async () => {
  await rm(WORK, {recursive: true, force: true});
  outside = await mkdtemp(path.join(tmpdir(), 'qalam-outside-'));
  canary = path.join(outside, 'canary');
  await mkdir(path.join(outside, 'folder'), {recursive: true});
  await writeFile(path.join(outside, 'post.md'), script(canary));
  await writeFile(path.join(outside, 'folder/2025-01-05-in-folder.md'), post('In a linked folder'));
  await writeFile(path.join(outside, 'secret.png'), SECRET);
});

afterAll(async () => {
  await rm(WORK, {recursive: true, force: true});
  await rm(outside, {recursive: true, force: true});
});

/** A site of this plugin in tests/.work (its config finds the plugin), with `blog` options and files. */
async function site(name: string, files: Record<string, string>, blog: Record<string, unknown> = {}): Promise<string> {
  const dir = path.join(WORK, name);
  await mkdir(path.join(dir, 'blog'), {recursive: true});
  await writeFile(
    path.join(dir, 'docusaurus.config.js'),
    `module.exports = require('#fixture-site-config')({blog: ${JSON.stringify(blog)}});\n`,
  );
  await writeFile(path.join(dir, 'blog/tags.yml'), 'ai:\n  label: AI\n  permalink: /ai\n');
  await writeFile(path.join(dir, 'blog/authors.yml'), 'lark:\n  name: Lark\n');
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), {recursive: true});
    await writeFile(path.join(dir, file), text);
  }
  return dir;
}

interface JsonDiagnostic {
  file: string;
  line: number;
  rule: string;
  severity: string;
  message: string;
}

const report = async (dir: string) => {
  const result = await check(dir, '--format', 'json');
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout) as {diagnostics: JsonDiagnostic[]};
};

/** Whether the build output holds the outside file, as bytes or inlined as base64 (a data: URL). */
async function published(outDir: string): Promise<boolean> {
  if (!existsSync(outDir)) return false;
  const bytes = await allBytes(outDir);
  return bytes.includes(SECRET) || bytes.includes(Buffer.from(SECRET).toString('base64'));
}

/** Every byte of every file under `dir`, as one buffer. */
async function allBytes(dir: string): Promise<Buffer> {
  const parts: Buffer[] = [];
  for (const entry of await readdir(dir, {recursive: true, withFileTypes: true}))
    if (entry.isFile()) parts.push(await readFile(path.join(entry.parentPath, entry.name)));
  return Buffer.concat(parts);
}

describe('files Docusaurus reads, symlinks out of the site, names and slugs that become code', () => {
  let dir: string;
  let diagnostics: JsonDiagnostic[];

  beforeAll(async () => {
    dir = await site('files', {
      'blog/2025-01-01-fine.md': post('Fine'),
      'blog/2025-01-02-runs.test.md': script(canary),
      "blog/2025-01-03-it's.md": post('A quote in the file name'),
      'blog/2025-01-04-back\\.md': post('A backslash in the file name'),
      'blog/2025-01-06-a\nb.md': post('A line feed in the file name'),
      'blog/2025-01-07-\u202Edm.md': post('A bidi override in the file name'),
      'blog/2025-01-08-%00.md': post('A percent escape in the file name'),
      'blog/2025-01-09-Case.md': post('One of two names that differ in case'),
      'blog/2025-01-09-case.md': post('The other of two names that differ in case'),
      'blog/2025-01-10-long-slug.md': post('A slug with a 300-character part', `slug: /${'a'.repeat(300)}\n`),
      'blog/2025-01-11-nul-slug.md': post('A slug with an escaped NUL', 'slug: /x/%00\n'),
      'blog/2025-01-12-image.md': post('An image linked out of the site', 'image: /img/cover.png\n'),
      'blog/2025-01-13-near.md': post('An image next to the post, linked out', 'image: ./near.png\n'),
      'blog/2025-01-15-body.mdx': `${post('Images of the body, linked out')}\n![linked](./body.png)\n\nimport pic from './body.png';\n`,
    });
    await symlink(path.join(outside, 'post.md'), path.join(dir, 'blog/2025-01-14-linked.md'));
    await symlink(path.join(outside, 'folder'), path.join(dir, 'blog/linked-folder'));
    await mkdir(path.join(dir, 'static/img'), {recursive: true});
    await symlink(path.join(outside, 'secret.png'), path.join(dir, 'static/img/cover.png'));
    await symlink(path.join(outside, 'secret.png'), path.join(dir, 'blog/near.png'));
    await symlink(path.join(outside, 'secret.png'), path.join(dir, 'blog/body.png'));
    // A file of the static folder that no post names: the build copies it all the same.
    await mkdir(path.join(dir, 'static/files'), {recursive: true});
    await symlink(path.join(outside, 'secret.png'), path.join(dir, 'static/files/notes.txt'));
    ({diagnostics} = await report(dir));
  });

  it('reports each at its line with its rule, and the inside of the site as fine', () => {
    const errors = diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file}:${d.line} ${d.rule}`);
    expect(errors.sort()).toEqual(
      [
        'blog/2025-01-02-runs.test.md:1 frontmatter-script',
        "blog/2025-01-03-it's.md:1 post-file-unsafe",
        'blog/2025-01-04-back\\.md:1 post-file-unsafe',
        'blog/2025-01-06-a\nb.md:1 post-file-unsafe',
        'blog/2025-01-07-\u202Edm.md:1 post-file-unsafe',
        'blog/2025-01-08-%00.md:1 post-file-unsafe',
        'blog/2025-01-09-case.md:1 post-file-unsafe',
        'blog/2025-01-10-long-slug.md:6 slug-invalid',
        'blog/2025-01-11-nul-slug.md:6 slug-invalid',
        'blog/2025-01-12-image.md:6 image-unsafe',
        'blog/2025-01-13-near.md:6 image-unsafe',
        'blog/2025-01-14-linked.md:1 post-file-unsafe',
        'blog/linked-folder/2025-01-05-in-folder.md:1 post-file-unsafe',
        'blog/2025-01-15-body.mdx:10 image-unsafe',
        'blog/2025-01-15-body.mdx:12 image-unsafe',
        'static/files/notes.txt:1 static-file-unsafe',
        'static/img/cover.png:1 static-file-unsafe',
      ].sort(),
    );
    const message = (file: string) => diagnostics.find((d) => d.file === file)!.message;
    expect(message('blog/2025-01-14-linked.md')).toBe(
      `The post is a symlink to ${path.join(outside, 'post.md')}, outside the site: the build would publish a file of this machine. Copy the post into the blog folder instead of linking it, or remove the link.`,
    );
    expect(message('blog/2025-01-07-\u202Edm.md')).toBe(
      'The file name "2025-01-07-<U+202E>dm.md" holds the bidi control U+202E, which reorders how the URL is shown (a reversed URL looks like another one). Rename the file with letters, digits, - and _ only.',
    );
    expect(message('blog/2025-01-09-case.md')).toBe(
      'The file name differs from blog/2025-01-09-Case.md only in letter case or Unicode composition: both become the same page on a case-insensitive disk, or in the URL. Rename one of them.',
    );
    expect(message('blog/2025-01-12-image.md')).toBe(
      `The image "/img/cover.png" is a symlink to ${path.join(outside, 'secret.png')}, outside the site: the build would copy that file and publish it. Copy the image into the site instead of linking it.`,
    );
    expect(message('static/files/notes.txt')).toBe(
      `static/files/notes.txt is a symlink out of the site (to ${path.join(outside, 'secret.png')}): the build copies every file of the static folders, and would publish it. Copy the file into the static folder instead of linking it, or remove the link.`,
    );
    expect(diagnostics.filter((d) => d.file === 'blog/2025-01-15-body.mdx').map((d) => d.message)).toEqual([
      `The image "./body.png" is a symlink to ${path.join(outside, 'secret.png')}, outside the site: the build would copy that file and publish it. Copy the image into the site instead of linking it.`,
      `The image "./body.png" is a symlink to ${path.join(outside, 'secret.png')}, outside the site: the build would copy that file and publish it. Copy the image into the site instead of linking it.`,
    ]);
    expect(message('blog/2025-01-11-nul-slug.md')).toBe(
      '"slug" is "/x/%00", which holds, once decoded, a control character (U+0000), which breaks the page\'s URL and the code Docusaurus generates for it. Write the slug with letters, digits, - and _ between its slashes.',
    );
  });

  it('stops the build with the report: no stack trace, no front matter code run, no outside byte in the output', async () => {
    const outDir = await mkdtemp(path.join(tmpdir(), 'qalam-hostile-files-'));
    const build = await docusaurus('build', dir, '--out-dir', outDir);
    const output = build.stdout + build.stderr;
    expect(build.code).toBe(1);
    expect(output).toContain('blog/2025-01-14-linked.md:1:1 error post-file-unsafe');
    expect(output).toContain('blog/2025-01-12-image.md:6:8 error image-unsafe');
    expect(output).toContain('blog/2025-01-15-body.mdx:10:11 error image-unsafe');
    expect(output).toContain('static/files/notes.txt:1:1 error static-file-unsafe');
    expect(output).toMatch(/Build stopped: the front matter check found 17 errors/);
    expect(output).not.toMatch(STACK_TRACE);
    expect(existsSync(canary), 'front matter code ran').toBe(false);
    expect(await published(outDir)).toBe(false);
    await rm(outDir, {recursive: true, force: true});
  });
});

describe('an image of the body linked out of the site, alone', () => {
  it("stops the build on the check's one error: no byte of the file is bundled", async () => {
    const dir = await site('body-image', {
      'blog/2025-01-01-body.md': `${post('An image of the body, linked out')}\nA picture: ![linked](./linked.png)\n`,
    });
    await symlink(path.join(outside, 'secret.png'), path.join(dir, 'blog/linked.png'));
    const outDir = await mkdtemp(path.join(tmpdir(), 'qalam-hostile-body-'));
    const build = await docusaurus('build', dir, '--out-dir', outDir);
    const output = build.stdout + build.stderr;
    expect(build.code).toBe(1);
    expect(output).toContain('blog/2025-01-01-body.md:10:22 error image-unsafe [en]');
    expect(output).toContain(
      `The image "./linked.png" is a symlink to ${path.join(outside, 'secret.png')}, outside the site`,
    );
    expect(output).toMatch(/Build stopped: the front matter check found 1 error\b/);
    expect(output).not.toMatch(STACK_TRACE);
    expect(await published(outDir)).toBe(false);
    await rm(outDir, {recursive: true, force: true});
  });
});

describe('the blog plugin itself, with the checks turned off', () => {
  it('refuses a build whose static folder links out of the site, in one line naming the link', async () => {
    const dir = await site(
      'static-link',
      {'blog/2025-01-01-fine.md': post('Fine')},
      {rules: {'static-file-unsafe': 'off'}},
    );
    await mkdir(path.join(dir, 'static/files'), {recursive: true});
    await writeFile(path.join(dir, 'static/files/inside.txt'), 'A file of the site.\n');
    await symlink(path.join(outside, 'secret.png'), path.join(dir, 'static/files/notes.txt'));
    const outDir = await mkdtemp(path.join(tmpdir(), 'qalam-hostile-static-'));
    const build = await docusaurus('build', dir, '--out-dir', outDir);
    const output = build.stdout + build.stderr;
    expect(build.code).toBe(1);
    expect(output).toContain(
      `Build stopped: static/files/notes.txt is a symlink out of the site (to ${path.join(outside, 'secret.png')}): the build would copy it and publish it. Copy the file into the site instead of linking it, or remove the link.`,
    );
    expect(output).not.toMatch(STACK_TRACE);
    expect(await published(outDir)).toBe(false);
    await rm(outDir, {recursive: true, force: true});
  });

  it('refuses a build with an image linked out of the site, in the body or the front matter, in one located line', async () => {
    const rules = {'image-unsafe': 'off', 'image-format': 'off'};
    const outDir = await mkdtemp(path.join(tmpdir(), 'qalam-hostile-images-'));
    const body = await site(
      'body-image-off',
      {'blog/2025-01-01-body.md': `${post('An image of the body, linked out')}\nA picture: ![linked](./linked.png)\n`},
      {rules},
    );
    await symlink(path.join(outside, 'secret.png'), path.join(body, 'blog/linked.png'));
    const first = await docusaurus('build', body, '--out-dir', outDir);
    expect(first.code).toBe(1);
    expect(first.stdout + first.stderr).toContain(
      `Build stopped: blog/2025-01-01-body.md:10:22: The image "./linked.png" is a symlink to ${path.join(outside, 'secret.png')}, outside the site: the build would copy that file and publish it. Copy the image into the site instead of linking it.`,
    );
    expect(first.stdout + first.stderr).not.toMatch(STACK_TRACE);
    expect(await published(outDir)).toBe(false);

    const frontMatter = await site(
      'front-matter-image-off',
      {'blog/2025-01-01-cover.md': post('An image of the front matter, linked out', 'image: ./cover.png\n')},
      {rules},
    );
    await symlink(path.join(outside, 'secret.png'), path.join(frontMatter, 'blog/cover.png'));
    const second = await docusaurus('build', frontMatter, '--out-dir', outDir);
    expect(second.code).toBe(1);
    expect(second.stdout + second.stderr).toContain(
      `Build stopped: blog/cover.png, a post's image, is a symlink out of the site (to ${path.join(outside, 'secret.png')}): the build would copy it and publish it. Copy the file into the site instead of linking it, or remove the link.`,
    );
    expect(second.stdout + second.stderr).not.toMatch(STACK_TRACE);
    expect(await published(outDir)).toBe(false);
    await rm(outDir, {recursive: true, force: true});
  });

  it('refuses ---js front matter and posts from outside the site without running or publishing them', async () => {
    const rules = {'frontmatter-script': 'off', 'frontmatter-missing': 'off', 'post-file-unsafe': 'off'};
    const outDir = await mkdtemp(path.join(tmpdir(), 'qalam-hostile-reader-'));
    const scripted = await site('reader-script', {'blog/2025-01-02-runs.test.md': script(canary)}, {rules});
    const first = await docusaurus('build', scripted, '--out-dir', outDir);
    expect(first.code).toBe(1);
    expect(first.stdout + first.stderr).toContain(
      'Build stopped: blog/2025-01-02-runs.test.md opens its front matter with "---js", which Docusaurus would read as JavaScript and run. The blog reads YAML front matter only: write it between --- lines (npm run check shows where).',
    );
    expect(first.stdout + first.stderr).not.toMatch(STACK_TRACE);
    expect(existsSync(canary), 'front matter code ran').toBe(false);

    const linked = await site('reader-link', {'blog/2025-01-01-fine.md': post('Fine')}, {rules});
    await writeFile(path.join(outside, 'plain.md'), post(SECRET));
    await symlink(path.join(outside, 'plain.md'), path.join(linked, 'blog/2025-01-02-linked.md'));
    const second = await docusaurus('build', linked, '--out-dir', outDir);
    expect(second.code).toBe(1);
    expect(second.stdout + second.stderr).toContain(
      `Build stopped: blog/2025-01-02-linked.md leads out of the site (a symlink to ${path.join(outside, 'plain.md')})`,
    );
    expect(second.stdout + second.stderr).not.toMatch(STACK_TRACE);
    expect(await published(outDir)).toBe(false);
    await rm(outDir, {recursive: true, force: true});
  });
});

describe('registries that are not files, or hold obfuscated links', () => {
  it('reports a tags.yml that is a named pipe, without waiting for it', async () => {
    const dir = await site('fifo', {'blog/2025-01-01-fine.md': post('Fine')});
    await rm(path.join(dir, 'blog/tags.yml'));
    expect((await run('mkfifo', [path.join(dir, 'blog/tags.yml')])).code).toBe(0);
    const {diagnostics} = await report(dir);
    expect(diagnostics.filter((d) => d.rule === 'registry-invalid')).toEqual([
      expect.objectContaining({
        file: 'blog/tags.yml',
        line: 1,
        message:
          'tags.yml is a named pipe (FIFO), not a regular file: it is not read (a pipe would block the check and the build). Replace it with a YAML file.',
      }),
    ]);
  });

  it('reads author links as a browser does, and locates each at its own line', async () => {
    const dir = await site('links', {'blog/2025-01-01-fine.md': post('Fine')});
    await writeFile(
      path.join(dir, 'blog/authors.yml'),
      [
        'lark:\n  name: Lark',
        'tab:\n  name: Tab\n  url: "java\\tscript:alert(1)"',
        'newline:\n  name: Newline\n  url: "java\\nscript:alert(1)"',
        'control:\n  name: Control\n  url: "\\x01javascript:alert(1)"',
        'entity:\n  name: Entity\n  url: "javascript&colon;alert(1)"',
        'space:\n  name: Space\n  image_url: /img/my photo.png',
        'arabic:\n  name: Arabic\n  image_url: /img/صورة.png',
        '',
      ].join('\n'),
    );
    const {diagnostics} = await report(dir);
    expect(diagnostics.filter((d) => d.rule === 'registry-invalid').map((d) => `${d.line} ${d.message}`)).toEqual([
      '5 authors.yml: "tab" has the url "java<U+0009>script:alert(1)", which a browser reads as a javascript: URL: it runs code or points at no web page. Use an https:// URL.',
      '8 authors.yml: "newline" has the url "java<U+000A>script:alert(1)", which a browser reads as a javascript: URL: it runs code or points at no web page. Use an https:// URL.',
      '11 authors.yml: "control" has the url "<U+0001>javascript:alert(1)", which a browser reads as a javascript: URL: it runs code or points at no web page. Use an https:// URL.',
      '14 authors.yml: "entity" has the url "javascript&colon;alert(1)", which a browser reads as a javascript: URL: it runs code or points at no web page. Use an https:// URL.',
      '17 authors.yml: "space" has the image_url "/img/my photo.png", which is no URL and no valid URL path (Docusaurus refuses it): write spaces and letters beyond ASCII percent-encoded, or an https:// URL.',
      '20 authors.yml: "arabic" has the image_url "/img/صورة.png", which is no URL and no valid URL path (Docusaurus refuses it): write spaces and letters beyond ASCII percent-encoded, or an https:// URL.',
    ]);
  });
});

describe('new-post --new-tag, ten at once', () => {
  it('keeps every tag: each command adds its own, none is lost', async () => {
    const dir = path.join(WORK, 'race');
    await cp(path.join(ROOT, 'tests/fixtures/sites/authoring'), dir, {recursive: true});
    const runs = await Promise.all(
      Array.from({length: 10}, (_, i) =>
        run(
          'npm',
          [
            'run',
            '-s',
            'new-post',
            '--',
            '--title',
            `Race ${i}`,
            '--new-tag',
            `race-${i}:Race ${i}`,
            '--authors',
            'lark',
            '--date',
            '2025-07-01',
          ],
          {cwd: dir},
        ),
      ),
    );
    for (const [i, result] of runs.entries()) {
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(`Added the tag "race-${i}"`);
    }
    for (const file of ['blog/tags.yml', 'i18n/ar/docusaurus-plugin-content-blog/tags.yml']) {
      const text = await readFile(path.join(dir, file), 'utf8');
      const missing = Array.from({length: 10}, (_, i) => `race-${i}`).filter((key) => !text.includes(`\n${key}:`));
      expect(missing, file).toEqual([]);
    }
    expect(existsSync(path.join(dir, 'blog/.registries.lock'))).toBe(false);
    const {diagnostics} = await report(dir);
    expect(diagnostics.filter((d) => d.rule === 'registry-invalid')).toEqual([]);
  });
});
