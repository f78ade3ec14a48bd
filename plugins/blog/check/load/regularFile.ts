/**
 * Reads only regular files, and never waits for ever: a tags.yml that is a
 * named pipe (FIFO) blocks a plain read until something writes to it, a device
 * never ends. The file is opened without blocking and judged by what was
 * opened (no race between a check and the read), refused unread above its
 * size limit, and its read is given up after a time limit (a hung network
 * drive).
 */
import {constants, type Stats} from 'node:fs';
import {open} from 'node:fs/promises';

/** No local read of a registry takes this long. */
const READ_TIMEOUT_MS = 10_000;

export type RegularRead =
  | {kind: 'missing'}
  | {kind: 'bytes'; bytes: Buffer}
  | {kind: 'tooLarge'; size: number}
  | {kind: 'notRegular'; what: string}
  | {kind: 'failed'; reason: string};

/** What a file is when it is not a regular file, in words; undefined for a regular file. */
export function irregularKind(stats: Stats): string | undefined {
  if (stats.isFile()) return undefined;
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isDirectory()) return 'a folder';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

export async function readRegularFile(file: string, maxBytes: number): Promise<RegularRead> {
  let handle;
  try {
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? {kind: 'missing'} : {kind: 'failed', reason: code ?? 'error'};
  }
  try {
    const stats = await handle.stat();
    const what = irregularKind(stats);
    if (what) return {kind: 'notRegular', what};
    if (stats.size > maxBytes) return {kind: 'tooLarge', size: stats.size};
    const bytes = await handle.readFile({signal: AbortSignal.timeout(READ_TIMEOUT_MS)});
    // A file that grew since its size was read.
    return bytes.length > maxBytes ? {kind: 'tooLarge', size: bytes.length} : {kind: 'bytes', bytes};
  } catch (error) {
    const timedOut = (error as Error).name === 'TimeoutError' || (error as Error).name === 'AbortError';
    return {
      kind: 'failed',
      reason: timedOut
        ? `not read within ${READ_TIMEOUT_MS / 1000} s`
        : ((error as NodeJS.ErrnoException).code ?? 'error'),
    };
  } finally {
    await handle.close();
  }
}
