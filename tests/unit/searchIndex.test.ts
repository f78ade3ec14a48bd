/**
 * Each locale's search index in a build (plugin/search.ts indexLocale): in a
 * build of every locale, written while the next locale builds, and waited
 * for, with its reason when it fails, by the next locale's postBuild.
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
const EVERY_LOCALE = [process.execPath, path.join(root, 'node_modules/.bin/docusaurus'), 'build'];
const ONE_LOCALE = [...EVERY_LOCALE, '--locale', 'en'];

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
  it('leaves a locale that is not the last one writing its index, which the next locale waits for', async () => {
    const [en, ar] = [path.join(work, 'ok/en'), path.join(work, 'ok/ar')];
    await indexLocale(contextOf('en'), en, [], EVERY_LOCALE);
    await indexLocale(contextOf('ar'), ar, [], EVERY_LOCALE);
    // The last locale's postBuild returns once both are written.
    expect(existsSync(path.join(en, 'pagefind/pagefind.js'))).toBe(true);
    expect(existsSync(path.join(ar, 'pagefind/pagefind.js'))).toBe(true);
  });

  it("fails the next locale's postBuild with the reason of the index that could not be written", async () => {
    const notAFolder = path.join(work, 'a-file');
    await writeFile(notAFolder, '');
    await expect(indexLocale(contextOf('en'), notAFolder, [], EVERY_LOCALE)).resolves.toBeUndefined();
    await expect(indexLocale(contextOf('ar'), path.join(work, 'after/ar'), [], EVERY_LOCALE)).rejects.toThrow(
      /^The search index of locale "en" could not be written: /,
    );
  });

  it('writes the index before it returns in a build of chosen locales', async () => {
    const notAFolder = path.join(work, 'another-file');
    await writeFile(notAFolder, '');
    await expect(indexLocale(contextOf('en'), notAFolder, [], ONE_LOCALE)).rejects.toThrow(
      /^The search index of locale "en" could not be written: /,
    );
    const en = path.join(work, 'chosen/en');
    await indexLocale(contextOf('en'), en, [], ONE_LOCALE);
    expect(existsSync(path.join(en, 'pagefind/pagefind.js'))).toBe(true);
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
