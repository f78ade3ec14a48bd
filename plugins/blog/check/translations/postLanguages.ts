/**
 * The languages of a post's title, description and body, identified once per
 * check and shared by the rules that read them (language-mismatch,
 * translation-unfinished). The checker takes what identification reads of a
 * post (LanguageInput) as it reads the post, while its bytes are at hand, and
 * identifies it then (withPostText) or in a thread of its own
 * (languageThread.ts): the rules, which run across posts once every post is
 * read, then read no post again. Identifications come from the site's store
 * (languageCache.ts) when the same text was identified on an earlier run.
 * Pure but for that store's memory and the rare body read again from its file.
 */
import {hash} from 'node:crypto';
import {readFileSync} from 'node:fs';
import type {CheckedPost, PostInput, SiteFacts} from '../context';
import {fitsScript, identify, languageOf, mismatchOf, SAMPLE, type Identified, type Mismatch} from './identify';
import {proseOf, proseOfStart, type Paragraph} from './prose';

/** Identifications by a hash of their text: what the cache keeps between runs. */
export interface LanguageStore extends LanguageUse {
  identify(text: string): Identified;
}

/** What a run made of the store: what the cache is to keep. */
export interface LanguageUse {
  /** The identifications used in this run (those of texts no longer in any post are dropped). */
  used(): Record<string, Identified>;
  /** Whether this run identified a text the store did not have, or left one unused. */
  readonly changed: boolean;
  /** Whether this run identified a text the store did not have. */
  readonly identified: boolean;
  /** How many identifications the store was given. */
  readonly known: number;
}

export function languageStore(known: ReadonlyMap<string, Identified> = new Map()): LanguageStore {
  const used = new Map<string, Identified>();
  let identified = false;
  return {
    identify(text) {
      const key = hash('sha1', text, 'base64url');
      let found = used.get(key) ?? known.get(key);
      if (!found) {
        found = identify(text);
        identified = true;
      }
      used.set(key, found);
      return found;
    },
    used: () => Object.fromEntries(used),
    get changed() {
      return identified || used.size !== known.size;
    },
    get identified() {
      return identified;
    },
    known: known.size,
  };
}

/** The use of one store by several threads, each over some of the posts, as one. */
export function jointUse(uses: readonly Omit<LanguageUse, 'changed'>[]): LanguageUse {
  const used: Record<string, Identified> = {};
  for (const use of uses) Object.assign(used, use.used());
  const identified = uses.some((use) => use.identified);
  const known = uses[0]?.known ?? 0;
  return {used: () => used, identified, known, changed: identified || Object.keys(used).length !== known};
}

/** The language a post is expected in, and why: its `lang`, else its locale. */
interface Expected {
  language: string;
  /** `lang "es"` or `locale "de"`, as messages say it. */
  source: string;
}

function expectedLanguage({locale, lang}: LanguageInput): Expected | undefined {
  const language = languageOf(lang ?? locale);
  if (!language) return undefined;
  return {language, source: lang !== undefined ? `lang "${lang}"` : `locale "${locale}"`};
}

/**
 * What identification reads of a post: plain data, which a thread of its own
 * can be sent (languageThread.ts). The fields are those of the front matter
 * that are strings.
 */
export interface LanguageInput {
  locale: string;
  lang?: string;
  title?: string;
  description?: string;
  /** The body's first HEAD characters, or all of it when it is shorter. */
  head: string;
  /** The file line the body starts on. */
  bodyLine: number;
  /** The post's file, read again in the rare post whose first lines hold too little prose. */
  absolutePath: string;
}

/** The body's start that identification reads of every post: most hold their prose sample in it. */
const HEAD = SAMPLE * 2;

const asText = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** What identification reads of a post whose front matter was read. */
export function languageInput(post: PostInput, data: Record<string, unknown>): LanguageInput {
  return {
    locale: post.locale,
    lang: asText(data.lang),
    title: asText(data.title),
    description: asText(data.description),
    head: post.parsed.bodyHead(HEAD),
    bodyLine: post.parsed.bodyLine,
    absolutePath: post.absolutePath,
  };
}

interface BodyLanguage {
  /** The language the body's first prose reads as, when it is not the expected one. */
  mismatch: Mismatch;
  /** The first paragraph in that language. */
  paragraph: Paragraph;
  /** The prose that was identified. */
  sample: string;
}

export interface PostLanguages {
  expected: Expected;
  title?: Mismatch;
  description?: Mismatch;
  body?: BodyLanguage;
}

/** What the translation rules read of a post's text, found while the checker read the post. */
export interface PostText {
  languages: PostLanguages | undefined;
  /** The file holds a `translate from` marker or a `TODO translate` note (translation-unfinished reads it then). */
  marked: boolean;
}

/** The marker and the notes translate-post leaves in a translation. */
export const MARKER = '{/* translate from';
export const TODO_NOTE = 'TODO translate';

/** A post with its PostText, for a post whose front matter was read. */
export function withPostText(post: PostInput, store: LanguageStore): PostInput {
  const data = post.parsed.data;
  if (!data) return post;
  return {...post, text: {languages: identifyPost(languageInput(post, data), store), marked: isMarked(post)}};
}

/** Whether a post holds translate-post's marker or notes, read from its bytes. */
export const isMarked = (post: PostInput): boolean =>
  post.parsed.bodyMentions(MARKER) || post.parsed.mentions(TODO_NOTE);

