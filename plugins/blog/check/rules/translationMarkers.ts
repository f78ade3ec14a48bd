/**
 * A translation left half done: the `# TODO translate` comments and the
 * `{/* translate from … *\/}` marker that `npm run translate-post` writes, or
 * a body still in the language of the post's other file (the original it was
 * copied from). Docusaurus publishes such a post as it is.
 */
import {truncateAtWord} from '../../shared/text';
import type {CheckedPost, PostInput, SiteFacts} from '../context';
import {languageName} from '../translations/identify';
import {MARKER, postLanguages, TODO_NOTE} from '../translations/postLanguages';
import {counterpartLanguages, lineRange} from './language';
import {defineRule, type Finding} from './rule';

export const translationUnfinished = defineRule({
  id: 'translation-unfinished',
  severity: 'error',
  category: 'house',
  description: 'a translation with its TODO translate notes, its translate from marker or its original body left in',
  fix: 'Translate the field or the body, then delete the `# TODO translate` comments and the `{/* translate from … */}` line.',
  blocking: false,
  scope: 'site',
  check: checkUnfinished,
  messages: {
    todo: ({note}: {note: string}) =>
      `A "${note}" note is left in the front matter: translate the field it is about, then delete the comment.`,
    marker: () =>
      'The "translate from" marker of translate-post is left in the body: translate the body below it, then delete the marker.',
    body: ({language, source}: {language: string; source: string}) =>
      `The body is still in ${languageName(language)}, the language of ${source}: translate it.`,
  },
});

const TODO = /^\s*#\s*(TODO translate\b.*)/;

function checkUnfinished(posts: readonly CheckedPost[], site: SiteFacts): Map<PostInput, Finding[]> {
  const out = new Map<PostInput, Finding[]>();
  const counterparts = counterpartLanguages(posts, site);
  for (const checked of posts) {
    const {post} = checked;
    const findings: Finding[] = [];
    // The file is read as text only when it may hold a note or the marker: decoding every post costs.
    const marked = post.text
      ? post.text.marked
      : post.parsed.bodyMentions(MARKER) || post.parsed.source.includes(TODO_NOTE);
    const source = marked ? post.parsed.source : '';
    if (source) {
      const lines = source.split('\n');
      for (let i = 0; i < lines.length; i++) {
        const line = lines[i]!;
        const note = i < post.parsed.bodyLine - 1 ? TODO.exec(line)?.[1] : undefined;
        if (note) {
          // With its data: the translation status page words it in the page's language.
          // A note as messages quote it: cut at a word after 54 characters.
          const data = {note: truncateAtWord(note.trim(), 54, 21)};
          findings.push({
            ...translationUnfinished.report('todo', {path: [], range: lineRange(post, i + 1)}, data),
            data,
          });
        }
        if (i >= post.parsed.bodyLine - 1 && line.includes(MARKER))
          findings.push(translationUnfinished.report('marker', {path: [], range: lineRange(post, i + 1)}));
      }
    }
    const body = postLanguages(checked, site)?.body;
    const original = body && counterparts.get(post)?.get(body.mismatch.found);
    if (body && original) {
      const data = {language: body.mismatch.found, source: original.post.file};
      findings.push({
        ...translationUnfinished.report('body', {path: [], range: lineRange(post, body.paragraph.line)}, data),
        data,
      });
    }
    if (findings.length) out.set(post, findings);
  }
  return out;
}
