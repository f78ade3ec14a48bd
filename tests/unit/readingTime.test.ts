/**
 * The plugin's reading time (plugin/upstream/readingTime.ts) against
 * Docusaurus 3.10.2's own function, the one its default `readingTime` option
 * calls: the same minutes, to the hundredth, on every post of this site and on
 * generated posts in five scripts, some long enough to be counted in many
 * pieces. No tolerance: the pieces end where every word segmenter breaks, so
 * they hold the same words as the whole post.
 */
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import type {ReadingTimeFunction, ReadingTimeFunctionOption} from '@docusaurus/plugin-content-blog';
import {DEFAULT_OPTIONS} from '@docusaurus/plugin-content-blog/lib/options.js';
import {calculateReadingTime} from '@docusaurus/plugin-content-blog/lib/readingTime.js';
import {DEFAULT_PARSE_FRONT_MATTER, parseMarkdownFile} from '@docusaurus/utils';
import {describe, expect, it} from 'vitest';
import {longPost, type Script} from '../../bench/lib/longPost';
import {linearReadingTime, readingTimeOption} from '../../plugins/blog/plugin/upstream/readingTime';

const root = path.resolve(__dirname, '../..');

/** What blogUtils.js hands the `readingTime` option as `defaultReadingTime`. */
const docusaurusReadingTime: ReadingTimeFunction = ({content, locale, options}) =>
  calculateReadingTime(content, locale, options);

/** The reading time a post gets with the site's `readingTime` option, as the blog plugin asks for it. */
function minutes(option: ReadingTimeFunctionOption, content: string, locale: string) {
  return option({content, locale, frontMatter: {}, defaultReadingTime: docusaurusReadingTime});
}
const theirs = (content: string, locale: string) => minutes(DEFAULT_OPTIONS.readingTime, content, locale);
const ours = (content: string, locale: string) =>
  minutes(readingTimeOption(DEFAULT_OPTIONS.readingTime), content, locale);
/** The words counted, to the word: the minutes at one word a minute. */
const words = (content: string, locale: string) => linearReadingTime({content, locale, options: {wordsPerMinute: 1}});

function markdownFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return markdownFiles(file);
    return /\.mdx?$/.test(name) ? [file] : [];
  });
}

const sitePosts = [
  ...markdownFiles(path.join(root, 'blog')).map((file) => ({file, locale: 'en'})),
  ...readdirSync(path.join(root, 'i18n')).flatMap((locale) =>
    markdownFiles(path.join(root, 'i18n', locale, 'docusaurus-plugin-content-blog')).map((file) => ({file, locale})),
  ),
];

