/**
 * A build's cards drawn in a child process (cards/child.ts, commands/drawCards.ts):
 * the real command, started as a build starts it, drawing into a cache folder.
 */
import {mkdtemp, readFile, readdir, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {PNG} from 'pngjs';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {cardHash, type SocialCard} from '../../plugins/blog/cards/card';
import {drawInChild, missingFromCache, packRequest, unpackRequest, type DrawJob} from '../../plugins/blog/cards/child';
import {createCardStore, writeCards} from '../../plugins/blog/cards/files';
import type {CardJob} from '../../plugins/blog/cards/posts';
import {SAMPLE_CARDS} from '../helpers/cards';

const job = (card: SocialCard): DrawJob => ({card, hash: cardHash(card, 'test-fonts')});
const {logo: _, ...withoutLogo} = SAMPLE_CARDS.latinFirst!;
const JOBS = [job(SAMPLE_CARDS.seed!), job(SAMPLE_CARDS.hebrew!), job(withoutLogo)];

let work: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'qalam-card-child-'));
});

afterAll(async () => {
  await rm(work, {recursive: true, force: true});
});

describe('the request to the child', () => {
  it('sends each logo once and gives every card its own back', () => {
    const request = packRequest('/cache', JOBS);
    expect(request.logos).toEqual([SAMPLE_CARDS.seed!.logo]);
    expect(request.jobs.map((j) => j.logo)).toEqual([0, 0, undefined]);
    expect(unpackRequest(JSON.parse(JSON.stringify(request)))).toStrictEqual(JOBS);
  });
});

describe('drawInChild', () => {
  it('draws the missing cards into the cache, as the build process would', async () => {
    const cacheDir = path.join(work, 'cache');
    const store = createCardStore(cacheDir, () => Promise.reject(new Error('the test process must not draw')));
    expect(await missingFromCache(JOBS, store)).toHaveLength(3);
    await drawInChild(await missingFromCache(JOBS, store), cacheDir);
    expect(await missingFromCache(JOBS, store)).toEqual([]);
    expect((await readdir(cacheDir)).sort()).toEqual(JOBS.map((j) => `${j.hash}.png`).sort());
    for (const {hash} of JOBS) {
      const png = PNG.sync.read(await readFile(store.fileOf(hash)));
      expect([png.width, png.height]).toEqual([1200, 630]);
    }
    // The store now reads them from the cache: nothing is drawn in this process.
    expect((await store.get(JOBS[0]!)).drawn).toBe(false);
  });

  it('asks once per hash, however many posts share a card', async () => {
    const twice = [JOBS[0]!, {...JOBS[0]!}];
    expect(await missingFromCache(twice, {fileOf: (hash) => path.join(work, 'nowhere', hash)})).toHaveLength(1);
  });

  it('starts no process when there is nothing to draw', async () => {
    await expect(drawInChild([], path.join(work, 'unused'), ['/no/such/command'])).resolves.toBeUndefined();
  });

  it('rejects with the one-line reason when the child fails', async () => {
    const notAFolder = path.join(work, 'a-file');
    await writeFile(notAFolder, '');
    const error = await drawInChild(JOBS.slice(0, 1), notAFolder).catch((e: unknown) => e as Error);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/^(EEXIST|ENOTDIR): .*a-file/);
    expect((error as Error).message).not.toMatch(/\n|\bat /);
  });

  it('runs at the lowest priority, given its work only then: the build keeps the cores it needs', async () => {
    const seen = path.join(work, 'priority');
    // A stand-in for the command: once it has read its work, it notes its priority.
    const script = `let input = ''; process.stdin.on('data', (c) => (input += c)).on('end', () => require('node:fs').writeFileSync(${JSON.stringify(seen)}, String(require('node:os').getPriority())));`;
    await drawInChild(JOBS.slice(0, 1), path.join(work, 'unused'), [process.execPath, '-e', script]);
    expect(Number(await readFile(seen, 'utf8'))).toBe(19);
  });

  it('rejects with a clear reason when the command cannot start', async () => {
    await expect(drawInChild(JOBS.slice(0, 1), path.join(work, 'unused'), ['/no/such/command'])).rejects.toThrow(
      'the drawing process could not start (spawn /no/such/command ENOENT)',
    );
  });
});

describe("postBuild's copy of the cards into the build", () => {
  it('copies each cached card to its file, and draws the one the cache lost since', async () => {
    const cacheDir = path.join(work, 'copy-cache');
    const outDir = path.join(work, 'copy-out');
    const drawnHere: string[] = [];
    const store = createCardStore(cacheDir, () =>
      Promise.resolve({
        fontDigest: 'test-fonts',
        fit: (card) => Promise.resolve(card),
        render: (card) => {
          drawnHere.push(card.title);
          return Promise.resolve(Buffer.from(`drawn: ${card.title}`));
        },
      }),
    );
    const jobs: CardJob[] = JOBS.map((drawJob, i) => ({
      ...drawJob,
      file: `img/cards/2025/0${i + 1}/29/post-${i}.png`,
      pathname: `/img/cards/2025/0${i + 1}/29/post-${i}.png`,
    }));
    // The first two are in the cache; the third is not.
    await store.get(jobs[0]!);
    await store.get(jobs[1]!);
    drawnHere.length = 0;
    expect(await writeCards(jobs, outDir, store)).toEqual({drawn: 1, reused: 2});
    expect(drawnHere).toEqual([jobs[2]!.card.title]);
    for (const job of jobs) {
      expect((await readFile(path.join(outDir, job.file))).toString()).toBe(`drawn: ${job.card.title}`);
    }
  });
});
