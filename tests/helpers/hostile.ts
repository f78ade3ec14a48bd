/**
 * The hostile corpus (tests/fixtures/hostile/): one post per bad input, and a
 * manifest (cases.json) of what the checker must say about each. Inputs that
 * are binary, large or dangerous to keep as files are generated here into a
 * copy of the site.
 */
import {cp, mkdir, readFile, rm, symlink, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {ROOT} from './site';

export const HOSTILE = path.join(ROOT, 'tests/fixtures/hostile');

export interface HostileCase {
  /** yaml | types | encoding | structure | size | yaml-features | injection | unicode | registry | files | urls */
  group: string;
  about: string;
  /** Every diagnostic of the file, as [rule, line]: nothing more, nothing less. */
  expect?: [string, number][];
  /** Why an input that looks hostile is fine (no error). */
  accepted?: string;
  /** Written by generatedFiles() or linked by generatedLinks(), not kept in the repository. */
  generated?: boolean;
}

export async function hostileCases(): Promise<Record<string, HostileCase>> {
  const manifest = JSON.parse(await readFile(path.join(HOSTILE, 'cases.json'), 'utf8')) as {
    cases: Record<string, HostileCase>;
  };
  return manifest.cases;
}

const DESCRIPTION = 'A post of the hostile corpus, where everything but its one defect is a valid front matter field.';
const post = (title: string, extra = '') =>
  `---\ntitle: "${title}"\ndescription: ${DESCRIPTION}\ntags: [ai]\nauthors: [lark]\n${extra}---\n\nThe body of the post.\n`;

/** An environment variable the `---js` post writes to, if its code ever runs. */
export const CANARY_VARIABLE = 'QALAM_HOSTILE_CANARY';

/** The generated posts, by path in the site. */
export function generatedFiles(): Record<string, Buffer> {
  const utf8 = (text: string) => Buffer.from(text, 'utf8');
  const withBytes = (title: string, bytes: number[]) => {
    const [before, after] = post(`${title} @`).split('@') as [string, string];
    return Buffer.concat([utf8(before), Buffer.from(bytes), utf8(after)]);
  };
  const fiveMegabytes = Array.from(
    {length: 66_000},
    (_, i) => `  line ${i} of a description that no post needs, repeated until it weighs 5 MB`,
  ).join('\n');
  const tags = Array.from({length: 10_000}, (_, i) => `tag-${i}`).join(', ');
  return {
    'blog/021-encoding-crlf.md': utf8(post('Hostile 021: CRLF line endings').replace(/\n/g, '\r\n')),
    'blog/022-encoding-cr-only.md': utf8(post('Hostile 022: CR line endings alone').replace(/\n/g, '\r')),
    'blog/023-encoding-latin1.md': withBytes('Hostile 023: Latin-1 caf', [0xe9]),
    'blog/024-encoding-utf16.md': Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(post('Hostile 024: UTF-16'), 'utf16le'),
    ]),
    'blog/025-encoding-nul.md': utf8(post('Hostile 025: a NUL byte').replace('tags: [ai]', 'tags: [ai\u0000]')),
    'blog/026-encoding-utf8-surrogate.md': withBytes('Hostile 026: a surrogate encoded in UTF-8', [0xed, 0xa0, 0x80]),
    'blog/027-encoding-overlong.md': withBytes('Hostile 027: an overlong slash', [0xc0, 0xaf]),
    'blog/038-structure-javascript.md': utf8(
      `---js\n{title: (process.env.${CANARY_VARIABLE} && require('fs').writeFileSync(process.env.${CANARY_VARIABLE}, 'ran'), 'Hostile 038'), tags: ['ai'], authors: ['lark']}\n---\n\nBody.\n`,
    ),
    'blog/040-size-five-megabytes.md': utf8(
      post('Hostile 040: 5 MB of front matter', `description_long: |\n${fiveMegabytes}\n`),
    ),
    'blog/041-size-ten-thousand-tags.md': utf8(
      post('Hostile 041: 10,000 tags').replace('tags: [ai]', `tags: [${tags}]`),
    ),
    // File names that become URLs and code: not kept in the repository, where some systems cannot check them out.
    "blog/100-files-quote's.md": utf8(post('Hostile 100: a quote in the file name')),
    'blog/101-files-backslash\\.md': utf8(post('Hostile 101: a backslash at the end of the file name')),
    'blog/102-files-line\nfeed.md': utf8(post('Hostile 102: a line feed in the file name')),
    'blog/103-files-\u202Edm.md': utf8(post('Hostile 103: a right-to-left override in the file name')),
    'blog/104-files-percent-%00.md': utf8(post('Hostile 104: a percent escape in the file name')),
    'blog/105-files-Collide.md': utf8(post('Hostile 105: the first of two names that differ in case')),
    'blog/105-files-collide.md': utf8(post('Hostile 105: the second of two names that differ in case')),
    'blog/106-files-javascript.test.md': utf8(
      `---js\n{title: (process.env.${CANARY_VARIABLE} && require('fs').writeFileSync(process.env.${CANARY_VARIABLE}, 'ran'), 'Hostile 106'), tags: ['ai'], authors: ['lark']}\n---\n\nA *.test.md post: Docusaurus publishes it.\n`,
    ),
  };
}

/** Bytes outside the site that a symlink of the corpus points at: none may reach the build. */
export const OUTSIDE_SECRET = 'QALAM-HOSTILE-OUTSIDE-BYTES';

/** Files outside the site (in a folder beside it), by name. */
function outsideFiles(): Record<string, Buffer> {
  return {
    'post.md': Buffer.from(
      `---js\n{title: (process.env.${CANARY_VARIABLE} && require('fs').writeFileSync(process.env.${CANARY_VARIABLE}, 'ran'), '${OUTSIDE_SECRET}'), tags: ['ai'], authors: ['lark']}\n---\n\n${OUTSIDE_SECRET}\n`,
    ),
    'secret.png': Buffer.from(OUTSIDE_SECRET),
  };
}

/** The corpus's symlinks out of the site: their path in the site, and the outside file they lead to. */
export function generatedLinks(): Record<string, string> {
  return {
    'blog/107-files-linked-outside.md': 'post.md',
    'blog/108-outside.png': 'secret.png',
    'static/img/outside.png': 'secret.png',
  };
}

/** A copy of the hostile site, with the generated posts, inside the repository (its config finds the plugin). */
export async function hostileSite(name: string): Promise<string> {
  const dir = path.join(ROOT, 'tests/.work', `${name}-${process.pid}`);
  await rm(dir, {recursive: true, force: true});
  await mkdir(path.dirname(dir), {recursive: true});
  await cp(path.join(HOSTILE, 'site'), dir, {recursive: true});
  for (const [file, bytes] of Object.entries(generatedFiles())) await writeFile(path.join(dir, file), bytes);
  const outside = `${dir}.outside`;
  await rm(outside, {recursive: true, force: true});
  await mkdir(outside, {recursive: true});
  for (const [file, bytes] of Object.entries(outsideFiles())) await writeFile(path.join(outside, file), bytes);
  for (const [file, target] of Object.entries(generatedLinks())) {
    await mkdir(path.dirname(path.join(dir, file)), {recursive: true});
    await symlink(path.join(outside, target), path.join(dir, file));
  }
  return dir;
}
