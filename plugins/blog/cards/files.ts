/**
 * The I/O of social cards: the logo file, the cache of drawn cards (one PNG
 * per hash of what a card shows, so a rebuild with no post changed draws
 * nothing), the PNGs in the build, and the dev server's answers.
 */
import {copyFile, mkdir, readFile, rename, writeFile} from 'node:fs/promises';
import type {IncomingMessage, ServerResponse} from 'node:http';
import path from 'node:path';
import type {CardRenderer} from './card';
import type {CardJob} from './posts';
import {eachConcurrently} from '../shared/concurrently';

/** Where drawn cards are kept between builds; `docusaurus clear` empties it. */
export const CACHE_FOLDER = 'node_modules/.cache/qalam-cards';

const MIME: Record<string, string> = {
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
};

/**
 * The logo as a data: URL, from a site path (`/img/logo.svg`, `img/logo.svg`)
 * looked up in the static folders. Undefined when it is remote, of a format
 * the card cannot show, or not there.
 */
export async function loadLogo(src: string | undefined, staticDirs: readonly string[]): Promise<string | undefined> {
  if (!src || /^[a-z][a-z\d+.-]*:/i.test(src) || src.startsWith('//')) return undefined;
  const mime = MIME[path.extname(src.replace(/[?#].*$/, '')).toLowerCase()];
  if (!mime) return undefined;
  let relative: string;
  try {
    relative = decodeURIComponent(src.replace(/[?#].*$/, '')).replace(/^\/+/, '');
  } catch {
    return undefined;
  }
  for (const dir of staticDirs) {
    const file = path.resolve(dir, relative);
    if (path.relative(dir, file).startsWith('..')) continue;
    try {
      return `data:${mime};base64,${(await readFile(file)).toString('base64')}`;
    } catch {
      // not in this folder
    }
  }
  return undefined;
}

export interface CardStore {
  /** The card's PNG, from the cache or drawn (and then cached). */
  get(job: Pick<CardJob, 'hash' | 'card'>): Promise<{png: Buffer; drawn: boolean}>;
  /** The cached file of a hash, whether it exists or not. */
  fileOf(hash: string): string;
}

export function createCardStore(cacheDir: string, renderer: () => Promise<CardRenderer>): CardStore {
  const drawing = new Map<string, Promise<Buffer>>();
  const fileOf = (hash: string) => path.join(cacheDir, `${hash}.png`);
  return {
    fileOf,
    async get(job) {
      try {
        return {png: await readFile(fileOf(job.hash)), drawn: false};
      } catch {
        // not drawn yet
      }
      let pending = drawing.get(job.hash);
      if (!pending) {
        pending = (async () => {
          const png = await (await renderer()).render(job.card);
          await mkdir(cacheDir, {recursive: true});
          // Written whole, then renamed: a build that stops halfway leaves no half PNG in the cache.
          const temporary = `${fileOf(job.hash)}.${process.pid}.tmp`;
          await writeFile(temporary, png);
          await rename(temporary, fileOf(job.hash));
          return png;
        })();
        drawing.set(job.hash, pending);
        pending.finally(() => drawing.delete(job.hash)).catch(() => {});
      }
      return {png: await pending, drawn: true};
    },
  };
}

/** Cards copied at once: the work is the file system's, not the processor's. */
const COPIES_IN_FLIGHT = 16;

/**
 * Writes every card of a locale into its build folder: a copy of the cached
 * file, each folder made once; a card the cache lost since it was drawn is
 * drawn here.
 */
export async function writeCards(
  jobs: readonly CardJob[],
  outDir: string,
  store: CardStore,
): Promise<{drawn: number; reused: number}> {
  let drawn = 0;
  const folders = new Map<string, Promise<unknown>>();
  const folder = (dir: string) => {
    let made = folders.get(dir);
    if (!made) folders.set(dir, (made = mkdir(dir, {recursive: true})));
    return made;
  };
  await eachConcurrently(jobs, COPIES_IN_FLIGHT, async (job) => {
    const target = path.join(outDir, ...job.file.split('/'));
    await folder(path.dirname(target));
    try {
      await copyFile(store.fileOf(job.hash), target);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    const {png, drawn: isNew} = await store.get(job);
    if (isNew) drawn++;
    await writeFile(target, png);
  });
  return {drawn, reused: jobs.length - drawn};
}

type Next = (error?: unknown) => void;

/**
 * The dev server's answer to a card's URL: drawn on the first request (then
 * cached), for the posts as last loaded. Other URLs go on to Docusaurus.
 */
export function cardMiddleware(jobs: () => ReadonlyMap<string, CardJob>, store: CardStore) {
  return (req: IncomingMessage, res: ServerResponse, next: Next): void => {
    let pathname: string;
    try {
      pathname = decodeURI(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      next();
      return;
    }
    const job = jobs().get(pathname);
    if (!job || (req.method !== 'GET' && req.method !== 'HEAD')) {
      next();
      return;
    }
    store.get(job).then(
      ({png}) => {
        res.writeHead(200, {'content-type': 'image/png', 'content-length': png.length, 'cache-control': 'no-cache'});
        res.end(req.method === 'HEAD' ? undefined : png);
      },
      (error: unknown) => next(error),
    );
  };
}
