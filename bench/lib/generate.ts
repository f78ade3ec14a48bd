/**
 * Seeded synthetic blogs for the benchmarks: N posts in `blog/` and their
 * Arabic translations in `i18n/ar/docusaurus-plugin-content-blog/`, with front
 * matter like the seed post's (quoted title and description, tags from
 * tags.yml, keywords, authors from authors.yml, sometimes an OG-service image
 * whose title parameter is the post's title) and bodies with paragraphs, a
 * list and a code block. Words come from the repository's seed post in each
 * language. The same seed always writes the same files.
 *
 * `faultRate` plants faults the checker must find (for the check benchmark
 * only: builds need clean content); each planted file is returned with its kind.
 */
import {copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {parse as parseYaml} from 'yaml';
import {ROOT} from './paths';

export const AR_BLOG = 'i18n/ar/docusaurus-plugin-content-blog';
export const SEED_FILE = '2025-01-29-deepseek-open-source-revolution.md';

/** mulberry32: small, fast, and the same numbers on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const between = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));
function sample<T>(random: Random, list: readonly T[], n: number): T[] {
  const copy = [...list];
  const out: T[] = [];
  while (out.length < n && copy.length) out.push(copy.splice(Math.floor(random() * copy.length), 1)[0]!);
  return out;
}

interface Vocabulary {
  words: string[];
  /** Latin words of the Arabic seed (DeepSeek, AI…): Arabic titles mix them in, as the seed does. */
  latin: string[];
}

