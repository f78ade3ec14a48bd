/**
 * The fonts of the social cards, from npm packages (no font from a CDN, none
 * from the system, so a card looks the same on every machine), and which
 * characters of a text none of them can draw.
 *
 * Coverage comes from each font's own character map (the TrueType `cmap`
 * table): what the font maps to a glyph, it draws. Shaping may still pick other
 * glyphs (ligatures, positional forms), but only from characters the cmap has.
 */
import {createHash} from 'node:crypto';
import {readFile} from 'node:fs/promises';
import {createRequire} from 'node:module';
import path from 'node:path';

const require = createRequire(__filename);

export interface CardFontFile {
  /** The family name the card's CSS uses, in takumi and in Chromium alike. */
  family: string;
  weight: 400 | 700;
  /** npm package and the file inside it. */
  package: string;
  file: string;
}

export interface CardFont extends CardFontFile {
  data: Buffer;
  /** Code points the font maps to a glyph. */
  coverage: ReadonlySet<number>;
}

export const ARABIC_FAMILY = 'Qalam Card Naskh';
export const HEBREW_FAMILY = 'Qalam Card Hebrew';

/**
 * Noto Naskh Arabic has Arabic (with Persian and Urdu letters), Latin, digits
 * and punctuation; Noto Sans Hebrew adds Hebrew. Two weights each: the title is
 * bold, the rest regular.
 */
export const CARD_FONT_FILES: readonly CardFontFile[] = [
  {
    family: ARABIC_FAMILY,
    weight: 400,
    package: '@expo-google-fonts/noto-naskh-arabic',
    file: '400Regular/NotoNaskhArabic_400Regular.ttf',
  },
  {
    family: ARABIC_FAMILY,
    weight: 700,
    package: '@expo-google-fonts/noto-naskh-arabic',
    file: '700Bold/NotoNaskhArabic_700Bold.ttf',
  },
  {
    family: HEBREW_FAMILY,
    weight: 400,
    package: '@expo-google-fonts/noto-sans-hebrew',
    file: '400Regular/NotoSansHebrew_400Regular.ttf',
  },
  {
    family: HEBREW_FAMILY,
    weight: 700,
    package: '@expo-google-fonts/noto-sans-hebrew',
    file: '700Bold/NotoSansHebrew_700Bold.ttf',
  },
];

/** The font stack of a card: the fonts of the text's own script first, so Latin words in a Hebrew title match the Hebrew letters. */
export function fontStack(text: string): string[] {
  return /\p{Script=Hebrew}/u.test(text) && !/\p{Script=Arabic}/u.test(text)
    ? [HEBREW_FAMILY, ARABIC_FAMILY]
    : [ARABIC_FAMILY, HEBREW_FAMILY];
}

function fontFilePath(font: CardFontFile): string {
  return path.join(path.dirname(require.resolve(`${font.package}/package.json`)), font.file);
}

let loaded: Promise<CardFont[]> | undefined;

/** Reads the font files once per process. */
export function loadCardFonts(): Promise<CardFont[]> {
  loaded ??= Promise.all(
    CARD_FONT_FILES.map(async (font) => {
      const data = await readFile(fontFilePath(font));
      return {...font, data, coverage: cmapCoverage(data)};
    }),
  );
  return loaded;
}

/** A digest of the font files' bytes: a new font version draws every card again. */
export function fontsDigest(fonts: readonly CardFont[]): string {
  const hash = createHash('sha256');
  for (const font of fonts) hash.update(`${font.family}/${font.weight}\0`).update(font.data);
  return hash.digest('hex');
}

/** The union of the fonts' coverage. */
export function combinedCoverage(fonts: readonly {coverage: ReadonlySet<number>}[]): ReadonlySet<number> {
  const all = new Set<number>();
  for (const font of fonts) for (const cp of font.coverage) all.add(cp);
  return all;
}

/**
 * Characters that take no glyph: spaces, line breaks, joiners, direction
 * marks and isolates, variation selectors. A font need not map them, and the
 * renderer draws nothing for them.
 */
