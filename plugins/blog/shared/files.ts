/**
 * The file helpers of the commands and the editor schema: tests on paths, and
 * writes that never leave half a file and never overwrite a post.
 */
import {randomBytes} from 'node:crypto';
import {statSync} from 'node:fs';
import {link, mkdir, open, rename, unlink} from 'node:fs/promises';
import path from 'node:path';

export function isDirectory(dir: string): boolean {
  return statSync(dir, {throwIfNoEntry: false})?.isDirectory() ?? false;
}

export function exists(file: string): boolean {
  return statSync(file, {throwIfNoEntry: false}) !== undefined;
}

/**
 * `file` relative to `dir`, with forward slashes, as the checker's reports
 * show paths. (@docusaurus/utils has posixPath, but loading its index adds
 * half a second to every command's start.)
 */
export function relativePath(dir: string, file: string): string {
  return path.relative(dir, file).split(path.sep).join('/');
}

const tempName = (dest: string) =>
  path.join(path.dirname(dest), `.${path.basename(dest)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);

async function writeTemp(dest: string, text: string): Promise<string> {
  const tmp = tempName(dest);
  const handle = await open(tmp, 'wx');
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } catch (error) {
    await handle.close();
    await unlink(tmp).catch(() => undefined);
    throw error;
  }
  await handle.close();
  return tmp;
}

const isTaken = (error: unknown) => (error as NodeJS.ErrnoException).code === 'EEXIST';

/** Codes of file systems that have no hard links. */
const NO_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS']);

/**
 * Writes a new file, or nothing, and says which: false when the name is taken.
 * The text goes to a temporary file in the same folder, which is then
 * hard-linked to its name. A link fails when the name exists (EEXIST), so an
 * existing file is never replaced, not even by a command run at the same
 * moment, and nobody ever sees half a file.
 */
export async function writeNewFile(dest: string, text: string): Promise<boolean> {
  await mkdir(path.dirname(dest), {recursive: true});
  const tmp = await writeTemp(dest, text);
  try {
    await link(tmp, dest);
    return true;
  } catch (error) {
    if (isTaken(error)) return false;
    if (!NO_LINKS.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
    return await createExclusive(dest, text);
  } finally {
    await unlink(tmp).catch(() => undefined);
  }
}

/** Without hard links: an exclusive create, removed again when the write fails. */
async function createExclusive(dest: string, text: string): Promise<boolean> {
  let handle;
  try {
    handle = await open(dest, 'wx');
  } catch (error) {
    if (isTaken(error)) return false;
    throw error;
  }
  try {
    await handle.writeFile(text, 'utf8');
    await handle.close();
    return true;
  } catch (error) {
    await handle.close().catch(() => undefined);
    await unlink(dest).catch(() => undefined);
    throw error;
  }
}

/** Replaces a file in one step (write aside, then rename over it). */
export async function replaceFile(dest: string, text: string): Promise<void> {
  const tmp = await writeTemp(dest, text);
  try {
    await rename(tmp, dest);
  } catch (error) {
    await unlink(tmp).catch(() => undefined);
    throw error;
  }
}
