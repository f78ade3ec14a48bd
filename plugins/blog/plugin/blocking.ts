/**
 * Posts the blog plugin cannot load at all: the dev server leaves them out of
 * the blog and shows their problems instead. Which rules block is each rule's
 * own `blocking` (check/rules), gathered by the registry.
 */
import type {CheckResult} from '../check';
import {BLOCKING_RULES} from '../check/rules';

/** Checked posts of a locale that the blog plugin cannot load; with `anyError`, every post with an error. */
export function blockedPosts(result: CheckResult, locale: string, anyError = false): CheckResult['posts'] {
  return result.posts.filter(
    (p) =>
      p.post.locale === locale &&
      p.diagnostics.some((d) => d.severity === 'error' && (anyError || BLOCKING_RULES.has(d.rule))),
  );
}
