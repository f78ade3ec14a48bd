/**
 * A translation older than its original: the default locale's file of the
 * same post was committed after the translation's last commit. Dates come
 * from git (check/translations/history.ts); outside git the rule is silent.
 */
import type {CheckedPost, PostInput, SiteFacts} from '../context';
import {truncateAtWord} from '../../shared/text';
import type {Commit} from '../translations/history';
import {defineRule, type Finding} from './rule';

export const translationStale = defineRule({
  id: 'translation-stale',
  severity: 'warning',
  category: 'house',
  description: 'a translation whose original changed in git after the translation last did',
  fix: "Bring the translation up to date with the original's commits the message lists, and commit it.",
  blocking: false,
  scope: 'site',
  check: checkStale,
  messages: {
    stale: ({source, since, commits}: {source: string; since: string; commits: Commit[]}) =>
      `The original ${source} changed after this translation's last commit (${since.slice(0, 10)}): ${listed(commits)}. Update the translation to match it.`,
  },
});

/** The newest commits a message names, as the status page lists them. */
export const MAX_LISTED = 5;

/** A commit's subject as messages and the status page quote it: cut at a word after 60 characters. */
export const shortened = (subject: string) => truncateAtWord(subject, 60);

const listed = (commits: Commit[]) =>
  `${commits.length} commit${commits.length === 1 ? '' : 's'} since, ` +
  commits
    .slice(0, MAX_LISTED)
    .map((c) => `${c.hash.slice(0, 7)} ${c.date.slice(0, 10)} "${shortened(c.subject)}"`)
    .join(', ') +
  (commits.length > MAX_LISTED ? `, and ${commits.length - MAX_LISTED} more` : '');

/** Each translation whose original has commits newer than its own last one: those commits, newest first. */
function staleTranslations(
  posts: readonly {post: PostInput}[],
  site: Pick<SiteFacts, 'defaultLocale' | 'history'>,
): Map<PostInput, {source: PostInput; since: string; commits: Commit[]}> {
  const out = new Map<PostInput, {source: PostInput; since: string; commits: Commit[]}>();
  const history = site.history;
  if (!history) return out;
  const sources = new Map<string, PostInput>();
  for (const {post} of posts) if (post.locale === site.defaultLocale) sources.set(post.relativePath, post);
  for (const {post} of posts) {
    if (post.locale === site.defaultLocale) continue;
    const source = sources.get(post.relativePath);
    const own = history.get(post.file)?.[0];
    const original = source && history.get(source.file);
    if (!source || !own || !original) continue;
    const time = Date.parse(own.date);
    const newer = original.filter((c) => Date.parse(c.date) > time && c.hash !== own.hash);
    if (newer.length) out.set(post, {source, since: own.date, commits: newer});
  }
  return out;
}

function checkStale(posts: readonly CheckedPost[], site: SiteFacts): Map<PostInput, Finding[]> {
  const out = new Map<PostInput, Finding[]>();
  for (const [post, {source, since, commits}] of staleTranslations(posts, site)) {
    // With its data: the translation status page words it in the page's language.
    const data = {source: source.file, since, commits};
    out.set(post, [{...translationStale.report('stale', {path: []}, data), data}]);
  }
  return out;
}