describe("the plugin's reading time", () => {
  it.each(sitePosts.map(({file, locale}) => [path.relative(root, file), locale]))(
    "is Docusaurus's on this site's post %s (%s)",
    async (file, locale) => {
      const {content} = await parseMarkdownFile({
        filePath: file,
        fileContent: readFileSync(path.join(root, file), 'utf8'),
        parseFrontMatter: DEFAULT_PARSE_FRONT_MATTER,
        removeContentTitle: true,
      });
      expect(ours(content, locale)).toBe(theirs(content, locale));
      expect(ours(content, locale)).toBeGreaterThan(0);
    },
  );

  it('has posts of both locales to compare, one of several thousand characters', () => {
    expect(new Set(sitePosts.map((p) => p.locale))).toEqual(new Set(['en', 'ar']));
    expect(Math.max(...sitePosts.map((p) => readFileSync(p.file, 'utf8').length))).toBeGreaterThan(5_000);
  });

  // Under 64K characters: past that, Docusaurus's own count takes minutes on Node 20.
  const generated: [Script, string][] = [
    ['latin', 'en'],
    ['arabic', 'ar'],
    ['japanese', 'ja'],
    ['chinese', 'zh'],
    ['thai', 'th'],
  ];
  it.each(generated.flatMap(([script, locale]) => [false, true].map((oneLine) => [script, locale, oneLine] as const)))(
    "is Docusaurus's on a generated %s post of 30,000 characters (%s, in one line: %s)",
    (script, locale, oneLine) => {
      const content = longPost(script, 30_000, {seed: 7, oneLine});
      if (oneLine) expect(content).not.toContain('\n');
      expect(ours(content, locale)).toBe(theirs(content, locale));
      expect(words(content, locale)).toBe(calculateReadingTime(content, locale, {wordsPerMinute: 1}));
    },
  );

  it("is Docusaurus's on runs of thousands of characters that word rules keep whole", () => {
    const content = [
      'A dotted name:',
      'alpha.beta'.repeat(600),
      'a number:',
      '1,000'.repeat(1_000),
      'and a word:',
      'x'.repeat(6_000),
      'then a sentence.',
    ].join(' ');
    expect(theirs(content, 'en')).toBe(0.07);
    expect(ours(content, 'en')).toBe(0.07);
  });

  it("is Docusaurus's on a post in three scripts, in any locale", () => {
    const content = [longPost('arabic', 8_000), longPost('japanese', 8_000), longPost('thai', 8_000)].join('\n\n');
    for (const locale of ['en', 'ar', 'ja', 'th']) expect(ours(content, locale)).toBe(theirs(content, locale));
  });

  // Words in a 200,000-character post: Arabic words run 4 to 8 characters
  // with their spaces, Japanese ones 1.5 to 4 (ICU's dictionary cuts phrases
  // into words and particles).
  it.each([
    ['arabic', 'ar', 25_000, 50_000],
    ['japanese', 'ja', 50_000, 130_000],
  ] as const)('gives a 200,000-character %s post its minutes', (script, locale, fewest, most) => {
    const content = longPost(script, 200_000, {seed: 3});
    expect(content.length).toBeGreaterThanOrEqual(200_000);
    // Blank lines end every word, so the post's words are its blocks' words;
    // each block is short enough for Docusaurus's own count (at one word a
    // minute, its minutes are the block's words).
    const words = content
      .split('\n\n')
      .reduce((sum, block) => sum + Math.round(calculateReadingTime(block, locale, {wordsPerMinute: 1})), 0);
    expect(words).toBeGreaterThan(fewest);
    expect(words).toBeLessThan(most);
    expect(linearReadingTime({content, locale})).toBe(Math.round((words / 200) * 100) / 100);
  });

  it('is the same figure when asked again for the same post, and counts every post of its own', () => {
    const a = longPost('arabic', 3_000, {seed: 1});
    const b = longPost('arabic', 3_000, {seed: 2});
    expect(linearReadingTime({content: a, locale: 'ar'})).toBe(linearReadingTime({content: a, locale: 'ar'}));
    expect(linearReadingTime({content: b, locale: 'ar'})).toBe(calculateReadingTime(b, 'ar'));
    expect(linearReadingTime({content: a, locale: 'ar'})).not.toBe(linearReadingTime({content: b, locale: 'ar'}));
  });

  it('follows the words per minute the site asks for, and is 0 for an empty post', () => {
    const content = longPost('latin', 5_000);
    expect(linearReadingTime({content, locale: 'en', options: {wordsPerMinute: 100}})).toBe(
      calculateReadingTime(content, 'en', {wordsPerMinute: 100}),
    );
    expect(linearReadingTime({content: '', locale: 'en'})).toBe(0);
    expect(linearReadingTime({content: '  \n\n  ', locale: 'en'})).toBe(0);
  });
});

describe("a site's own readingTime option", () => {
  const content = longPost('latin', 4_000);
  const withOption = (option: ReadingTimeFunctionOption) => minutes(readingTimeOption(option), content, 'en');

  it("decides: its figure, or none, is the post's", () => {
    expect(withOption(() => 42)).toBe(42);
    expect(withOption(() => undefined)).toBeUndefined();
    expect(
      withOption(({frontMatter, content, locale, defaultReadingTime}) =>
        frontMatter.hide_reading_time ? undefined : defaultReadingTime({content, locale}),
      ),
    ).toBe(theirs(content, 'en'));
  });

  it("gets the plugin's count as defaultReadingTime, with its own words per minute", () => {
    let given: ReadingTimeFunction | undefined;
    const figure = withOption(({content, locale, defaultReadingTime}) => {
      given = defaultReadingTime;
      return defaultReadingTime({content, locale, options: {wordsPerMinute: 300}});
    });
    expect(given).toBe(linearReadingTime);
    expect(figure).toBe(calculateReadingTime(content, 'en', {wordsPerMinute: 300}));
  });
});
