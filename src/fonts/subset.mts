/**
 * The Arabic web font, cut in two by what a page needs. Fontsource's Arabic
 * file of Noto Naskh Arabic (52 KB) covers every Arabic-script block: the
 * Arabic block that Arabic, Persian and Urdu are written in, and the
 * supplements, Extended-A/B, presentation forms and mathematical letters that
 * few pages use. Split along the blocks, with a `unicode-range` each, a page in
 * Arabic downloads only the first file (25 KB) and the first paint waits on
 * half the bytes; a page that uses a letter of the rest downloads it too.
 *
 * Both files are made from the installed @fontsource package with hb-subset
 * (harfbuzzjs, through subset-font), which keeps the shaping tables (joining
 * forms, marks, ligatures) of the letters it keeps. The split never cuts a
 * word of one language in two: every letter of Arabic, Persian and Urdu is in
 * the first file.
 *
 *   npm run fonts            # writes src/fonts/ (the files, their CSS, the licence)
 *
 * tests/unit/fonts.test.ts checks that the files here are what this makes from
 * the installed package, so an upgrade of the package says when to run it.
 */
import {readFile, writeFile} from 'node:fs/promises';
import {createRequire} from 'node:module';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import fontverter from 'fontverter';
import {Blob, Face} from 'harfbuzzjs';
import subsetFont from 'subset-font';

const require = createRequire(import.meta.url);
const FAMILY = 'Noto Naskh Arabic';
const SOURCE = '@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff2';
const LICENSE = '@fontsource/noto-naskh-arabic/LICENSE';
export const FONTS_DIR = import.meta.dirname;

/**
 * The first file: the Arabic block (U+0600–06FF) and the joiners, marks and
 * punctuation Arabic text uses. Other code points of the font go to the second.
 */
const CORE: readonly [number, number][] = [
  [0x0600, 0x06ff],
  [0x200c, 0x200f],
  [0x2010, 0x2011],
  [0x204f, 0x204f],
  [0x2e41, 0x2e41],
];

/** What the Arabic text of a page never needs from this font: Latin runs fall back to the system font. */
const isLatin = (cp: number) => cp < 0x0600;
const inCore = (cp: number) => CORE.some(([a, b]) => cp >= a && cp <= b);

/** `U+600-6FF, U+200C-200F`: consecutive code points as CSS ranges. */
export function unicodeRange(codePoints: readonly number[]): string {
  const sorted = [...codePoints].sort((a, b) => a - b);
  const ranges: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    const hex = (n: number) => n.toString(16).toUpperCase();
    ranges.push(i === j ? `U+${hex(sorted[i]!)}` : `U+${hex(sorted[i]!)}-${hex(sorted[j]!)}`);
    i = j + 1;
  }
  return ranges.join(', ');
}

/** The code points a font file maps to glyphs. */
export async function codePointsOf(font: Uint8Array): Promise<number[]> {
  const sfnt = await fontverter.convert(Buffer.from(font), 'sfnt');
  return [...new Face(new Blob(sfnt)).collectUnicodes()];
}

export interface FontPart {
  file: string;
  codePoints: number[];
}

/** The files of src/fonts/ by name, as made from the installed package. */
export async function makeFonts(): Promise<Map<string, Buffer>> {
  const source = await readFile(require.resolve(SOURCE));
  const all = (await codePointsOf(source)).filter((cp) => !isLatin(cp));
  const parts: FontPart[] = [
    {file: 'noto-naskh-arabic-400-arabic.woff2', codePoints: all.filter(inCore)},
    {file: 'noto-naskh-arabic-400-arabic-more.woff2', codePoints: all.filter((cp) => !inCore(cp))},
  ];
  const files = new Map<string, Buffer>();
  const faces: string[] = [];
  // Naskh at the Latin size looks small beside Latin: its alef is 0.671 em high
  // where Latin ascenders are 0.73 to 0.76 em (DejaVu Sans 0.760, Liberation
  // Sans 0.729, Roboto 0.733; measured with harfbuzzjs), and its letter bodies
  // (0.34 to 0.43 em) sit well under a Latin x-height of 0.53. Scaled by 110 %,
  // the alef meets the Latin ascender and Arabic and Latin words read at one size.
  const SIZE_ADJUST = '110%';
  for (const part of parts) {
    const text = String.fromCodePoint(...part.codePoints);
    files.set(part.file, Buffer.from(await subsetFont(source, text, {targetFormat: 'woff2'})));
    faces.push(
      [
        '@font-face {',
        `  font-family: '${FAMILY}';`,
        '  font-style: normal;',
        '  font-weight: 400;',
        '  font-display: swap;',
        `  size-adjust: ${SIZE_ADJUST};`,
        `  src: url(./${part.file}) format('woff2');`,
        `  unicode-range: ${unicodeRange(part.codePoints)};`,
        '}',
      ].join('\n'),
    );
  }
  const header = `/* ${FAMILY} 400, from @fontsource/noto-naskh-arabic, in two files by Unicode block. Made by src/fonts/subset.mts (npm run fonts); do not edit. Licence: OFL.txt. */`;
  files.set('noto-naskh-arabic.css', Buffer.from(`${header}\n${faces.join('\n\n')}\n`));
  files.set('OFL.txt', await readFile(require.resolve(LICENSE)));
  return files;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const [name, bytes] of await makeFonts()) {
    await writeFile(path.join(FONTS_DIR, name), bytes);
    console.log(`${path.join('src/fonts', name)}: ${(bytes.length / 1024).toFixed(1)} KB`);
  }
}
