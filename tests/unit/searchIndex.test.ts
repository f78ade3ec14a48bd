/**
 * Each locale's search index in a build (plugin/search.ts indexLocale): written
 * in its locale's postBuild, failing with the locale and the reason, never
 * left pending when Pagefind's process ends without answering.
 */
import {execFile} from 'node:child_process';
import {existsSync} from 'node:fs';
import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';
import type {LoadContext} from '@docusaurus/types';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {indexLocale, searchIndexRequest} from '../../plugins/blog/plugin/search';
import {answered, writeSearchIndex} from '../../plugins/blog/plugin/searchIndex';

const root = path.resolve(__dirname, '../..');

let work: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'qalam-search-index-'));
});

afterAll(async () => {
  await rm(work, {recursive: true, force: true});
});

const contextOf = (currentLocale: string) =>
  ({
    baseUrl: currentLocale === 'en' ? '/' : `/${currentLocale}/`,
    siteConfig: {trailingSlash: undefined},
    i18n: {
      defaultLocale: 'en',
      locales: ['en', 'ar'],
      currentLocale,
      localeConfigs: {en: {htmlLang: 'en'}, ar: {htmlLang: 'ar'}},
    },
  }) as unknown as LoadContext;

describe('indexLocale', () => {
  it("writes the locale's index before it returns", async () => {
    const ar = path.join(work, 'ok/ar');
    await indexLocale(contextOf('ar'), ar, []);
    expect(existsSync(path.join(ar, 'pagefind/pagefind.js'))).toBe(true);
  });

  it('fails with the locale and the reason when the index cannot be written', async () => {
    const notAFolder = path.join(work, 'a-file');
    await writeFile(notAFolder, '');
    await expect(indexLocale(contextOf('en'), notAFolder, [])).rejects.toThrow(
      /^the search index \(en\) could not be written: ENOTDIR: not a directory/,
    );
  });
});

describe("the index's pages", () => {
  const post = (permalink: string, extra: object = {}) =>
    ({
      metadata: {
        permalink,
        source: `@site/blog${permalink}.md`,
        title: `Title of ${permalink}`,
        description: 'A description',
        frontMatter: {keywords: ['one', 'two']},
        ...extra,
      },
    }) as never;

  it('are the built pages of the listed posts written in the locale', () => {
    const request = searchIndexRequest(contextOf('ar'), '/out/ar', [
      post('/ar/listed'),
      post('/ar/unlisted', {unlisted: true}),
      post('/ar/untranslated', {language: {untranslatedFrom: 'en'}}),
    ]);
    expect(request).toEqual({
      folder: '/out/ar/pagefind',
      language: 'ar',
      pages: [
        {
          url: '/ar/listed',
          // trailingSlash unset: Docusaurus writes the page as a folder's index.
          file: '/out/ar/listed/index.html',
          source: '@site/blog/ar/listed.md',
          title: 'Title of /ar/listed',
          description: 'A description',
          keywords: ['one', 'two'],
        },
      ],
    });
  });

  it('are indexed when built, and a post without its page is named and left out', async () => {
    const out = path.join(work, 'pages');
    await mkdir(out, {recursive: true});
    await writeFile(
      path.join(out, 'built.html'),
      '<html><body><article><h1>الذَّكاءُ الاصطناعي</h1><p>نص المقال</p></article></body></html>',
    );
    const page = (name: string) => ({
      url: `/${name}`,
      file: path.join(out, `${name}.html`),
      source: `@site/blog/${name}.md`,
      title: name,
      description: '',
      keywords: [],
    });
    const result = await writeSearchIndex({
      folder: path.join(out, 'pagefind'),
      language: 'ar',
      pages: [page('built'), page('never-built')],
    });
    expect(result).toMatchObject({indexed: 1, missing: ['@site/blog/never-built.md']});
    expect(result.kb).toBeGreaterThan(0);
    expect(existsSync(path.join(out, 'pagefind/pagefind.js'))).toBe(true);
    // Pagefind's own interfaces, which the theme does not use, are not shipped.
    expect(existsSync(path.join(out, 'pagefind/pagefind-ui.js'))).toBe(false);
  });
});

describe('answered', () => {
  it('settles as the call does when the call settles', async () => {
    await expect(answered(Promise.resolve('index written'))).resolves.toBe('index written');
    await expect(answered(Promise.reject(new Error('refused')))).rejects.toThrow('refused');
  });

  it('rejects a call that nothing is left to settle, in a process that then ends with that error', async () => {
    const script = `
      const loaded = await import(${JSON.stringify(path.join(root, 'plugins/blog/plugin/searchIndex.ts'))});
      const {answered} = loaded.default ?? loaded;
      setTimeout(() => console.log('other work done'), 50);
      answered(Promise.resolve('answer')).then((value) => console.log('settled: ' + value));
      answered(new Promise(() => {})).then(
        () => console.log('settled'),
        (error) => {
          console.log(error.message);
          process.exitCode = 1;
        },
      );
    `;
    const result = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script],
      {
        cwd: root,
      },
    ).then(
      ({stdout}) => ({code: 0, stdout}),
      (error: {code: number; stdout: string}) => error,
    );
    expect(result.code).toBe(1);
    expect(result.stdout.trim().split('\n')).toEqual([
      'settled: answer',
      'other work done',
      "Pagefind's process ended without answering (its own message, if any, is above)",
    ]);
  });
});
