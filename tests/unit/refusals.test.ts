/**
 * plugins/blog/plugin/refusals.ts: the posts the blog plugin refuses, found
 * by reading each alone with its own reader, with the reason and the field.
 */
import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {validateOptions} from '@docusaurus/plugin-content-blog';
import type {LoadContext} from '@docusaurus/types';
import {DEFAULT_PARSE_FRONT_MATTER} from '@docusaurus/utils';
import {normalizePluginOptions} from '@docusaurus/utils-validation';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {refusedPosts} from '../../plugins/blog/plugin/refusals';

let siteDir: string;
const AR = 'i18n/ar/docusaurus-plugin-content-blog';

beforeAll(async () => {
  siteDir = await mkdtemp(path.join(tmpdir(), 'qalam-refusals-'));
  await mkdir(path.join(siteDir, 'blog'), {recursive: true});
  await mkdir(path.join(siteDir, AR), {recursive: true});
  const post = (extra: string) => `---\ntitle: A post\n${extra}---\n\nBody.\n`;
  await writeFile(path.join(siteDir, 'blog/2025-01-01-fine.md'), post(''));
  await writeFile(path.join(siteDir, 'blog/2025-01-02-keywords.md'), post('keywords: []\n'));
  // Translated in Arabic: the Arabic file is the one read, and it is the refused one.
  await writeFile(path.join(siteDir, 'blog/2025-01-03-translated.md'), post(''));
  await writeFile(
    path.join(siteDir, AR, '2025-01-03-translated.md'),
    post('toc_min_heading_level: 5\ntoc_max_heading_level: 3\n'),
  );
  // Only in Arabic.
  await writeFile(path.join(siteDir, AR, '2025-01-04-arabic-only.md'), post('draft: true\nunlisted: true\n'));
});
afterAll(() => rm(siteDir, {recursive: true, force: true}));

function arabicContext(): LoadContext {
  return {
    siteDir,
    baseUrl: '/ar/',
    localizationDir: path.join(siteDir, 'i18n/ar'),
    i18n: {currentLocale: 'ar', defaultLocale: 'en', locales: ['en', 'ar'], localeConfigs: {ar: {translate: true}}},
    siteConfig: {
      baseUrl: '/',
      markdown: {parseFrontMatter: DEFAULT_PARSE_FRONT_MATTER},
      future: {experimental_vcs: undefined},
    },
  } as unknown as LoadContext;
}

describe('refusedPosts', () => {
  it('names each post the blog plugin refuses in the locale, with its reason and field, and only those', async () => {
    const options = validateOptions({validate: normalizePluginOptions as never, options: {onInlineAuthors: 'ignore'}});
    const refused = await refusedPosts(arabicContext(), options, [
      '2025-01-01-fine.md',
      '2025-01-02-keywords.md',
      '2025-01-03-translated.md',
      '2025-01-04-arabic-only.md',
    ]);
    expect(refused).toEqual([
      {
        relativePath: '2025-01-02-keywords.md',
        reason: '"keywords" does not contain 1 required value(s)',
        field: ['keywords'],
      },
      {
        relativePath: '2025-01-03-translated.md',
        reason: expect.stringContaining('"toc_min_heading_level" must be less than or equal to'),
        field: ['toc_min_heading_level'],
      },
      {relativePath: '2025-01-04-arabic-only.md', reason: "Can't be draft and unlisted at the same time.", field: []},
    ]);
  });
});
