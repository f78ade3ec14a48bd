/**
 * The child process in which a build draws its social cards
 * (cards/child.ts starts it through bin/run.mjs): the cards to draw as
 * JSON on stdin, their PNGs written into the card cache, nothing on stdout.
 * When a card cannot be drawn, exit 1 and the reason on one line of stderr,
 * which the build shows. Its memory, takumi's native memory included, goes
 * back to the system when it exits.
 */
import {availableParallelism, setPriority} from 'node:os';
import {createCardRenderer, type CardRenderer} from '../cards/card';
import {unpackRequest, type DrawRequest} from '../cards/child';
import {createCardStore} from '../cards/files';
import {loadCardFonts} from '../cards/fonts';
import {eachConcurrently} from '../shared/concurrently';
import {firstLine} from '../shared/text';
import {parseCommandLine, readInput, Refusal, runCommand} from './cli';

async function main(): Promise<void> {
  parseCommandLine({usage: 'usage: run.mjs drawCards < cards.json (cards/child.ts starts it)', options: {}});
  try {
    await draw();
  } catch (error) {
    // Exit 1 with the reason alone: cards/child.ts puts it in the build's message.
    throw new Refusal([firstLine(error)]);
  }
}

async function draw(): Promise<void> {
  // Bundling and rendering the pages come first; the cards take the cores
  // they leave idle. Threads started from now on (takumi's) inherit it.
  try {
    setPriority(10);
  } catch {
    // Not allowed here: draw at the build's priority.
  }
  const request = JSON.parse(await readInput()) as DrawRequest;
  const jobs = unpackRequest(request);
  let renderer: Promise<CardRenderer> | undefined;
  const store = createCardStore(request.cacheDir, () => (renderer ??= loadCardFonts().then(createCardRenderer)));
  await eachConcurrently(jobs, availableParallelism(), async (job) => {
    await store.get(job);
  });
}

runCommand('drawCards', main);
