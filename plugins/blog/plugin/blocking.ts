/**
 * Posts the blog plugin cannot load at all: the dev server leaves them out of
 * the blog and shows their problems instead. The checker marks those errors
 * (`blocking`: a blocking rule's, or one that stands for Docusaurus's refusal).
 */
import type {CheckResult} from '../check';

/** Checked posts of a locale that the blog plugin cannot load; with `anyError`, every post with an error. */
export function blockedPosts(result: CheckResult, locale: string, anyError = false): CheckResult['posts'] {
  return result.posts.filter(
    (p) => p.post.locale === locale && p.diagnostics.some((d) => d.severity === 'error' && (anyError || d.blocking)),
  );
}
