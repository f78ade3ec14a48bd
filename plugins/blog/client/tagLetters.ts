/**
 * Tags grouped by their first letter, as a reader of the language looks them
 * up: Docusaurus takes the first character of the label, so every Arabic tag
 * that starts with the definite article ("الذكاء الاصطناعي") is filed under ا,
 * and أ, إ and ا are three letters. Here the letter is taken after the article
 * and after the normalization the checker matches tags with (alef and hamza
 * forms, harakat, tatweel…), and letters and tags are sorted by the page's
 * language.
 */
import {normalizeForMatch} from '../i18n/arabic';

/** The Arabic definite article, before a word of at least two letters (أ/إ/آ are already ا). */
const ARTICLE = /^ال(?=\p{L}\p{L})/u;

/** The form a tag is filed and sorted by: normalized, without its article. */
export function sortKey(label: string): string {
  return normalizeForMatch(label).replace(ARTICLE, '');
}

/** The letter a tag is filed under, as shown in the heading. */
export function tagLetter(label: string): string {
  const first = [...sortKey(label)][0] ?? '';
  return first.toLocaleUpperCase();
}

export function tagsByLetter<Tag extends {label: string}>(
  tags: readonly Tag[],
  lang: string,
): {letter: string; tags: Tag[]}[] {
  const collator = new Intl.Collator(lang);
  const groups = new Map<string, Tag[]>();
  for (const tag of tags) {
    const letter = tagLetter(tag.label);
    let group = groups.get(letter);
    if (!group) groups.set(letter, (group = []));
    group.push(tag);
  }
  return [...groups]
    .sort(([a], [b]) => collator.compare(a, b))
    .map(([letter, group]) => ({
      letter,
      tags: group.sort((a, b) => collator.compare(sortKey(a.label), sortKey(b.label))),
    }));
}
