/**
 * A title, description or body in another language than the post's (its
 * `lang`, else its locale's), same script or not: Spanish written in
 * Portuguese, Persian in Arabic, Japanese in Chinese, a German post with a
 * Chinese title. Identified by check/translations/identify.ts; texts too short
 * to tell, or where the language found leads the expected one by too little,
 * are not reported.
 */
import type {CheckedPost, PostInput, SiteFacts} from '../context';
import {languageName} from '../translations/identify';
import {postLanguages} from '../translations/postLanguages';
import {untranslatedByScript} from './crossLocale';
import {defineRule, type Finding} from './rule';

interface Found {
  field: string;
  found: string;
  confidence: number;
  expected: string;
  because: string;
}

const said = ({found, confidence, expected, because}: Found) =>
  `reads as ${languageName(found)} ("${found}", confidence ${confidence.toFixed(2)}), not ${languageName(expected)}, the post's ${because}`;

export const languageMismatch = defineRule({
  id: 'language-mismatch',
  severity: 'warning',
  category: 'house',
  description: "a title, description or body in another language than the post's",
  fix: "Translate the text into the post's language, or set `lang` to the language the post is written in.",
  blocking: false,
  scope: 'site',
  check: checkLanguages,
  messages: {
    field: (found: Found) =>
      `The ${found.field} ${said(found)}. Translate it, or set "lang: ${found.found}" if the post is written in ${languageName(found.found)}.`,
    body: (found: Found) =>
      `The body, from this paragraph on, ${said(found)}. Translate it, or set "lang: ${found.found}" if the post is written in ${languageName(found.found)}.`,
  },
});

/** Languages of the other locales' files of the same post: a body in one of them is left untranslated. */
export function counterpartLanguages(
  posts: readonly CheckedPost[],
  site: SiteFacts,
): Map<PostInput, Map<string, CheckedPost>> {
  const byPath = new Map<string, CheckedPost[]>();
  for (const p of posts) {
    const list = byPath.get(p.post.relativePath);
    if (list) list.push(p);
    else byPath.set(p.post.relativePath, [p]);
  }
  const out = new Map<PostInput, Map<string, CheckedPost>>();
  for (const group of byPath.values()) {
    if (group.length < 2) continue;
    for (const p of group) {
      const others = new Map<string, CheckedPost>();
      for (const other of group) {
        const language = other === p ? undefined : postLanguages(other, site)?.expected.language;
        if (language && !others.has(language)) others.set(language, other);
      }
      out.set(p.post, others);
    }
  }
  return out;
}

function checkLanguages(posts: readonly CheckedPost[], site: SiteFacts): Map<PostInput, Finding[]> {
  const out = new Map<PostInput, Finding[]>();
  const counterparts = counterpartLanguages(posts, site);
  for (const checked of posts) {
    const languages = postLanguages(checked, site);
    if (!languages) continue;
    const {expected} = languages;
    const findings: Finding[] = [];
    const base = {expected: expected.language, because: expected.source};
    // A right-to-left post with no letter of its script is locale-untranslated's.
    if (!untranslatedByScript(checked.post, checked.data)) {
      for (const field of ['title', 'description'] as const) {
        const mismatch = languages[field];
        if (mismatch) findings.push(languageMismatch.report('field', {path: [field]}, {field, ...mismatch, ...base}));
      }
    }
    const body = languages.body;
    // A body in the language of the post's other file is left untranslated: translation-unfinished's.
    if (body && !counterparts.get(checked.post)?.has(body.mismatch.found)) {
      findings.push(
        languageMismatch.report(
          'body',
          {path: [], range: lineRange(checked.post, body.paragraph.line)},
          {
            field: 'body',
            ...body.mismatch,
            ...base,
          },
        ),
      );
    }
    if (findings.length) out.set(checked.post, findings);
  }
  return out;
}

/** The whole of a line of the file, 1-based. */
export function lineRange(
  post: PostInput,
  line: number,
): {line: number; column: number; endLine: number; endColumn: number} {
  const text = post.parsed.source.split('\n')[line - 1] ?? '';
  return {line, column: 1, endLine: line, endColumn: text.replace(/\r$/, '').length + 1};
}
