/**
 * `npm run translations -- [SITE_DIR] [--format text|json]`: every post of
 * the site's blogs, with the locales that have it, and those where it is
 * missing, stale (its original changed since, by git) or unfinished (the
 * notes of translate-post left in). Exit 0 when it could tell, 2 when called
 * wrongly.
 */
import path from 'node:path';
import {checkSite} from '../check';
import {siteBlogs} from '../check/load/siteConfig';
import {translationStatus, type PostStatus, type TranslationState} from '../check/translations/status';
import {isDirectory} from '../shared/files';
import {callerDir, parseCommandLine, runCommand, UsageError} from './cli';

const USAGE = 'usage: npm run translations -- [SITE_DIR] [--format text|json]';
const FORMATS = ['text', 'json'] as const;
type Format = (typeof FORMATS)[number];
const isFormat = (value: string): value is Format => (FORMATS as readonly string[]).includes(value);

const COUNTED: readonly TranslationState[] = ['missing', 'stale', 'unfinished'];

async function main(): Promise<number> {
  const {values, positionals} = parseCommandLine({
    usage: USAGE,
    options: {format: {type: 'string', short: 'f', default: 'text'}},
    allowPositionals: true,
  });
  if (positionals.length > 1)
    throw new UsageError(`one site folder only, got "${positionals[0]}" and "${positionals[1]}"; ${USAGE}`);
  if (!isFormat(values.format))
    throw new UsageError(`unknown format "${values.format}"; use one of ${FORMATS.join(', ')}`);
  const siteDir = path.resolve(callerDir(), positionals[0] ?? '.');
  if (!isDirectory(siteDir)) throw new UsageError(`no such folder: ${siteDir}`);
  const {blogs, problem, assumed} = await siteBlogs(siteDir);
  if (problem) process.stderr.write(`translations: note: ${problem}; assumed ${assumed}\n`);
  const posts: PostStatus[] = [];
  let locales: readonly string[] = [];
  for (const blog of blogs) {
    const result = await checkSite(siteDir, {...blog.options, languageThread: true});
    locales = result.facts.locales;
    posts.push(...translationStatus(result.posts, result.facts));
  }
  const counts = Object.fromEntries(
    COUNTED.map((state) => [
      state,
      posts.reduce((n, p) => n + Object.values(p.locales).filter((l) => l.state === state).length, 0),
    ]),
  );
  if (values.format === 'json') process.stdout.write(`${JSON.stringify({locales, ...counts, posts}, null, 2)}\n`);
  else process.stdout.write(`${textReport(posts, locales, counts)}\n`);
  return 0;
}

function textReport(posts: PostStatus[], locales: readonly string[], counts: Record<string, number>): string {
  const lines: string[] = [];
  for (const post of posts) {
    lines.push(`${post.path}  ${post.title}`);
    for (const locale of locales) {
      const status = post.locales[locale]!;
      lines.push(`  ${locale.padEnd(6)}${status.state.padEnd(12)}${status.file}`);
      for (const note of status.notes ?? []) lines.push(`        ${note}`);
    }
  }
  const summary = COUNTED.map((state) => `${counts[state]} ${state}`).join(', ');
  lines.push('', `${posts.length} posts in ${locales.length} locales (${locales.join(', ')}): ${summary}`);
  return lines.join('\n');
}

runCommand('translations', main);