const bodyOf = (file: string) => readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
const tokens = (text: string) =>
  text
    .replace(/!?\[[^\]]*\]\([^)]*\)/g, ' ')
    .split(/[\s*#:،,.()؟?!"«»—…[\]/;]+/)
    .filter(Boolean);

function vocabulary(): {en: Vocabulary; ar: Vocabulary} {
  const en = tokens(bodyOf(path.join(ROOT, 'blog', SEED_FILE)));
  const ar = tokens(bodyOf(path.join(ROOT, AR_BLOG, SEED_FILE)));
  const uniq = (list: string[]) => [...new Set(list)];
  return {
    en: {words: uniq(en.filter((w) => /^[A-Za-z][A-Za-z'-]{2,}$/.test(w))), latin: []},
    ar: {
      // Arabic letters and marks only (harakat such as tanween stay on their word).
      words: uniq(ar.filter((w) => /^[\u0621-\u065F\u0670-\u06D3]{2,}$/u.test(w))),
      latin: uniq(ar.filter((w) => /^[A-Z][A-Za-z0-9-]+$/.test(w))),
    },
  };
}

interface Tag {
  key: string;
  label: {en: string; ar: string};
}

function registryTags(): Tag[] {
  const en = parseYaml(readFileSync(path.join(ROOT, 'blog/tags.yml'), 'utf8')) as Record<string, {label: string}>;
  const ar = parseYaml(readFileSync(path.join(ROOT, AR_BLOG, 'tags.yml'), 'utf8')) as Record<string, {label: string}>;
  return Object.keys(en).map((key) => ({key, label: {en: en[key]!.label, ar: ar[key]?.label ?? en[key]!.label}}));
}

const registryAuthors = (): string[] =>
  Object.keys(parseYaml(readFileSync(path.join(ROOT, 'blog/authors.yml'), 'utf8')) as object);

/** Words joined up to a length, by whole words. */
function phrase(
  random: Random,
  vocab: Vocabulary,
  minWords: number,
  maxWords: number,
  maxChars: number,
  latinChance = 0,
): string {
  const words = Array.from({length: between(random, minWords, maxWords)}, () => pick(random, vocab.words));
  if (vocab.latin.length && random() < latinChance)
    words.splice(between(random, 1, words.length - 1), 0, pick(random, vocab.latin));
  while (words.join(' ').length > maxChars && words.length > 2) words.pop();
  return words.join(' ');
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function sentence(random: Random, vocab: Vocabulary, lang: 'en' | 'ar'): string {
  const text = phrase(random, vocab, 8, 18, 400, lang === 'ar' ? 0.3 : 0);
  return lang === 'en' ? `${capitalize(text)}.` : `${text}.`;
}

function paragraph(random: Random, vocab: Vocabulary, lang: 'en' | 'ar'): string {
  return Array.from({length: between(random, 3, 5)}, () => sentence(random, vocab, lang)).join(' ');
}

function description(random: Random, vocab: Vocabulary, lang: 'en' | 'ar'): string {
  // 80 to 150 characters: inside the checker's 50–160, counted either way.
  let text = '';
  while (text.length < 80) text = `${text} ${pick(random, vocab.words)}`.trim();
  while (text.length > 150) text = text.slice(0, text.lastIndexOf(' '));
  return lang === 'en' ? `${capitalize(text)}.` : `${text}.`;
}

const CODE = [
  [
    'ts',
    'export function median(values: number[]): number {\n  const sorted = [...values].sort((a, b) => a - b);\n  return sorted[Math.floor(sorted.length / 2)]!;\n}',
  ],
  ['json', '{\n  "model": "Janus-Pro",\n  "parameters": 7000000000,\n  "license": "MIT"\n}'],
  ['python', 'def tokens(text):\n    return [t for t in text.split() if t]\n\nprint(len(tokens("open source")))'],
  ['yaml', 'title: Notes\ntags: [ai, open-source]\nauthors: [lark]'],
] as const;

function body(random: Random, vocab: Vocabulary, lang: 'en' | 'ar'): string {
  const heading = () => capitalize(phrase(random, vocab, 2, 5, 60));
  const list = Array.from(
    {length: between(random, 3, 5)},
    () => `- **${phrase(random, vocab, 1, 3, 40)}:** ${sentence(random, vocab, lang)}`,
  ).join('\n');
  const [language, code] = pick(random, CODE);
  return [
    paragraph(random, vocab, lang),
    '{/* truncate */}',
    `## ${heading()}`,
    paragraph(random, vocab, lang),
    list,
    `### ${heading()}`,
    paragraph(random, vocab, lang),
    `\`\`\`${language}\n${code}\n\`\`\``,
    paragraph(random, vocab, lang),
  ].join('\n\n');
}

const quote = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
const OG_SERVICE = 'https://opengraph-image.blockeden.xyz/api/og-cuckoo-network?title=';

const FAULT_KINDS = [
  'tag-unknown',
  'date-invalid',
  'author-unknown',
  'yaml-syntax',
  'field-required',
  'frontmatter-fenced',
  'image-title-mismatch',
] as const;
type FaultKind = (typeof FAULT_KINDS)[number];

interface Fields {
  title: string;
  description?: string;
  tags: string[];
  keywords: string[];
  authors: string[];
  image?: string;
  date?: string;
}

function frontMatter(f: Fields, fault: FaultKind | undefined): string {
  const lines = [
    `title: ${fault === 'yaml-syntax' ? `"${f.title}` : quote(f.title)}`,
    ...(f.date ? [`date: ${f.date}`] : []),
    `tags: [${f.tags.join(', ')}]`,
    `keywords: [${f.keywords.join(', ')}]`,
    `authors: [${f.authors.join(', ')}]`,
    ...(f.description !== undefined ? [`description: ${quote(f.description)}`] : []),
    ...(f.image ? [`image: ${quote(f.image)}`] : []),
  ];
  const block = `---\n${lines.join('\n')}\n---\n`;
  return fault === 'frontmatter-fenced' ? `\`\`\`yaml\n${block}\`\`\`\n` : block;
}

function plantFault(fields: Fields, kind: FaultKind, random: Random): Fields {
  switch (kind) {
    case 'tag-unknown':
      return {...fields, tags: [...fields.tags, 'open-sorce']};
    case 'date-invalid':
      return {...fields, date: `20${between(random, 10, 24)}-02-30`};
    case 'author-unknown':
      return {...fields, authors: ['larc']};
    case 'field-required':
      return {...fields, description: undefined};
    case 'image-title-mismatch':
      return {...fields, image: `${OG_SERVICE}${encodeURIComponent('Another title entirely')}`};
    default:
      return fields;
  }
}

export interface GenerateOptions {
  /** Posts in each of the two locales (each English post has its Arabic translation). */
  postsPerLocale: number;
  /** Share of files (of both locales) given a fault; 0 for content that builds. */
  faultRate: number;
  seed: number;
}

export interface Generated {
  posts: number;
  planted: {file: string; kind: FaultKind}[];
}

/** Writes the blog content of a site (posts of both locales, registries, seed post) under siteDir. */
export function generateBlog(siteDir: string, {postsPerLocale, faultRate, seed}: GenerateOptions): Generated {
  const random = prng(seed);
  const vocab = vocabulary();
  const tags = registryTags();
  const authors = registryAuthors();
  const enDir = path.join(siteDir, 'blog');
  const arDir = path.join(siteDir, AR_BLOG);
  rmSync(enDir, {recursive: true, force: true});
  rmSync(arDir, {recursive: true, force: true});
  mkdirSync(enDir, {recursive: true});
  mkdirSync(arDir, {recursive: true});
  for (const file of ['tags.yml', 'authors.yml']) {
    copyFileSync(path.join(ROOT, 'blog', file), path.join(enDir, file));
    copyFileSync(path.join(ROOT, AR_BLOG, file), path.join(arDir, file));
  }
  // The real seed post in both languages: the page benchmark's post, a realistic one among the rest.
  copyFileSync(path.join(ROOT, 'blog', SEED_FILE), path.join(enDir, SEED_FILE));
  copyFileSync(path.join(ROOT, AR_BLOG, SEED_FILE), path.join(arDir, SEED_FILE));

  const planted: Generated['planted'] = [];
  // One post a day, going back from the end of 2024 (the seed is in 2025).
  const last = Date.UTC(2024, 11, 31);
  for (let i = 0; i < postsPerLocale - 1; i++) {
    const date = new Date(last - i * 86_400_000).toISOString().slice(0, 10);
    const enTitle = capitalize(phrase(random, vocab.en, 4, 9, 66));
    const slug = enTitle
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 48)
      .replace(/-$/, '');
    const name = `${date}-${slug}.md`;
    const postTags = sample(random, tags, between(random, 1, 4));
    const postAuthors = sample(random, authors, between(random, 1, Math.min(2, authors.length)));
    const withImage = random() < 0.15;
    const arTitle = phrase(random, vocab.ar, 4, 9, 66, 0.4);
    const posts: [string, 'en' | 'ar', Fields][] = [
      [
        path.join(enDir, name),
        'en',
        {
          title: enTitle,
          description: description(random, vocab.en, 'en'),
          tags: postTags.map((t) => t.key),
          keywords: Array.from(
            new Set(Array.from({length: between(random, 2, 5)}, () => phrase(random, vocab.en, 1, 3, 30))),
          ),
          authors: postAuthors,
          ...(withImage ? {image: `${OG_SERVICE}${encodeURIComponent(enTitle)}`} : {}),
        },
      ],
      [
        path.join(arDir, name),
        'ar',
        {
          title: arTitle,
          description: description(random, vocab.ar, 'ar'),
          // Tags by their Arabic label, as the seed writes them.
          tags: postTags.map((t) => t.label.ar),
          keywords: Array.from(
            new Set(Array.from({length: between(random, 2, 5)}, () => phrase(random, vocab.ar, 1, 3, 30))),
          ),
          authors: postAuthors,
          ...(withImage ? {image: `${OG_SERVICE}${encodeURIComponent(arTitle)}`} : {}),
        },
      ],
    ];
    for (const [file, lang, clean] of posts) {
      const fault = faultRate > 0 && random() < faultRate ? pick(random, FAULT_KINDS) : undefined;
      const fields = fault ? plantFault(clean, fault, random) : clean;
      if (fault) planted.push({file: path.relative(siteDir, file), kind: fault});
      writeFileSync(file, `${frontMatter(fields, fault)}\n${body(random, vocab[lang], lang)}\n`);
    }
  }
  return {posts: postsPerLocale * 2, planted};
}
