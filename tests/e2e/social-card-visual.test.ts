/**
 * The social card as takumi draws it, against Chromium drawing the same
 * HTML and CSS (cardHtml) with the same font files: the pixels of the text
 * must agree, apart from edge smoothing. Both PNGs and their diff are saved in
 * test-results/cards/ for a human to read.
 */
import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import pixelmatch from 'pixelmatch';
import type {Browser, Page} from 'playwright-core';
import {PNG} from 'pngjs';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {
  CARD_HEIGHT,
  CARD_WIDTH,
  cardFaces,
  cardHtml,
  createCardRenderer,
  type CardRenderer,
  type SocialCard,
} from '../../plugins/blog/cards/card';
import {CARD_FONT_FILES, fontFaceCss, loadCardFonts, readFace} from '../../plugins/blog/cards/fonts';
import {launchChromium} from '../helpers/browser';
import {SAMPLE_CARDS} from '../helpers/cards';
import {ROOT} from '../helpers/site';

const OUT = path.join(ROOT, 'test-results/cards');
/** At most this share of the text's pixels may differ. */
const MAX_DIFFERENT = 0.15;

let browser: Browser;
let page: Page;
let renderer: CardRenderer;
const FONT_ORIGIN = 'http://card-fonts.test';

beforeAll(async () => {
  renderer = await createCardRenderer(await loadCardFonts());
  browser = await launchChromium();
  page = await browser.newPage({viewport: {width: CARD_WIDTH, height: CARD_HEIGHT}, deviceScaleFactor: 1});
  await page.route(`${FONT_ORIGIN}/**`, async (route) => {
    const [family, file] = decodeURIComponent(new URL(route.request().url()).pathname).split('/').slice(1);
    const font = CARD_FONT_FILES.find((f) => f.family === family && `${f.weight}.ttf` === file);
    if (!font) await route.fulfill({status: 404});
    else
      await route.fulfill({
        body: await readFace(font),
        contentType: 'font/ttf',
        headers: {'access-control-allow-origin': '*'},
      });
  });
  await mkdir(OUT, {recursive: true});
});

afterAll(async () => {
  await browser?.close();
});

type Rect = {x: number; y: number; width: number; height: number};

/** Chromium's drawing of a (fitted) card, and where its band and logo are, which are not text. */
async function inChromium(card: SocialCard): Promise<{png: Buffer; notText: Rect[]}> {
  // The faces the card needs, as takumi loads them (a browser given all would
  // draw the same: each text names its fonts), served from their files: as
  // data: URLs the CJK fonts make a page too large to load.
  const fontCss = await fontFaceCss(
    cardFaces(card),
    (font) => `${FONT_ORIGIN}/${encodeURIComponent(font.family)}/${font.weight}.ttf`,
  );
  await page.setContent(
    `<!doctype html><html><head><style>${fontCss}\nbody{margin:0}</style></head><body>${cardHtml(card)}</body></html>`,
    {waitUntil: 'load'},
  );
  await page.evaluate(async () => {
    await Promise.all([...document.fonts].map((font) => font.load()));
    await document.fonts.ready;
  });
  const notText = await page.$$eval('.band, .logo', (elements) =>
    elements.map((e) => {
      const r = e.getBoundingClientRect();
      return {x: r.x, y: r.y, width: r.width, height: r.height};
    }),
  );
  return {png: await page.screenshot({clip: {x: 0, y: 0, width: CARD_WIDTH, height: CARD_HEIGHT}}), notText};
}

interface Comparison {
  textPixels: number;
  different: number;
  /** Different when edge smoothing counts too: for the record, not the threshold. */
  differentWithEdges: number;
  diff: PNG;
}

/**
 * Text pixels: those that differ from the card's background in either image,
 * outside the band and the logo. Different: those of them pixelmatch finds
 * different (its anti-aliasing detection leaves edge smoothing out).
 */