const memo = new WeakMap<PostInput, PostLanguages | null>();
const fallbackStores = new WeakMap<SiteFacts, LanguageStore>();

/** The mismatches of a post: those found as it was read, else identified once per check. */
export function postLanguages({post, data}: CheckedPost, site: SiteFacts): PostLanguages | undefined {
  if (post.text) return post.text.languages;
  const known = memo.get(post);
  if (known !== undefined) return known ?? undefined;
  const result = identifyPost(languageInput(post, data), site.languages ?? fallbackStore(site));
  memo.set(post, result ?? null);
  return result;
}

/** The languages of a post's title, description and body, where they are not the one expected. */
export function identifyPost(post: LanguageInput, store: LanguageStore): PostLanguages | undefined {
  const expected = expectedLanguage(post);
  let result: PostLanguages | undefined;
  if (expected) {
    const language = expected.language;
    const check = (text: string) => mismatchOf(store.identify(text), language);
    const texts = [post.title, post.description].map((t) => t?.trim() ?? '');
    // One identification of title and description together when both are in
    // their language's script; each alone only when that finds another language.
    let together: {mismatch?: Mismatch} | undefined;
    const fieldMismatch = (text: string): Mismatch | undefined => {
      if (!text) return undefined;
      if (!fitsScript(text, language)) return check(text);
      together ??= {mismatch: check(texts.filter(Boolean).join('\n'))};
      return together.mismatch ? check(text) : undefined;
    };
    result = {expected};
    const title = fieldMismatch(texts[0]!);
    const description = fieldMismatch(texts[1]!);
    // franc reads the body when its script does not fit or a field is already
    // in another language; otherwise a pass of a regular expression is enough.
    const body = bodyLanguage(post, expected.language, store, !!(title ?? description));
    if (body) result.body = body;
    // A title or description in another language of the same script is
    // reported when the post as a whole reads so too: a few words of a
    // title are weak evidence (a title of names and nouns can read as
    // French), a whole Spanish post in Portuguese is not. Another script is
    // evidence enough.
    let whole: Mismatch | undefined | null = null;
    const wholeReads = (found: string) => {
      if (whole === null) {
        const texts = [post.title, post.description, body?.sample ?? proseSample(post)];
        whole = mismatchOf(store.identify(texts.filter((t) => t !== undefined).join('\n')), expected.language);
      }
      return whole?.found === found;
    };
    for (const [field, mismatch] of [
      ['title', title],
      ['description', description],
    ] as const) {
      if (mismatch && (mismatch.otherScript || wholeReads(mismatch.found))) result[field] = mismatch;
    }
  }
  return result;
}

function fallbackStore(site: SiteFacts): LanguageStore {
  let store = fallbackStores.get(site);
  if (!store) fallbackStores.set(site, (store = languageStore()));
  return store;
}

/**
 * The body's first SAMPLE characters of prose, identified as one text; when
 * they are in another language, the first paragraph that is too. A body in
 * the script of its language is identified only when the post is suspect.
 */
function bodyLanguage(
  post: LanguageInput,
  expected: string,
  store: LanguageStore,
  suspect: boolean,
): BodyLanguage | undefined {
  const paragraphs = bodyProse(post);
  if (paragraphs.length === 0) return undefined;
  const sample = paragraphs.map((p) => p.text).join('\n');
  if (!suspect && fitsScript(sample, expected)) return undefined;
  const mismatch = mismatchOf(store.identify(sample), expected);
  if (!mismatch) return undefined;
  const paragraph =
    paragraphs.find((p) => mismatchOf(store.identify(p.text), expected)?.found === mismatch.found) ?? paragraphs[0]!;
  return {mismatch, paragraph, sample};
}

/**
 * The prose of the body's first SAMPLE * 8 characters, up to SAMPLE of it.
 * Most posts have that much prose in far fewer lines (their HEAD); the file
 * is read again for the rest only when the head's whole lines hold less.
 */
function bodyProse(post: LanguageInput): Paragraph[] {
  const {head, bodyLine} = post;
  // Shorter than asked for: the whole body.
  if (head.length < HEAD) return proseOf(head, bodyLine, SAMPLE);
  return (
    proseOfStart(head.slice(0, head.lastIndexOf('\n') + 1), bodyLine, SAMPLE) ??
    proseOf(bodyHeadAgain(post, SAMPLE * 8), bodyLine, SAMPLE)
  );
}

/**
 * The body's first `length` characters, read again from the post's file: the
 * text from the start of its line `bodyLine` (the body starts a line). The
 * head when the file cannot be read. Not the parser's bodyHead: the language
 * thread would load the parser, and `yaml` with it, for one post in a hundred.
 */
function bodyHeadAgain(post: LanguageInput, length: number): string {
  try {
    const text = readFileSync(post.absolutePath, 'utf8');
    let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    for (let line = 1; line < post.bodyLine; line++) {
      const newline = text.indexOf('\n', start);
      if (newline === -1) return post.head;
      start = newline + 1;
    }
    return text.slice(start, start + length);
  } catch {
    return post.head;
  }
}

const proseSample = (post: LanguageInput): string =>
  bodyProse(post)
    .map((p) => p.text)
    .join('\n');
