/**
 * Characters that change what a reader sees without being seen: bidi controls
 * reorder text ("Trojan Source", CVE-2021-42574), invisible characters make two
 * tags or author keys that look equal differ, and control characters (which a
 * YAML escape such as "\a" or "\uD800" writes) break the feeds they reach.
 */
import {codePoint} from '../../shared/text';
import type {PostInput} from '../context';
import {defineRule, formatFieldPath, type Finding} from './rule';

const NAMES: Record<number, string> = {
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0x00ad: 'SOFT HYPHEN',
  0x034f: 'COMBINING GRAPHEME JOINER',
  0x061c: 'ARABIC LETTER MARK',
  0x115f: 'HANGUL CHOSEONG FILLER',
  0x1160: 'HANGUL JUNGSEONG FILLER',
  0x180e: 'MONGOLIAN VOWEL SEPARATOR',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x2060: 'WORD JOINER',
  0x2061: 'FUNCTION APPLICATION',
  0x2062: 'INVISIBLE TIMES',
  0x2063: 'INVISIBLE SEPARATOR',
  0x2064: 'INVISIBLE PLUS',
  0x3164: 'HANGUL FILLER',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE',
  0xffa0: 'HALFWIDTH HANGUL FILLER',
};

/** `U+202E (RIGHT-TO-LEFT OVERRIDE)`: the code point with its Unicode name, when it has one here. */
const named = (cp: number): string => `${codePoint(cp)}${NAMES[cp] ? ` (${NAMES[cp]})` : ''}`;

const EMBEDDING = /[\u202A-\u202E]/u;
/**
 * What XML 1.0 forbids or discourages and no reader sees: C0 controls but tab,
 * line feed and carriage return, DEL, C1 controls, U+FFFE/U+FFFF, and halves
 * of a surrogate pair. One of them in a title makes the RSS and Atom feeds
 * invalid XML, which feed readers refuse whole.
 */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|\p{Cs}/u;
/**
 * Unicode's default-ignorable code points (invisible unless a font draws them:
 * zero-width characters, fillers, variation selectors, tag characters…) and
 * the variation selectors among them, which are fine only after an emoji.
 */
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/u;
const VARIATION_SELECTOR = /[\u180B-\u180D\u180F\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/u;
const EMOJI = /\p{Extended_Pictographic}|\p{Emoji_Presentation}|[#*\d]/u;
/** Emoji sequences join their parts with ZWJ and end keycaps and subdivision flags with tags. */
const EMOJI_JOINERS = /[\u200D\u{E0020}-\u{E007F}]/u;
const ARABIC_LETTER = /\p{Script=Arabic}/u;

/** The isolates' initiators (U+2066 to U+2068) and their terminator (U+2069). */
const ISOLATE = /[\u2066-\u2069]/;

/** Fields whose values are identifiers: nothing invisible may hide in them. */
const IDENTIFIER_FIELDS = new Set(['tags', 'keywords', 'authors', 'slug']);

/** Bidi embeddings/overrides anywhere, isolates that do not pair up. */
export function bidiProblem(text: string): string | undefined {
  const embedding = EMBEDDING.exec(text);
  if (embedding) {
    return `holds ${named(embedding[0].codePointAt(0)!)} at character ${[...text.slice(0, embedding.index)].length + 1}, which reorders what readers see. Remove it; a left-to-right or right-to-left mark (U+200E, U+200F) or a balanced isolate is safe.`;
  }
  // Most text holds no isolate: nothing to pair up.
  if (!ISOLATE.test(text)) return undefined;
  let open = 0;
  let index = 0;
  for (const char of text) {
    index++;
    const cp = char.codePointAt(0)!;
    if (cp >= 0x2066 && cp <= 0x2068) open++;
    else if (cp === 0x2069) {
      if (open === 0)
        return `holds ${named(cp)} at character ${index}, which closes no isolate. Remove it or open the isolate before it.`;
      open--;
    }
  }
  if (open > 0)
    return `opens ${open} bidi isolate${open > 1 ? 's' : ''} never closed by U+2069 (POP DIRECTIONAL ISOLATE), so the text after ${open > 1 ? 'them' : 'it'} is reordered. Close or remove ${open > 1 ? 'them' : 'it'}.`;
  return undefined;
}

/**
 * An invisible character, except a ZWNJ between Arabic-script letters (Persian
 * spelling needs it), a variation selector right after an emoji (U+FE0F asks
 * for its colour form), and the ZWJ and tag characters inside an emoji sequence.
 */
export function invisibleProblem(text: string): string | undefined {
  if (!INVISIBLE.test(text)) return undefined;
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i]!;
    if (!INVISIBLE.test(char)) continue;
    const before = chars[i - 1] ?? '';
    if (char === '\u200C' && ARABIC_LETTER.test(before) && ARABIC_LETTER.test(chars[i + 1] ?? '')) continue;
    if (VARIATION_SELECTOR.test(char) && /^[\uFE0E\uFE0F]$/u.test(char) && EMOJI.test(before)) continue;
    if (EMOJI_JOINERS.test(char) && inEmojiSequence(chars, i)) continue;
    return `holds ${named(char.codePointAt(0)!)} at character ${i + 1}, an invisible character: the value looks like another one but differs from it. Remove it.`;
  }
  return undefined;
}