function compareText(a: Buffer, b: Buffer, notText: Rect[]): Comparison {
  const [one, two] = [PNG.sync.read(a), PNG.sync.read(b)];
  expect([one.width, one.height, two.width, two.height]).toEqual([CARD_WIDTH, CARD_HEIGHT, CARD_WIDTH, CARD_HEIGHT]);
  const background = [
    one.data[(10 * CARD_WIDTH + CARD_WIDTH / 2) * 4]!,
    one.data[(10 * CARD_WIDTH + CARD_WIDTH / 2) * 4 + 1]!,
    one.data[(10 * CARD_WIDTH + CARD_WIDTH / 2) * 4 + 2]!,
  ];
  for (const image of [one, two]) {
    for (const r of notText) {
      for (let y = Math.floor(r.y); y < Math.ceil(r.y + r.height); y++) {
        for (let x = Math.floor(r.x); x < Math.ceil(r.x + r.width); x++) {
          const i = (y * CARD_WIDTH + x) * 4;
          image.data.set([...background, 255], i);
        }
      }
    }
  }
  const ink = (image: PNG, i: number) =>
    Math.max(...[0, 1, 2].map((c) => Math.abs(image.data[i + c]! - background[c]!))) > 32;
  const diff = new PNG({width: CARD_WIDTH, height: CARD_HEIGHT});
  pixelmatch(one.data, two.data, diff.data, CARD_WIDTH, CARD_HEIGHT, {
    threshold: 0.1,
    diffColor: [255, 0, 0],
    aaColor: [255, 200, 0],
    alpha: 0.2,
  });
  const strict = new PNG({width: CARD_WIDTH, height: CARD_HEIGHT});
  pixelmatch(one.data, two.data, strict.data, CARD_WIDTH, CARD_HEIGHT, {
    threshold: 0.1,
    includeAA: true,
    diffColor: [255, 0, 0],
  });
  const red = (image: PNG, i: number) => image.data[i] === 255 && image.data[i + 1] === 0 && image.data[i + 2] === 0;
  let textPixels = 0;
  let different = 0;
  let differentWithEdges = 0;
  for (let i = 0; i < diff.data.length; i += 4) {
    if (!ink(one, i) && !ink(two, i)) continue;
    textPixels++;
    if (red(diff, i)) different++;
    if (red(strict, i)) differentWithEdges++;
  }
  return {textPixels, different, differentWithEdges, diff};
}

/** Pixels of strong color (the text is near black on near white) in the title's box, where the band and the logo are not. */
function coloredPixels(png: Buffer): number {
  const image = PNG.sync.read(png);
  let count = 0;
  for (let y = 160; y < 480; y++) {
    for (let x = 100; x < CARD_WIDTH - 60; x++) {
      const i = (y * CARD_WIDTH + x) * 4;
      const [r, g, b] = [image.data[i]!, image.data[i + 1]!, image.data[i + 2]!];
      if (Math.max(r, g, b) - Math.min(r, g, b) > 80) count++;
    }
  }
  return count;
}

describe('social cards: takumi draws the text as Chromium does', () => {
  it.each(Object.keys(SAMPLE_CARDS))('%s', async (name) => {
    const card = await renderer.fit(SAMPLE_CARDS[name]!);
    const takumi = await renderer.render(card);
    const chromium = await inChromium(card);
    const {textPixels, different, differentWithEdges, diff} = compareText(takumi, chromium.png, chromium.notText);
    await writeFile(path.join(OUT, `${name}-takumi.png`), takumi);
    await writeFile(path.join(OUT, `${name}-chromium.png`), chromium.png);
    await writeFile(path.join(OUT, `${name}-diff.png`), PNG.sync.write(diff));
    const share = different / textPixels;
    const percent = (n: number) => `${((n / textPixels) * 100).toFixed(1)} %`;
    console.log(
      `${name}: ${percent(different)} of ${textPixels} text pixels differ (${percent(differentWithEdges)} counting edge smoothing)`,
    );
    // A card of a title, site name, author and date has tens of thousands of text pixels.
    expect(textPixels).toBeGreaterThan(20_000);
    expect(share).toBeLessThanOrEqual(MAX_DIFFERENT);
  });

  it('draws the emoji of a title in color', async () => {
    const card = SAMPLE_CARDS.emoji!;
    const withEmoji = coloredPixels(await renderer.render(card));
    const without = coloredPixels(
      await renderer.render({...card, title: 'Launch day for open models: we did it together'}),
    );
    expect(without).toBe(0);
    expect(withEmoji).toBeGreaterThan(3000);
  });

  it('tells two different titles apart (the comparison can fail)', async () => {
    const seed = await renderer.fit(SAMPLE_CARDS.seed!);
    const other = await renderer.fit(SAMPLE_CARDS.tanween!);
    const chromium = await inChromium(other);
    const {textPixels, different} = compareText(await renderer.render(seed), chromium.png, chromium.notText);
    expect(different / textPixels).toBeGreaterThan(MAX_DIFFERENT);
  });

  it('tells Japanese Han forms from Chinese ones (the fonts follow the language)', async () => {
    const japanese = await renderer.fit({...SAMPLE_CARDS.chineseSimplified!, lang: 'ja', locale: 'ja'});
    const chinese = await renderer.fit(SAMPLE_CARDS.chineseSimplified!);
    const chromium = await inChromium(chinese);
    const {textPixels, different} = compareText(await renderer.render(japanese), chromium.png, chromium.notText);
    expect(different / textPixels).toBeGreaterThan(0.01);
  });

  it('tells a right-to-left card from its unmirrored twin', async () => {
    const rtl = await renderer.fit(SAMPLE_CARDS.latinFirst!);
    const chromium = await inChromium({...rtl, dir: 'ltr'});
    const {textPixels, different} = compareText(await renderer.render(rtl), chromium.png, chromium.notText);
    expect(different / textPixels).toBeGreaterThan(MAX_DIFFERENT);
  });
});
