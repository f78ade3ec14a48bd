/**
 * Keywords: 1 to 15 of them, none empty, none repeated. Repeats are found after
 * normalization, as a search engine would see them: "الذكاء الإصطناعي" and
 * "الذكاء الاصطناعي" are one keyword written twice.
 */
import {normalizeForMatch} from '../../i18n/arabic';
import type {PostCheck} from '../context';
import type {Finding} from './';

export const MIN_KEYWORDS = 1;
/** More than this and the list stops saying what the post is about. */
export const MAX_KEYWORDS = 15;

export const checkKeywords: PostCheck = (_post, data) => {
  const keywords = data.keywords;
  if (!Array.isArray(keywords)) return [];
  const findings: Finding[] = [];
  if (keywords.length < MIN_KEYWORDS) {
    findings.push({
      rule: 'keywords-count',
      path: ['keywords'],
      message: `"keywords" is an empty list; ${MIN_KEYWORDS} to ${MAX_KEYWORDS} are useful. Add the words readers would search for, or remove the field.`,
    });
  } else if (keywords.length > MAX_KEYWORDS) {
    findings.push({
      rule: 'keywords-count',
      path: ['keywords'],
      message: `"keywords" has ${keywords.length} items; ${MIN_KEYWORDS} to ${MAX_KEYWORDS} are useful. Keep the ${MAX_KEYWORDS} most relevant and remove the rest.`,
    });
  }
  const seen = new Map<string, {index: number; value: string}>();
  keywords.forEach((value: unknown, i) => {
    // Other types are the field rules' to report.
    if (typeof value !== 'string') return;
    if (value.trim() === '') {
      findings.push({rule: 'field-empty', path: ['keywords', i], message: `keywords[${i}] is empty. Remove it or write a keyword.`});
      return;
    }
    const normalized = normalizeForMatch(value);
    if (normalized === '') {
      findings.push({rule: 'field-empty', path: ['keywords', i], message: `keywords[${i}] shows nothing: it holds only invisible characters or marks. Remove it or write a keyword.`});
      return;
    }
    const first = seen.get(normalized);
    if (first) {
      const spelling = first.value === value ? '' : ` (${show(first.value)})`;
      findings.push({
        rule: 'keyword-duplicate',
        path: ['keywords', i],
        message: `Keyword ${show(value)} repeats keywords[${first.index}]${spelling}. Remove one of them.`,
      });
      return;
    }
    seen.set(normalized, {index: i, value});
  });
  return findings;
};

/** A value as the message quotes it: whole, unless it is long. */
function show(value: string): string {
  return `"${value.length > 60 ? `${value.slice(0, 57)}…` : value}"`;
}
