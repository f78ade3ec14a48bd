import {readFile, readdir} from 'node:fs/promises';
import {createRequire} from 'node:module';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {codePointsOf, FONTS_DIR, makeFonts, unicodeRange} from '../../src/fonts/subset.mjs';

const require = createRequire(import.meta.url);
let made: Map<string, Buffer>;

beforeAll(async () => {
  made = await makeFonts();
}, 60_000);

describe('the Arabic web font', () => {
  it('is what `npm run fonts` makes from the installed @fontsource package (run it after an upgrade)', async () => {
    const onDisk = (await readdir(FONTS_DIR)).filter((f) => !/\.m?ts$/.test(f)).sort();
    expect(onDisk).toEqual([...made.keys()].sort());
    for (const [name, bytes] of made)
      expect((await readFile(path.join(FONTS_DIR, name))).equals(bytes), name).toBe(true);
  });

  it('keeps every Arabic-script letter of the package, each in one file, the Arabic block in the first', async () => {
    const source = await readFile(
      require.resolve('@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff2'),
    );
    const wanted = (await codePointsOf(source)).filter((cp) => cp >= 0x600);
    const first = (await codePointsOf(made.get('noto-naskh-arabic-400-arabic.woff2')!)).filter((cp) => cp >= 0x600);
    const second = (await codePointsOf(made.get('noto-naskh-arabic-400-arabic-more.woff2')!)).filter(
      (cp) => cp >= 0x600,
    );
    expect([...first, ...second].sort((a, b) => a - b)).toEqual(wanted.sort((a, b) => a - b));
    expect(first.filter((cp) => second.includes(cp))).toEqual([]);
    // Every letter of Arabic, Persian and Urdu: no word is shaped from two files.
    for (const letter of 'ءابتثجحخدذرزسشصضطظعغفقكلمنهويةىپچژگکیےڈڑںھۃ٠١٢٣۴۵۶')
      expect(first, letter).toContain(letter.codePointAt(0));
  });

  it('downloads the rarer letters only where a page uses them (unicode-range)', () => {
    const css = made.get('noto-naskh-arabic.css')!.toString();
    const ranges = [...css.matchAll(/src: url\(\.\/([^)]+)\)[^;]*;\s*unicode-range: ([^;]+);/g)].map((m) => [
      m[1],
      m[2],
    ]);
    expect(ranges).toEqual([
      ['noto-naskh-arabic-400-arabic.woff2', expect.stringMatching(/^U\+600-6FF, U\+200C-200E/)],
      ['noto-naskh-arabic-400-arabic-more.woff2', expect.stringMatching(/^U\+750-77F, /)],
    ]);
    expect(made.get('noto-naskh-arabic-400-arabic.woff2')!.length).toBeLessThan(30 * 1024);
  });

  it('writes consecutive code points as CSS ranges', () => {
    expect(unicodeRange([0x602, 0x600, 0x601, 0x200c, 0x2e41])).toBe('U+600-602, U+200C, U+2E41');
  });
});