const DRAWS_NOTHING =
  /[\p{White_Space}\p{Cc}\u200B-\u200F\u202A-\u202E\u2060-\u2069\u061C\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/u;

/** The distinct characters of `text` that no font covers, in order of appearance. */
export function missingCharacters(text: string, coverage: ReadonlySet<number>): string[] {
  const missing: string[] = [];
  for (const char of text.normalize('NFC')) {
    if (DRAWS_NOTHING.test(char) || coverage.has(char.codePointAt(0)!)) continue;
    if (!missing.includes(char)) missing.push(char);
  }
  return missing;
}

/** `text` without the characters no font covers (and the spaces they leave doubled). */
export function drawableText(text: string, coverage: ReadonlySet<number>): string {
  const missing = new Set(missingCharacters(text, coverage));
  if (!missing.size) return text.normalize('NFC');
  return [...text.normalize('NFC')]
    .filter((char) => !missing.has(char))
    .join('')
    .replace(/\s{2,}/gu, ' ')
    .trim();
}

/**
 * The code points a TrueType/OpenType font maps, from its `cmap` table. Reads
 * the Unicode subtables of format 4 (the Basic Multilingual Plane) and 12 (all
 * planes), which every font of the Noto family carries.
 */
export function cmapCoverage(font: Uint8Array): Set<number> {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const numTables = view.getUint16(4);
  let cmap = -1;
  for (let i = 0; i < numTables; i++) {
    const record = 12 + i * 16;
    if (String.fromCharCode(font[record]!, font[record + 1]!, font[record + 2]!, font[record + 3]!) === 'cmap') {
      cmap = view.getUint32(record + 8);
      break;
    }
  }
  if (cmap < 0) throw new Error('the font has no cmap table');
  const covered = new Set<number>();
  const subtables = view.getUint16(cmap + 2);
  for (let i = 0; i < subtables; i++) {
    const platform = view.getUint16(cmap + 4 + i * 8);
    const encoding = view.getUint16(cmap + 6 + i * 8);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    const offset = cmap + view.getUint32(cmap + 8 + i * 8);
    const format = view.getUint16(offset);
    if (format === 4) readFormat4(view, offset, covered);
    else if (format === 12) readFormat12(view, offset, covered);
  }
  return covered;
}

function readFormat4(view: DataView, offset: number, covered: Set<number>): void {
  const segments = view.getUint16(offset + 6) / 2;
  const ends = offset + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let s = 0; s < segments; s++) {
    const end = view.getUint16(ends + s * 2);
    const start = view.getUint16(starts + s * 2);
    const delta = view.getUint16(deltas + s * 2);
    const rangeOffset = view.getUint16(rangeOffsets + s * 2);
    for (let cp = start; cp <= end && cp !== 0xffff; cp++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (cp + delta) & 0xffff;
      else {
        const at = rangeOffsets + s * 2 + rangeOffset + (cp - start) * 2;
        glyph = view.getUint16(at);
        if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
      }
      if (glyph !== 0) covered.add(cp);
    }
  }
}

function readFormat12(view: DataView, offset: number, covered: Set<number>): void {
  const groups = view.getUint32(offset + 12);
  for (let g = 0; g < groups; g++) {
    const at = offset + 16 + g * 12;
    const start = view.getUint32(at);
    const end = view.getUint32(at + 4);
    const firstGlyph = view.getUint32(at + 8);
    for (let cp = start; cp <= end; cp++) if (firstGlyph + (cp - start) !== 0) covered.add(cp);
  }
}

/** @font-face rules for a browser that shows the same card with the same font files (the visual test, a preview). */
export function fontFaceCss(fonts: readonly CardFont[]): string {
  return fonts
    .map(
      (font) =>
        `@font-face{font-family:'${font.family}';font-weight:${font.weight};font-style:normal;src:url(data:font/ttf;base64,${font.data.toString('base64')}) format('truetype')}`,
    )
    .join('\n');
}
