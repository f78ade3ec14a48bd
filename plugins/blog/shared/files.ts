/**
 * The file helpers of the commands and the editor schema: tests on paths, and
 * writes that never leave half a file and never overwrite a post.
 */
import {randomBytes} from 'node:crypto';
import {statSync} from 'node:fs';
import {link, mkdir, open, readFile, rename, unlink} from 'node:fs/promises';
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

/** How long a command waits for a lock before it gives up. */
const LOCK_WAIT_MS = 120_000;

/** Whether the lock was left by a command that is no longer running (its process id is in the file). */
async function isStale(lockFile: string): Promise<boolean> {
  const pid = Number((await readFile(lockFile, 'utf8').catch(() => '')).trim());
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * Runs `work` while holding a lock file, so that commands run at the same
 * moment read, change and write the same files one after the other (a
 * read-modify-write of tags.yml by two commands at once loses one's entry).
 * The lock is a file created exclusively (`wx`); a command that finds it waits
 * and retries, and takes over a lock whose command is no longer running.
 */
export async function withLock<T>(lockFile: string, work: () => Promise<T>): Promise<T> {
  await mkdir(path.dirname(lockFile), {recursive: true});
  const started = Date.now();
  for (let attempt = 0; ; attempt++) {
    try {
      const handle = await open(lockFile, 'wx');
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      break;
    } catch (error) {
      if (!isTaken(error)) throw error;
      if (await isStale(lockFile)) {
        await unlink(lockFile).catch(() => undefined);
        continue;
      }
      if (Date.now() - started > LOCK_WAIT_MS)
        throw new Error(`${lockFile} is held by another command; remove it if no command is running.`, {
          cause: error,
        });
      await new Promise((resolve) => setTimeout(resolve, Math.min(200, 10 + attempt * 10 + Math.random() * 20)));
    }
  }
  try {
    return await work();
  } finally {
    await unlink(lockFile).catch(() => undefined);
  }
}
