/**
 * Time to draw one social card: the median (and spread) over N cards of
 * different titles, with fonts loaded and the renderer warm, as a build draws
 * them one after another. Fitting the title (takumi's measure) is included.
 * The titles go through every script the cards draw (tests/helpers/cards.ts),
 * so every font is loaded: the process's peak memory is that of a card child
 * drawing a site of every script.
 *
 *   npx tsx bench/cards.ts [N=50]
 */
import {performance} from 'node:perf_hooks';
import {createCardRenderer, type SocialCard} from '../plugins/blog/cards/card';
import {loadCardFonts} from '../plugins/blog/cards/fonts';
import {SAMPLE_CARDS} from '../tests/helpers/cards';

const count = Number(process.argv[2] ?? 50);
const samples = Object.values(SAMPLE_CARDS);
// Each card a different title (a number added), so no cache of takumi's can answer.
const cards: SocialCard[] = Array.from({length: count}, (_, i) => {
  const sample = samples[i % samples.length]!;
  return {...sample, title: `${sample.title} ${i + 1}`};
});

async function main(): Promise<void> {
  const fonts = await loadCardFonts();
  const renderer = await createCardRenderer(fonts);
  // Warm-up: every font loaded (each on the first card that needs it), glyph caches, lazy setup.
  for (const sample of samples) await renderer.render(sample);

  const times: number[] = [];
  let bytes = 0;
  for (const card of cards) {
    const start = performance.now();
    const png = await renderer.render(card);
    times.push(performance.now() - start);
    bytes += png.length;
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  const result = {
    cards: count,
    medianMs: Number(at(0.5).toFixed(1)),
    p10Ms: Number(at(0.1).toFixed(1)),
    p90Ms: Number(at(0.9).toFixed(1)),
    meanKb: Number((bytes / count / 1024).toFixed(1)),
    maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    node: process.version,
  };
  console.log(JSON.stringify(result));
}

void main();
