/**
 * The fonts of the social cards, from npm packages (no font from a CDN, none
 * from the system, so a card looks the same on every machine), which of them
 * a text needs, and which characters of a text none of them can draw.
 *
 * Coverage comes from each font's own character map (the TrueType `cmap`
 * table), read alone from the file: the build and the checker learn what the
 * fonts draw without reading their glyphs (the CJK files weigh 5 to 10 MB
 * each). Only the process that draws reads a font file, and only when a card
 * needs it (`readFace`).
 */
import {createHash} from 'node:crypto';
import {closeSync, openSync, readFileSync, readSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import {createRequire} from 'node:module';
import path from 'node:path';
import {CodePoints} from './codePoints';
import {emojiCoverage, EMOJI_PACKAGE} from './emoji';

const require = createRequire(__filename);

export type CardWeight = 400 | 700;

export interface CardFontFile {
  /** The family name the card's CSS uses, in takumi and in Chromium alike. */
  family: string;
  weight: CardWeight;
  /** npm package and the file inside it. */
  package: string;
  file: string;
}

export interface CardFont extends CardFontFile {
  /** Code points the font maps to a glyph. */
  coverage: CodePoints;
}

export const SANS_FAMILY = 'Qalam Card Sans';
export const ARABIC_FAMILY = 'Qalam Card Naskh';
export const HEBREW_FAMILY = 'Qalam Card Hebrew';
export const DEVANAGARI_FAMILY = 'Qalam Card Devanagari';
export const THAI_FAMILY = 'Qalam Card Thai';
export const JAPANESE_FAMILY = 'Qalam Card JP';
export const SIMPLIFIED_FAMILY = 'Qalam Card SC';
export const TRADITIONAL_FAMILY = 'Qalam Card TC';
export const KOREAN_FAMILY = 'Qalam Card KR';

/** Each family from its `@expo-google-fonts` package, in the two weights a card uses: bold titles and site name, regular authors and date. */
const FAMILIES: readonly {family: string; package: string; prefix: string}[] = [
  {family: SANS_FAMILY, package: 'noto-sans', prefix: 'NotoSans'},
  {family: ARABIC_FAMILY, package: 'noto-naskh-arabic', prefix: 'NotoNaskhArabic'},
  {family: HEBREW_FAMILY, package: 'noto-sans-hebrew', prefix: 'NotoSansHebrew'},
  {family: DEVANAGARI_FAMILY, package: 'noto-sans-devanagari', prefix: 'NotoSansDevanagari'},
  {family: THAI_FAMILY, package: 'noto-sans-thai', prefix: 'NotoSansThai'},
  {family: JAPANESE_FAMILY, package: 'noto-sans-jp', prefix: 'NotoSansJP'},
  {family: SIMPLIFIED_FAMILY, package: 'noto-sans-sc', prefix: 'NotoSansSC'},
  {family: TRADITIONAL_FAMILY, package: 'noto-sans-tc', prefix: 'NotoSansTC'},
  {family: KOREAN_FAMILY, package: 'noto-sans-kr', prefix: 'NotoSansKR'},
];

export const CARD_FONT_FILES: readonly CardFontFile[] = FAMILIES.flatMap(({family, package: name, prefix}) =>
  ([400, 700] as const).map((weight) => {
    const style = weight === 400 ? '400Regular' : '700Bold';
    return {family, weight, package: `@expo-google-fonts/${name}`, file: `${style}/${prefix}_${style}.ttf`};
  }),
);

/** What the title-glyph-missing message lists as tried: the fonts' names as their packages say, and the emoji images. */
export const CARD_SOURCE_NAMES: readonly string[] = [
  ...new Set(
    CARD_FONT_FILES.map((font) =>
      font.package
        .replace(/^@expo-google-fonts\//, '')
        .split('-')
        .map((word) => (/^(jp|sc|tc|kr)$/.test(word) ? word.toUpperCase() : word[0]!.toUpperCase() + word.slice(1)))
        .join(' '),
    ),
  ),
  `Twemoji (${EMOJI_PACKAGE})`,
];

/** The Han forms a language reads: Japanese, Simplified or Traditional Chinese, Korean. */
export function hanFamilyOf(lang: string): string | undefined {
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale(lang).maximize();
  } catch {
    return undefined;
  }
  if (locale.language === 'ja') return JAPANESE_FAMILY;
  if (locale.language === 'ko') return KOREAN_FAMILY;
  if (locale.language === 'zh' || locale.language === 'yue')
    return locale.script === 'Hant' ? TRADITIONAL_FAMILY : SIMPLIFIED_FAMILY;
  return undefined;
}

/**
 * The families in the order a text of `lang` tries them for each character.
 * Noto Sans first, so Latin, Cyrillic, Greek, digits and common punctuation
 * are the site's sans in every script, not Noto Naskh's serif Latin. A
 * Japanese, Chinese or Korean text puts its own font first instead: its
 * punctuation and quotes must be its full-width forms, and its Latin is a
 * sans too. Han characters in another language's text take the forms the
 * text's kana or hangul point to, else Simplified Chinese.
 */
function familyOrder(lang: string, text: string): string[] {
  const own = hanFamilyOf(lang);
  const guess = /[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)
    ? JAPANESE_FAMILY
    : /\p{Script=Hangul}/u.test(text)
      ? KOREAN_FAMILY
      : SIMPLIFIED_FAMILY;
  const han = own ?? guess;
  const rest = [SANS_FAMILY, ARABIC_FAMILY, HEBREW_FAMILY, DEVANAGARI_FAMILY, THAI_FAMILY];
  const cjk = [han, JAPANESE_FAMILY, SIMPLIFIED_FAMILY, TRADITIONAL_FAMILY, KOREAN_FAMILY];
  return [...new Set(own ? [...cjk, ...rest] : [...rest, ...cjk])];
}

/**
 * The font stack a text needs: for each character, the first family of
 * `familyOrder` that has it, in that order. Only these are loaded to draw it,
 * and a browser given the same stack picks the same font for each character.
 */
export function fontStack(text: string, lang: string, coverage: FamilyCoverage = familyCoverage()): string[] {
  const order = familyOrder(lang, text);
  const used = new Set<string>();
  for (const char of new Set(text.normalize('NFC'))) {
    if (DRAWS_NOTHING.test(char) || char === ' ') continue;
    const cp = char.codePointAt(0)!;
    const family = order.find((f) => coverage.get(f)?.has(cp));
    if (family) used.add(family);
  }
  const stack = order.filter((f) => used.has(f));
  return stack.length ? stack : [order[0]!];
}

export type FamilyCoverage = ReadonlyMap<string, CodePoints>;

function fontFilePath(font: CardFontFile): string {
  return path.join(path.dirname(require.resolve(`${font.package}/package.json`)), font.file);
}

let coverages: Map<string, CodePoints> | undefined;

/**
 * Each family's coverage, read once per process from its bold face's cmap
 * alone: a family's two faces map the same characters (a unit test checks
 * it), so the regular one is not read.
 */
export function familyCoverage(): FamilyCoverage {
  coverages ??= new Map(
    CARD_FONT_FILES.filter((font) => font.weight === 700).map((font) => [
      font.family,
      cmapCoverage(readCmap(fontFilePath(font))),
    ]),
  );
  return coverages;
}

/** The card fonts with their coverage; no glyph is read. */
export function loadCardFonts(): Promise<CardFont[]> {
  const families = familyCoverage();
  return Promise.resolve(CARD_FONT_FILES.map((font) => ({...font, coverage: families.get(font.family)!})));
}

const faceKey = (font: Pick<CardFontFile, 'family' | 'weight'>) => `${font.family}/${font.weight}`;

const faceBytes = new Map<string, Promise<Buffer>>();

/** A font file's bytes, read once per process, when a card needs the face. */
export function readFace(font: CardFontFile): Promise<Buffer> {
  const key = faceKey(font);
  let bytes = faceBytes.get(key);
  if (!bytes) faceBytes.set(key, (bytes = readFile(fontFilePath(font))));
  return bytes;
}

/** The faces that draw `stack` at `weight`. */
export function facesOf(stack: readonly string[], weight: CardWeight): CardFontFile[] {
  return CARD_FONT_FILES.filter((font) => font.weight === weight && stack.includes(font.family));
}

function packageVersion(name: string): string {
  return (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as {version: string}).version;
}

/**
 * A digest of the fonts and emoji images: their packages' exact versions (a
 * package's files change only with its version). A new version draws every
 * card again.
 */
export function fontsDigest(fonts: readonly CardFontFile[]): string {
  const hash = createHash('sha256');
  for (const font of fonts)
    hash.update(`${font.family}/${font.weight}/${font.package}@${packageVersion(font.package)}/${font.file}\0`);
  hash.update(`${EMOJI_PACKAGE}@${packageVersion(EMOJI_PACKAGE)}`);
  return hash.digest('hex');
}

/** The union of the fonts' coverage and the emoji images'. */
export function combinedCoverage(fonts: readonly {coverage: CodePoints}[]): CodePoints {
  const all = new CodePoints().addAll(emojiCoverage());
  // A family's faces share one set: each is read once.
  for (const coverage of new Set(fonts.map((font) => font.coverage))) all.addAll(coverage);
  return all;
}

/**
 * Characters that take no glyph: spaces, line breaks, joiners, direction
 * marks and isolates, variation selectors, emoji tags. A font need not map
 * them, and the renderer draws nothing for them.
 */
const DRAWS_NOTHING =
  /[\p{White_Space}\p{Cc}\u200B-\u200F\u202A-\u202E\u2060-\u2069\u061C\uFE00-\uFE0F\u{E0020}-\u{E007F}\u{E0100}-\u{E01EF}]/u;

/** The distinct characters of `text` that no font covers, in order of appearance. */
export function missingCharacters(text: string, coverage: CodePoints): string[] {
  const missing: string[] = [];
  for (const char of text.normalize('NFC')) {
    if (DRAWS_NOTHING.test(char) || coverage.has(char.codePointAt(0)!)) continue;
    if (!missing.includes(char)) missing.push(char);
  }
  return missing;
}

/** `text` without the characters no font covers (and the spaces they leave doubled). */
export function drawableText(text: string, coverage: CodePoints): string {
  const missing = new Set(missingCharacters(text, coverage));
  if (!missing.size) return text.normalize('NFC');
  return [...text.normalize('NFC')]
    .filter((char) => !missing.has(char))
    .join('')
    .replace(/\s{2,}/gu, ' ')
    .trim();
}

/** The bytes of a font file's `cmap` table (and the table directory before it), read alone. */
function readCmap(file: string): Uint8Array {
  const fd = openSync(file, 'r');
  try {
    const read = (position: number, length: number) => {
      const buffer = Buffer.alloc(length);
      readSync(fd, buffer, 0, length, position);
      return buffer;
    };
    const header = read(0, 12);
    const directory = read(12, header.readUInt16BE(4) * 16);
    for (let at = 0; at < directory.length; at += 16) {
      if (directory.toString('latin1', at, at + 4) !== 'cmap') continue;
      const offset = directory.readUInt32BE(at + 8);
      const length = directory.readUInt32BE(at + 12);
      // A font of one table, the cmap at offset 0: what cmapCoverage reads.
      const font = Buffer.alloc(12 + 16 + length);
      font.writeUInt16BE(1, 4);
      font.write('cmap', 12, 'latin1');
      font.writeUInt32BE(28, 20);
      font.writeUInt32BE(length, 24);
      read(offset, length).copy(font, 28);
      return font;
    }
    throw new Error(`the font ${file} has no cmap table`);
  } finally {
    closeSync(fd);
  }
}

/**
 * The code points a TrueType/OpenType font maps, from its `cmap` table. Reads
 * the Unicode subtables of format 4 (the Basic Multilingual Plane) and 12 (all
 * planes), which every font of the Noto family carries.
 */
export function cmapCoverage(font: Uint8Array): CodePoints {
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
  const covered = new CodePoints();
  const subtables = view.getUint16(cmap + 2);
  const unicodeTables: {offset: number; format: number}[] = [];
  for (let i = 0; i < subtables; i++) {
    const platform = view.getUint16(cmap + 4 + i * 8);
    const encoding = view.getUint16(cmap + 6 + i * 8);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    const offset = cmap + view.getUint32(cmap + 8 + i * 8);
    unicodeTables.push({offset, format: view.getUint16(offset)});
  }
  // A format 12 table maps every plane, the format 4 ones repeat its first:
  // reading one is enough (the CJK fonts map some 45,000 code points).
  const full = unicodeTables.find((t) => t.format === 12);
  for (const {offset, format} of full ? [full] : unicodeTables)
    if (format === 4) readFormat4(view, offset, covered);
    else if (format === 12) readFormat12(view, offset, covered);
  return covered;
}

function readFormat4(view: DataView, offset: number, covered: CodePoints): void {
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

function readFormat12(view: DataView, offset: number, covered: CodePoints): void {
  const groups = view.getUint32(offset + 12);
  for (let g = 0; g < groups; g++) {
    const at = offset + 16 + g * 12;
    const start = view.getUint32(at);
    const end = view.getUint32(at + 4);
    const firstGlyph = view.getUint32(at + 8);
    for (let cp = start; cp <= end; cp++) if (firstGlyph + (cp - start) !== 0) covered.add(cp);
  }
}

/**
 * @font-face rules for a browser that shows the same card with the same font
 * files (the visual test, a preview): each file at `urlOf(font)`, by default
 * inline as a data: URL.
 */
export async function fontFaceCss(
  fonts: readonly CardFontFile[],
  urlOf: (font: CardFontFile) => string | Promise<string> = async (font) =>
    `data:font/ttf;base64,${(await readFace(font)).toString('base64')}`,
): Promise<string> {
  const rules = await Promise.all(
    fonts.map(
      async (font) =>
        `@font-face{font-family:'${font.family}';font-weight:${font.weight};font-style:normal;src:url(${await urlOf(font)}) format('truetype')}`,
    ),
  );
  return rules.join('\n');
}
