/**
 * The only I/O of the image checks: whether each local image exists, its size,
 * and its format and pixel size read from the first bytes of the file. Never
 * throws: what cannot be read is reported by checkImage as missing or unknown.
 */
import {existsSync} from 'node:fs';
import {open, stat} from 'node:fs/promises';
import {isInside, realPath} from '../parse/safeFrontMatter';
import {imageSize} from 'image-size';
import type {ImageFacts} from '../context';
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
