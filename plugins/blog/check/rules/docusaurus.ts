/**
 * What @docusaurus/plugin-content-blog itself refuses in a post's front
 * matter (check/docusaurus: its own validation, run on the post): each refusal
 * is an error at its YAML node, so that the build never stops on front matter
 * with Docusaurus's stack trace after a check that passed. Where another rule
 * already reports an error at the same field, that rule's message says more and
 * the checker keeps it alone (./index.ts, `SAYS_MORE_THAN_DOCUSAURUS`).
 */
import {docusaurusRefusals, REFUSAL_TYPES} from '../docusaurus';
import type {PostInput, SiteFacts} from '../context';
import {writtenInQuotes, yamlTimestamp} from './frontMatter';
import {defineRule, type Finding} from './rule';

export const docusaurusRefused = defineRule({
  id: 'docusaurus-refused',
  severity: 'error',
  category: 'docusaurus',
  description: 'a value the blog plugin of Docusaurus refuses to load',
  fix: 'Do what the message says: Docusaurus stops the build on this value.',
  blocking: true,
  scope: 'post',
  check: checkDocusaurusRefusals,
  messages: {
    // The library words each refusal in the project's terms (check/docusaurus/messages.ts).
    refused: ({message}: {message: string}) => message,
  },
});

function checkDocusaurusRefusals(post: PostInput, data: Record<string, unknown>, _site: SiteFacts): Finding[] {
  return docusaurusRefusals(asDocusaurusReadsIt(post, data)).map((refusal) =>
    docusaurusRefused.report('refused', {path: refusal.path, at: atOf(refusal.type)}, {message: refusal.message}),
  );
}

/** A legacy author field next to `authors` is refused as a field, whatever its value: point at its key. */
const atOf = (type: string): 'key' | 'value' => (type === REFUSAL_TYPES.legacyAuthorMix ? 'key' : 'value');

/**
 * The front matter as Docusaurus's reader gives it, where the checker's differs.
 * The checker reads timestamps as text (YAML 1.2, so that a day such as
 * 2025-02-30 is seen as written); js-yaml, Docusaurus's reader, makes an
 * unquoted one a Date. For a text the schema reads as a date anyway that
 * changes nothing; for one it cannot read, a month or day of one digit before a
 * time (2025-1-1T10:00:00Z) or an offset past 24 hours, it is the difference
 * between accepted and refused, so the date is read as js-yaml reads it when it
 * is written unquoted.
 */
function asDocusaurusReadsIt(post: PostInput, data: Record<string, unknown>): Record<string, unknown> {
  const date = data.date;
  if (typeof date !== 'string' || !Number.isNaN(new Date(date).getTime())) return data;
  const read = yamlTimestamp(date);
  return read && !writtenInQuotes(post, 'date') ? {...data, date: read} : data;
}
