/**
 * The check's floor: the least any front matter check of a site must do, in
 * one Node process. It lists every locale's blog folder (`blog/` and each
 * `i18n/<locale>/docusaurus-plugin-content-blog/`) for .md and .mdx files,
 * reads each, splits off the front matter and loads it with js-yaml, as
 * Docusaurus does, and nothing else. The check benchmark measures the check
 * against it: what it costs on top of reading and parsing the same files.
 *
 *   node bench/floor.mjs SITE_DIR   # prints the number of posts read
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import jsYaml from 'js-yaml';

const siteDir = path.resolve(process.argv[2] ?? '.');
const i18n = path.join(siteDir, 'i18n');
const folders = [
  path.join(siteDir, 'blog'),
  ...(existsSync(i18n)
    ? readdirSync(i18n).map((locale) => path.join(i18n, locale, 'docusaurus-plugin-content-blog'))
    : []),
].filter((folder) => existsSync(folder));

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
let posts = 0;
let fields = 0;
for (const folder of folders) {
  for (const file of readdirSync(folder, {recursive: true})) {
    if (!/\.mdx?$/.test(file)) continue;
    const text = readFileSync(path.join(folder, file), 'utf8');
    const matter = FRONT_MATTER.exec(text);
    posts++;
    let data;
    try {
      data = matter ? jsYaml.load(matter[1]) : undefined;
    } catch {
      // a planted fault: the check reports it, the floor only reads on
      continue;
    }
    if (data && typeof data === 'object') fields += Object.keys(data).length;
  }
}
console.log(`${posts} posts, ${fields} fields`);
