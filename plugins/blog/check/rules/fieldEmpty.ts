/**
 * Empty values: a title or description that is blank or shows nothing, and
 * blank items of tags, authors and keywords. Other rules skip what this one
 * reports, so an empty item is reported once, here.
 */
import {normalizeForMatch} from '../../i18n/arabic';
import {codePoint} from '../../shared/text';
import type {PostInput, SiteFacts} from '../context';
import {showsSomething} from './frontMatter';
import {defineRule, type Finding} from './rule';

/** Code points a message lists before it stops with "…". */
const LISTED_CODE_POINTS = 6;

const codePoints = (text: string): string => {
  const all = [...text].map((char) => codePoint(char));
  return all.length > LISTED_CODE_POINTS ? `${all.slice(0, LISTED_CODE_POINTS).join(' ')} …` : all.join(' ');
};

export const fieldEmpty = defineRule({
  id: 'field-empty',
  severity: 'error',
  category: 'house',
  description: 'an empty title, description or list item',
  fix: 'Write a value or remove the item.',
  blocking: false,
  scope: 'post',
  check: checkEmpty,
  messages: {
    blank: ({field}: {field: string}) => `"${field}" is empty. Write the post's ${field}.`,
    showsNothing: ({field, value}: {field: string; value: string}) =>
      `"${field}" shows nothing: it holds only marks, tatweel or invisible characters (${codePoints(value)}). Write the post's ${field}.`,
    authorsBlank: () => '"authors" is empty. Write the key of an author in authors.yml, like [first-author].',
    itemBlank: ({field, index}: {field: string; index: number}) =>
      `${field}[${index}] is empty. Remove it or write a value.`,
    noTags: () => 'The list of tags is empty. Give the post at least one tag from tags.yml.',
    keywordBlank: ({index}: {index: number}) => `keywords[${index}] is empty. Remove it or write a keyword.`,
    keywordShowsNothing: ({index}: {index: number}) =>
      `keywords[${index}] shows nothing: it holds only invisible characters or marks. Remove it or write a keyword.`,
  },
});

export function checkEmpty(_post: PostInput, data: Record<string, unknown>, site: SiteFacts): Finding[] {
  const findings: Finding[] = [];
  for (const field of ['title', 'description'] as const) {
    const value = data[field];
    if (typeof value === 'string' && value.trim() === '') {
      findings.push(fieldEmpty.report('blank', {path: [field]}, {field}));
    } else if (typeof value === 'string' && !showsSomething(value)) {
      findings.push(fieldEmpty.report('showsNothing', {path: [field]}, {field, value}));
    }
  }
  if (typeof data.authors === 'string' && data.authors.trim() === '') {
    findings.push(fieldEmpty.report('authorsBlank', {path: ['authors']}));
  }
  for (const field of ['tags', 'authors'] as const) {
    const value = data[field];
    if (!Array.isArray(value)) continue;
    value.forEach((item: unknown, index) => {
      if (typeof item === 'string' && item.trim() === '') {
        findings.push(fieldEmpty.report('itemBlank', {path: [field, index]}, {field, index}));
      }
    });
    if (field === 'tags' && value.length === 0 && site.settings.required.includes('tags')) {
      findings.push(fieldEmpty.report('noTags', {path: [field]}));
    }
  }
  if (Array.isArray(data.keywords)) {
    data.keywords.forEach((item: unknown, index) => {
      if (typeof item !== 'string') return;
      // A keyword is compared as a search engine reads it (keywords.ts): one
      // that normalizes to nothing shows nothing.
      if (item.trim() === '') findings.push(fieldEmpty.report('keywordBlank', {path: ['keywords', index]}, {index}));
      else if (normalizeForMatch(item) === '') {
        findings.push(fieldEmpty.report('keywordShowsNothing', {path: ['keywords', index]}, {index}));
      }
    });
  }
  return findings;
}
