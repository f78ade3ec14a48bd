/**
 * Social cards in a real build of a small English and Arabic site: the head
 * of posts with and without their own image, the PNGs in the build, and the
 * cache (a second build with nothing changed draws no card), and the build's
 * message when the cards cannot be drawn.
 */
import {cp, mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {PNG} from 'pngjs';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {docusaurus} from '../helpers/run';
import {ROOT, buildSite, loadPage, type BuildResult} from '../helpers/site';

const FIXTURE = path.join(ROOT, 'tests/fixtures/sites/cards');
const SITE = 'https://fixture.example.org';

let siteDir: string;
let first: BuildResult;
let second: BuildResult;

beforeAll(async () => {
  // A fresh copy: its node_modules/.cache starts empty, as in a clean checkout.
  siteDir = path.join(ROOT, 'tests/.work', `cards-${process.pid}`);
  await rm(siteDir, {recursive: true, force: true});
  await mkdir(path.dirname(siteDir), {recursive: true});
  await cp(FIXTURE, siteDir, {recursive: true});
  first = await buildSite(siteDir);
  second = await buildSite(siteDir);
});

afterAll(async () => {
  await Promise.all(
    [siteDir, first?.outDir, second?.outDir].filter(Boolean).map((dir) => rm(dir, {recursive: true, force: true})),
  );
});

const output = (build: BuildResult) => build.stdout + build.stderr;

async function head(outDir: string, page: string) {
  const $ = await loadPage(outDir, page);
  const meta = (key: string) =>
    $(`meta[property="${key}"], meta[name="${key}"]`)
      .map((_, el) => $(el).attr('content'))
      .get();
  return {
    image: meta('og:image'),
    width: meta('og:image:width'),
    height: meta('og:image:height'),
    type: meta('og:image:type'),
    alt: meta('og:image:alt'),
    twitterCard: meta('twitter:card'),
    twitterImage: meta('twitter:image'),
  };
}

async function pngSize(file: string): Promise<[number, number]> {
  const png = PNG.sync.read(await readFile(file));
  return [png.width, png.height];
}

describe('a post without image', () => {
  it('has its drawn card in its head, absolute, with size, type and alt', async () => {
    expect(await head(first.outDir, '2025/01/01/no-image.html')).toEqual({
      image: [`${SITE}/img/cards/2025/01/01/no-image.png`],
      width: ['1200'],
      height: ['630'],
      type: ['image/png'],
      alt: ['Janus-Pro from DeepSeek: an open model that reads and draws'],
      twitterCard: ['summary_large_image'],
      twitterImage: [`${SITE}/img/cards/2025/01/01/no-image.png`],
    });
  });

  it("has a card per locale, with the alt in the post's language", async () => {
    expect(await head(first.outDir, 'ar/2025/01/01/no-image.html')).toMatchObject({
      image: [`${SITE}/ar/img/cards/2025/01/01/no-image.png`],
      alt: ['Janus-Pro من DeepSeek: نموذج مفتوح يقرأ الصور ويرسمها'],
      twitterImage: [`${SITE}/ar/img/cards/2025/01/01/no-image.png`],
    });
  });

  it('finds the card at that URL in the build: a 1200×630 PNG', async () => {
    expect(await pngSize(path.join(first.outDir, 'img/cards/2025/01/01/no-image.png'))).toEqual([1200, 630]);
    expect(await pngSize(path.join(first.outDir, 'ar/img/cards/2025/01/01/no-image.png'))).toEqual([1200, 630]);
  });
});

describe('a post with its own image', () => {
  it('keeps a local image, with the size and type read from the file, and gets no card', async () => {
    expect(await head(first.outDir, '2025/01/02/own-image.html')).toEqual({
      image: [`${SITE}/img/cover.png`],
      width: ['1200'],
      height: ['630'],
      type: ['image/png'],
      alt: [],
      twitterCard: ['summary_large_image'],
      twitterImage: [`${SITE}/img/cover.png`],
    });
    await expect(readFile(path.join(first.outDir, 'img/cards/2025/01/02/own-image.png'))).rejects.toThrow();
  });

  it('keeps a remote image, whose size nobody knows, and gets no card', async () => {
    expect(await head(first.outDir, '2025/01/03/remote-image.html')).toEqual({
      image: ['https://images.example.com/remote.png'],
      width: [],
      height: [],
      type: [],
      alt: [],
      twitterCard: ['summary_large_image'],
      twitterImage: ['https://images.example.com/remote.png'],
    });
  });
});

describe('the cache', () => {
  it('draws the cards of the first build', () => {
    expect(output(first)).toMatch(/Social cards \(en\): 1 drawn, 0 reused from the cache/);
    expect(output(first)).toMatch(/Social cards \(ar\): 1 drawn, 0 reused from the cache/);
  });

  it('draws nothing in a second build with no post changed, and writes the same cards', async () => {
    expect(output(second)).toMatch(/Social cards \(en\): 0 drawn, 1 reused from the cache/);
    expect(output(second)).toMatch(/Social cards \(ar\): 0 drawn, 1 reused from the cache/);
    for (const card of ['img/cards/2025/01/01/no-image.png', 'ar/img/cards/2025/01/01/no-image.png']) {
      expect(await readFile(path.join(second.outDir, card))).toEqual(await readFile(path.join(first.outDir, card)));
    }
  });
});

describe('cards that cannot be drawn', () => {
  it('stop the build with the reason and the way out, and no stack trace', async () => {
    const broken = path.join(ROOT, 'tests/.work', `cards-broken-${process.pid}`);
    const outDir = await mkdtemp(path.join(tmpdir(), 'qalam-build-'));
    try {
      await rm(broken, {recursive: true, force: true});
      await cp(FIXTURE, broken, {recursive: true});
      // A file where the card cache's folder goes: the process that draws cannot write there.
      await mkdir(path.join(broken, 'node_modules/.cache'), {recursive: true});
      await writeFile(path.join(broken, 'node_modules/.cache/qalam-cards'), '');
      const result = await docusaurus('build', broken, '--out-dir', outDir);
      const text = result.stdout + result.stderr;
      expect(result.code).toBe(1);
      expect(text).toMatch(
        /\[ERROR\] Build stopped: the social cards \(en\) could not be drawn: EEXIST: file already exists, mkdir '[^']*qalam-cards'\. Fix the cause, or turn cards off with the blog plugin's socialCards\.enabled: false\./,
      );
      expect(text).not.toMatch(/^\s+at /m);
    } finally {
      await Promise.all([broken, outDir].map((dir) => rm(dir, {recursive: true, force: true})));
    }
  });
});
