import {createHash} from 'node:crypto';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {expect, it} from 'vitest';
import {ROOT} from '../helpers/site';

// The Arabic post the site is built around is kept byte for byte as it was given.
it('keeps the seed post exactly as it is', () => {
  const seed = readFileSync(
    path.join(ROOT, 'i18n/ar/docusaurus-plugin-content-blog/2025-01-29-deepseek-open-source-revolution.md'),
  );
  expect(createHash('sha256').update(seed).digest('hex')).toBe(
    '06298e926702dbc4f0811c008f1cfc2d478b28ec9a11cb28863c69e307d9bdf8',
  );
});
