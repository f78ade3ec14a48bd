/**
 * The only I/O of the image checks: whether each local image exists, its size,
 * and its format and pixel size read from the first bytes of the file; and,
 * as each post is read, where the images of its body really are. Never
 * throws: what cannot be read is reported by checkImage as missing or unknown.
 */
import {existsSync, realpathSync} from 'node:fs';
import {open, stat} from 'node:fs/promises';
import path from 'node:path';
import {parseLocalURLPath} from '@docusaurus/utils';
import {isInside, realPath} from '../parse/safeFrontMatter';
import {imageSize} from 'image-size';
import type {ImageFacts} from '../context';
import type {ParsedPost} from '../parse';
import {bodyFiles, imageUnsafe, mayNameFiles, outsideSiteReason, type BodyFile} from '../rules/image';
import type {Finding} from '../rules/rule';
import {eachConcurrently} from '../../shared/concurrently';

/** Every format image-size knows keeps its size in the first bytes; 64 KB covers JPEG's EXIF too. */
export const HEAD_BYTES = 64 * 1024;
const CONCURRENCY = 32;

export async function loadImageFacts(paths: Iterable<string>, siteDir?: string): Promise<Map<string, ImageFacts>> {
  const files = [...new Set(paths)];
  const facts = new Map<string, ImageFacts>();
  const root = siteDir === undefined ? undefined : realPath(siteDir);
  await eachConcurrently(files, CONCURRENCY, async (file) => {
    // A symlink out of the site is neither read nor measured: the build would copy the file it leads to.
    const real = root === undefined ? undefined : realPath(file);
    if (real !== undefined && root !== undefined && !isInside(real, root) && existsSync(real)) {
      facts.set(file, {exists: true, outside: real});
      return;
    }
    facts.set(file, await inspect(file));
  });
  // In the order asked, whatever order the reads finished in.
  return new Map(files.map((file) => [file, facts.get(file)!]));
}

async function inspect(file: string): Promise<ImageFacts> {
  let size: number;
  try {
    const stats = await stat(file);
    // A folder at the image's path is no image: the same as a missing file.
    if (!stats.isFile()) return {exists: false};
    size = stats.size;
  } catch {
    return {exists: false};
  }
  let head: Buffer;
  try {
    head = await readHead(file, Math.min(size, HEAD_BYTES));
  } catch {
    return {exists: true, size};
  }
  try {
    const {type, width, height} = imageSize(head);
    return {
      exists: true,
      size,
      ...(type ? {format: type} : {}),
      ...(width ? {width} : {}),
      ...(height ? {height} : {}),
    };
  } catch {
    // A JPEG whose size marker lies beyond the head (a huge EXIF block) is
    // still a JPEG; its pixel size stays unknown rather than wrong.
    return head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff
      ? {exists: true, size, format: 'jpg'}
      : {exists: true, size};
  }
}

async function readHead(file: string, length: number): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const {bytesRead} = await handle.read(buffer, 0, length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/**
 * The images of a post's body that Docusaurus would copy into the build from
 * outside the site (a symlink, a path that climbs out), as `image-unsafe` at
 * their place in the body: called as the post is read, while its text is at
 * hand. Most posts name no image: a few byte searches, and nothing is decoded.
 */
export function bodyImagesOutside(
  parsed: ParsedPost,
  postPath: string,
  siteDir: string,
  staticDirs: readonly string[],
): Finding[] {
  if (!mayNameFiles((text) => parsed.bodyMentions(text))) return [];
  const files = bodyFiles(parsed.body);
  if (!files.length) return [];
  const {statics, roots} = siteFolders(siteDir, staticDirs);
  const bodyStart = parsed.source.length - parsed.body.length;
  const findings: Finding[] = [];
  for (const found of files) {
    const resolved = resolveBodyFile(found, postPath, siteDir, statics);
    if (resolved === undefined) continue;
    const {file, real} = resolved;
    if (roots.some((root) => isInside(real, root))) continue;
    const start = parsed.position(bodyStart + found.start);
    const end = parsed.position(bodyStart + found.end);
    const range = {line: start.line, column: start.column, endLine: end.line, endColumn: end.column};
    const reason = outsideSiteReason(real, real !== path.resolve(file));
    findings.push(imageUnsafe.report('unsafe', {path: [], range}, {value: found.url, reason}));
  }
  return findings;
}

const folders = new Map<string, {statics: string[]; roots: string[]}>();

/**
 * The static folders, and the real folders a body's image may lead into: the
 * site, and static folders the config keeps elsewhere (a monorepo's shared
 * folder). Found once per site.
 */
function siteFolders(siteDir: string, staticDirs: readonly string[]): {statics: string[]; roots: string[]} {
  const key = [siteDir, ...staticDirs].join('\0');
  let found = folders.get(key);
  if (!found) {
    const statics = staticDirs.map((dir) => path.resolve(siteDir, dir));
    const roots = [realPath(siteDir), ...statics.filter((dir) => !isInside(dir, siteDir)).map(realPath)];
    folders.set(key, (found = {statics, roots}));
  }
  return found;
}

/** Where a file really is, symlinks followed, in one system call; undefined when it does not exist. */
function realPathOf(file: string): string | undefined {
  try {
    return realpathSync.native(file);
  } catch {
    return undefined;
  }
}

/**
 * The existing file Docusaurus makes of a body's image, as it resolves it: a
 * Markdown image as its mdx-loader does (transformImage: the path decoded,
 * `@site/` from the site, a site path from the first static folder that has
 * it, any other next to the post), an HTML image's site path from the static
 * folders, a module path as the bundler does, with where it really is.
 * Undefined when it names no file.
 */
function resolveBodyFile(
  found: BodyFile,
  postPath: string,
  siteDir: string,
  statics: readonly string[],
): {file: string; real: string} | undefined {
  const existing = (candidates: string[]) => {
    for (const file of candidates) {
      const real = realPathOf(file);
      if (real !== undefined) return {file, real};
    }
    return undefined;
  };
  if (found.kind === 'module') {
    const url = found.url;
    if (url.startsWith('@site/')) return existing([path.join(siteDir, url.slice('@site/'.length))]);
    if (url.startsWith('./') || url.startsWith('../')) return existing([path.resolve(path.dirname(postPath), url)]);
    return path.isAbsolute(url) ? existing([url]) : undefined;
  }
  let local: string;
  try {
    const parsed = parseLocalURLPath(found.url);
    if (!parsed) return undefined;
    local = decodeURIComponent(parsed.pathname);
  } catch {
    return undefined;
  }
  if (found.kind === 'html')
    return local.startsWith('/') ? existing(statics.map((dir) => path.join(dir, local))) : undefined;
  if (local.startsWith('@site/')) return existing([path.join(siteDir, local.slice('@site/'.length))]);
  if (path.isAbsolute(local)) return existing(statics.map((dir) => path.join(dir, local)));
  return existing([path.join(path.dirname(postPath), local)]);
}
