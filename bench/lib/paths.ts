import path from 'node:path';

/** The repository: sites under bench/work/ resolve its node_modules and its plugin. */
export const ROOT = path.resolve(import.meta.dirname, '../..');
export const WORK = path.join(ROOT, 'bench/work');
export const RESULTS = path.join(ROOT, 'bench/results');
export const DOCUSAURUS = path.join(ROOT, 'node_modules/.bin/docusaurus');
