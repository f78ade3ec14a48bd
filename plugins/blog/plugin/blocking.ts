/**
 * Problems that keep the blog plugin from loading a post at all: the dev
 * server leaves such posts out of the blog and shows their problems instead.
 */
import type {CheckResult} from '../check';
import type {RuleId} from '../check/rules';

export const BLOCKING: ReadonlySet<RuleId> = new Set<RuleId>([
  'frontmatter-missing',
  'frontmatter-fenced',
  'frontmatter-unclosed',
  'frontmatter-not-mapping',
  'encoding-invalid',
  'yaml-syntax',
  'yaml-duplicate-key',
  'yaml-custom-tag',
  'yaml-alias',
  'yaml-too-large',
  'field-type',
  'field-required',
  'author-unknown',
  'date-invalid',
  // A slug with ".." would make the blog plugin write the page outside the build.
  'slug-invalid',
]);

/** Checked posts of a locale that the blog plugin cannot load; with `anyError`, every post with an error. */
export function blockedPosts(result: CheckResult, locale: string, anyError = false): CheckResult['posts'] {
  return result.posts.filter(
    (p) => p.post.locale === locale && p.diagnostics.some((d) => d.severity === 'error' && (anyError || BLOCKING.has(d.rule))),
  );
}
