/**
 * Keywords: 1 to 15 of them, none repeated. Repeats are found after
 * normalization, as a search engine would see them: "الذكاء الإصطناعي" and
 * "الذكاء الاصطناعي" are one keyword written twice. Empty keywords are
 * field-empty's (fieldEmpty.ts); an empty list, which Docusaurus refuses,
 * docusaurus-refused's (docusaurus.ts).
 */
import {normalizeForMatch} from '../../i18n/arabic';
import {quoted} from '../../shared/text';
import type {PostInput, SiteFacts} from '../context';
import {defineRule, type Finding} from './rule';

export const MIN_KEYWORDS = 1;
/** More than this and the list stops saying what the post is about. */
export const MAX_KEYWORDS = 15;

export const keywordsCount = defineRule({
  id: 'keywords-count',
  severity: 'warning',
  category: 'house',
  description: `more than ${MAX_KEYWORDS} keywords`,
  fix: `Keep the ${MAX_KEYWORDS} most relevant keywords.`,
  blocking: false,
  scope: 'post',
  check: checkKeywords,
  messages: {
    tooMany: ({count}: {count: number}) =>
      `"keywords" has ${count} items; ${MIN_KEYWORDS} to ${MAX_KEYWORDS} are useful. Keep the ${MAX_KEYWORDS} most relevant and remove the rest.`,
  },
});

export const keywordDuplicate = defineRule({
  id: 'keyword-duplicate',
  severity: 'warning',
  category: 'house',
  description: 'the same keyword twice',
  fix: 'Remove the repeated keyword (compared after Arabic normalization).',
  blocking: false,
  scope: 'post',
  check: checkKeywords,
  messages: {
    repeats: ({value, first, firstValue}: {value: string; first: number; firstValue: string}) =>
      `Keyword ${quoted(value)} repeats keywords[${first}]${firstValue === value ? '' : ` (${quoted(firstValue)})`}. Remove one of them.`,
  },
});

export function checkKeywords(_post: PostInput, data: Record<string, unknown>, _site: SiteFacts): Finding[] {
  const keywords = data.keywords;
  if (!Array.isArray(keywords)) return [];
  const findings: Finding[] = [];
  // An empty list is refused by Docusaurus itself: docusaurus-refused's error (docusaurus.ts).
  if (keywords.length > MAX_KEYWORDS) {
    findings.push(keywordsCount.report('tooMany', {path: ['keywords']}, {count: keywords.length}));
  }
  const seen = new Map<string, {index: number; value: string}>();
  keywords.forEach((value: unknown, i) => {
    // Other types are the field rules' to report, empty ones field-empty's.
    if (typeof value !== 'string') return;
    const normalized = normalizeForMatch(value);
    if (value.trim() === '' || normalized === '') return;
    const first = seen.get(normalized);
    if (first) {
      findings.push(
        keywordDuplicate.report(
          'repeats',
          {path: ['keywords', i]},
          {value, first: first.index, firstValue: first.value},
        ),
      );
      return;
    }
    seen.set(normalized, {index: i, value});
  });
  return findings;
}