/** Whether the joiner at `i` sits between parts of an emoji sequence (an emoji, maybe a selector, before it; an emoji or a tag after it). */
function inEmojiSequence(chars: readonly string[], i: number): boolean {
  let j = i - 1;
  while (
    j >= 0 &&
    (VARIATION_SELECTOR.test(chars[j]!) || EMOJI_JOINERS.test(chars[j]!) || /\p{Emoji_Modifier}/u.test(chars[j]!))
  )
    j--;
  const after = chars[i + 1] ?? '';
  return j >= 0 && EMOJI.test(chars[j]!) && (EMOJI.test(after) || EMOJI_JOINERS.test(after) || after === '');
}

/** A control character, an unpaired surrogate or a noncharacter, anywhere. */
export function controlProblem(text: string): string | undefined {
  const match = CONTROL.exec(text);
  if (!match) return undefined;
  const cp = match[0].codePointAt(0)!;
  const hex = codePoint(cp);
  const what =
    cp >= 0xd800 && cp <= 0xdfff
      ? `${hex}, half of a character whose other half is missing`
      : cp >= 0xfffe
        ? `${hex}, which is not a character`
        : `the control character ${hex}`;
  return `holds ${what} at character ${[...text.slice(0, match.index)].length + 1}: no reader sees it, and RSS and Atom feeds that carry it are not valid XML. Remove it.`;
}

/** Both rules say where the character is the same way: in a field's value, or in its name. */
const TEXT_MESSAGES = {
  inValue: ({field, problem}: {field: string; problem: string}) => `"${field}" ${problem}`,
  inFieldName: ({key, problem}: {key: string; problem: string}) => `The field name "${key}" ${problem}`,
};

export const textBidiControl = defineRule({
  id: 'text-bidi-control',
  severity: 'error',
  category: 'safety',
  description: 'bidi override/embedding controls or unbalanced isolates',
  fix: 'Remove U+202A–U+202E and unpaired U+2066–U+2069; LRM/RLM marks and balanced isolates are fine.',
  blocking: false,
  scope: 'post',
  check: checkTextSafety,
  messages: TEXT_MESSAGES,
});

export const textInvisible = defineRule({
  id: 'text-invisible',
  severity: 'error',
  category: 'safety',
  description: 'zero-width or invisible characters in tags, keywords, authors, slugs; control characters anywhere',
  fix: 'Remove the character the message names. A ZWNJ between Persian letters is fine.',
  blocking: false,
  scope: 'post',
  check: checkTextSafety,
  messages: TEXT_MESSAGES,
});

function checkTextSafety(_post: PostInput, data: Record<string, unknown>): Finding[] {
  const findings: Finding[] = [];
  // The path of the value being looked at, copied only into a finding: most
  // values have none, and a path per value was most of this rule's garbage.
  const path: (string | number)[] = [];
  const walk = (value: unknown, field: string): void => {
    if (typeof value === 'string') {
      const bidi = bidiProblem(value);
      if (bidi) {
        findings.push(
          textBidiControl.report('inValue', {path: [...path]}, {field: formatFieldPath(path), problem: bidi}),
        );
      }
      const invisible = controlProblem(value) ?? (IDENTIFIER_FIELDS.has(field) ? invisibleProblem(value) : undefined);
      if (invisible) {
        findings.push(
          textInvisible.report('inValue', {path: [...path]}, {field: formatFieldPath(path), problem: invisible}),
        );
      }
    } else if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        path.push(i);
        walk(value[i], field);
        path.pop();
      }
    } else if (value && typeof value === 'object' && !(value instanceof Date)) {
      for (const key of Object.keys(value)) {
        path.push(key);
        walk((value as Record<string, unknown>)[key], field);
        path.pop();
      }
    }
  };
  for (const key of Object.keys(data)) {
    const bidi = bidiProblem(key);
    const keyProblem = bidi ?? controlProblem(key) ?? invisibleProblem(key);
    if (keyProblem) {
      const rule = bidi ? textBidiControl : textInvisible;
      findings.push(rule.report('inFieldName', {path: [key], at: 'key'}, {key, problem: keyProblem}));
    }
    path.push(key);
    walk(data[key], key);
    path.pop();
  }
  return findings;
}
