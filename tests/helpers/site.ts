import {execFile} from 'node:child_process';
import {mkdtemp, readFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';
import * as cheerio from 'cheerio';

const run = promisify(execFile);

export const ROOT = path.resolve(import.meta.dirname, '../..');
const DOCUSAURUS = path.join(ROOT, 'node_modules/.bin/docusaurus');

export interface BuildResult {
  outDir: string;
  stdout: string;
  stderr: string;
}

/** Builds a Docusaurus site (all locales) into a fresh temporary folder. */
export async function buildSite(siteDir: string = ROOT, env: Record<string, string> = {}): Promise<BuildResult> {
  const outDir = await mkdtemp(path.join(tmpdir(), 'qalam-build-'));
  const {stdout, stderr} = await run(DOCUSAURUS, ['build', siteDir, '--out-dir', outDir], {
    cwd: siteDir,
    env: {...process.env, FORCE_COLOR: '0', ...env},
    maxBuffer: 64 * 1024 * 1024,
  });
  return {outDir, stdout, stderr};
}

export async function loadPage(outDir: string, page: string): Promise<cheerio.CheerioAPI> {
  return cheerio.load(await readFile(path.join(outDir, page), 'utf8'));
}
