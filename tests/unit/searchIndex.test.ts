/**
 * Each locale's search index in a build (plugin/search.ts indexLocale): written
 * in its locale's postBuild, failing with the locale and the reason, never
 * left pending when Pagefind's process ends without answering.
 */
import {execFile} from 'node:child_process';
import {existsSync} from 'node:fs';
import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';
import type {LoadContext} from '@docusaurus/types';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {answered, indexLocale} from '../../plugins/blog/plugin/search';

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

describe('answered', () => {
  it('settles as the call does when the call settles', async () => {
    await expect(answered(Promise.resolve('index written'))).resolves.toBe('index written');
    await expect(answered(Promise.reject(new Error('refused')))).rejects.toThrow('refused');
  });

  it('rejects a call that nothing is left to settle, in a process that then ends with that error', async () => {
    const script = `
      const loaded = await import(${JSON.stringify(path.join(root, 'plugins/blog/plugin/search.ts'))});
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
