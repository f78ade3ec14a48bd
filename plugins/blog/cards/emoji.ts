/**
 * Emoji on the cards: Twemoji's SVG images (`@twemoji/svg`), drawn inline in
 * the text as images, one per emoji. takumi draws SVG images in a line of
 * text as a browser does; it draws no color font glyphs that match a
 * browser's, so an image it is, in takumi and in Chromium alike.
 */
import {readdirSync, readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {CodePoints} from './codePoints';

export const EMOJI_PACKAGE = '@twemoji/svg';

const require = createRequire(__filename);

let files: {dir: string; names: ReadonlySet<string>} | undefined;

/** The package's images by name (code points in hex joined by "-", as `1f469-200d-1f4bb`), listed once. */
function emojiFiles(): {dir: string; names: ReadonlySet<string>} {
  if (!files) {
    const dir = path.dirname(require.resolve(`${EMOJI_PACKAGE}/package.json`));
    const names = readdirSync(dir)
      .filter((f) => f.endsWith('.svg'))
      .map((f) => f.slice(0, -4));
    files = {dir, names: new Set(names)};
  }
  return files;
}

let covered: CodePoints | undefined;

/** Every code point that takes part in an emoji image's name. */
export function emojiCoverage(): CodePoints {
  if (!covered) {
    covered = new CodePoints();
    for (const name of emojiFiles().names) for (const hex of name.split('-')) covered.add(parseInt(hex, 16));
  }
  return covered;
}

/** isEmoji's characters. */
const EMOJI = /\p{Emoji_Presentation}|\uFE0F|\p{Emoji_Modifier}|\u20E3|\p{Regional_Indicator}/u;
/** isEmoji's characters, or a pictograph (drawn as an emoji when an image of it exists). */
const MAY_BE_EMOJI = new RegExp(`${EMOJI.source}|\\p{Extended_Pictographic}`, 'u');

/**
 * Whether a grapheme is shown as an emoji: one whose default presentation is
 * an emoji, or asked for as one (U+FE0F, a skin tone, a keycap, a flag). A
 * text character such as © or ™ stays text.
 */
export function isEmoji(grapheme: string): boolean {
  return EMOJI.test(grapheme);
}

/**
 * Whether a text may hold a grapheme drawn as an emoji: one `isEmoji` would
 * find, or a pictograph. Most texts hold none, and need no look at each grapheme.
 */
export function mayHoldEmoji(text: string): boolean {
  return MAY_BE_EMOJI.test(text);
}

const nameOf = (chars: string) => [...chars].map((c) => c.codePointAt(0)!.toString(16)).join('-');

const images = new Map<string, string[]>();

/**
 * The data: URLs of the images that draw an emoji: its own image; else,
 * without its variation selectors, as Twemoji names most; else one image per
 * character that has one.
 */
export function emojiImages(grapheme: string): string[] {
  let urls = images.get(grapheme);
  if (urls) return urls;
  const {dir, names} = emojiFiles();
  const url = (name: string) =>
    `data:image/svg+xml;base64,${readFileSync(path.join(dir, `${name}.svg`)).toString('base64')}`;
  const whole = nameOf(grapheme);
  const bare = nameOf(grapheme.replace(/\uFE0F/gu, ''));
  if (names.has(whole)) urls = [url(whole)];
  else if (names.has(bare)) urls = [url(bare)];
  else
    urls = [...grapheme]
      .map(nameOf)
      .filter((name) => names.has(name))
      .map(url);
  images.set(grapheme, urls);
  return urls;
}
