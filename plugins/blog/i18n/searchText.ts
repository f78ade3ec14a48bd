/**
 * Text as search compares it, the same in the index and in the query: each
 * word in its matching form (arabic.ts: harakat, tatweel, alef and hamza forms,
 * taa marbuta, alef maqsura, digits, case), without the Arabic definite article.
 * Readers type "ذكاء" for "الذَّكاءُ" and "بالذكاء"; a word without its article is
 * still the same word. Runs in the browser too: nothing here touches the disk.
 */
import {normalizeForMatch} from './arabic';

/**
 * The article and the one-letter words written onto it (و، ف، ب، ك، ل: "and",
 * "so", "with", "like", "for"), at the start of a word of at least two more
 * letters, so that "الا" or "اله" keep their letters.
 */
const ARTICLE = /(?<![\p{L}\p{M}])(?:[وف]?[بك]?ال|[وف]?لل)(?=\p{L}{2})/gu;

export function searchText(text: string): string {
  return text
    .split(/(\s+)/)
    .map((part) => (/^\s*$/.test(part) ? part : normalizeForMatch(part).replace(ARTICLE, '')))
    .join('');
}
