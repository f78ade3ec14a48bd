/**
 * A build's cards drawn in a short-lived child process (commands/drawCards.ts), never
 * in the build's own process.
 *
 * Why: takumi keeps the native memory it takes while drawing (about 40 MB
 * after 80 cards, measured; dropping the renderer gives none of it back), and
 * Docusaurus builds every locale in one process. Drawn in-process, that memory
 * stayed under the next locale's bundling and page rendering, where the build
 * reaches its peak, and raised it by as much. A child gives it all back when it
 * exits. The build starts it once the posts are loaded: it draws (about a
 * second for 80 cards, some 80 MB) while bundling begins, far below the peak
 * that page rendering reaches later, and postBuild only copies from the cache.
 *
 * The dev server does not come here: it draws a card when its URL is asked for.
 */
import {access} from 'node:fs/promises';
import {pluginCommand, runInChild} from '../shared/child';
import type {SocialCard} from './card';
import type {CardStore} from './files';
import type {CardJob} from './posts';

/** What the child reads on its stdin: the cards to draw, each logo (a data: URL, often the same for all) sent once. */
export interface DrawRequest {
  cacheDir: string;
  logos: string[];
  jobs: {hash: string; card: Omit<SocialCard, 'logo'>; logo?: number}[];
}

export type DrawJob = Pick<CardJob, 'hash' | 'card'>;

export function packRequest(cacheDir: string, jobs: readonly DrawJob[]): DrawRequest {
  const logos: string[] = [];
  return {
    cacheDir,
    logos,
    jobs: jobs.map(({hash, card: {logo, ...card}}) => {
      if (logo === undefined) return {hash, card};
      let index = logos.indexOf(logo);
      if (index < 0) index = logos.push(logo) - 1;
      return {hash, card, logo: index};
    }),
  };
}

export function unpackRequest(request: DrawRequest): DrawJob[] {
  return request.jobs.map(({hash, card, logo}) => ({
    hash,
    card: logo === undefined ? card : {...card, logo: request.logos[logo]!},
  }));
}

/** The jobs whose card the cache does not hold, one per hash. */
export async function missingFromCache<J extends Pick<CardJob, 'hash'>>(
  jobs: readonly J[],
  store: Pick<CardStore, 'fileOf'>,
): Promise<J[]> {
  const byHash = new Map(jobs.map((job) => [job.hash, job]));
  const present = await Promise.all(
    [...byHash.keys()].map((hash) =>
      access(store.fileOf(hash)).then(
        () => true,
        () => false,
      ),
    ),
  );
  return [...byHash.values()].filter((_, i) => !present[i]);
}

/** The command that draws: commands/drawCards.ts, bundled by bin/run.mjs as the plugin's other commands are. */
const DRAW_COMMAND: readonly string[] = pluginCommand('drawCards');

/**
 * Draws the cards into the cache in a child process, and resolves when it
 * has exited. Rejects with the child's one-line reason when it fails.
 */
export async function drawInChild(
  jobs: readonly DrawJob[],
  cacheDir: string,
  command: readonly string[] = DRAW_COMMAND,
): Promise<void> {
  if (jobs.length === 0) return;
  await runInChild(command, JSON.stringify(packRequest(cacheDir, jobs)), 'the drawing process');
}
