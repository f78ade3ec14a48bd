/**
 * The URL slug of a new post: ASCII, from the title when none is given.
 * Arabic, Persian and other titles are transliterated by
 * @sindresorhus/transliterate (through slugify), so a post written first in
 * Arabic gets a URL every reader can type and every locale shares.
 */
import slugify from '@sindresorhus/slugify';

/** What a slug may hold: lowercase ASCII words joined by single hyphens. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Longer slugs make URLs that get cut in search results and chat previews. */
export const MAX_SLUG_LENGTH = 60;

/**
 * Arabic harakat (U+064B–U+065F), superscript alef and tatweel. They are
 * optional in writing, so a title with or without them must give one slug; the
 * transliterator would otherwise turn every damma into a "u".
 */
const OPTIONAL_MARKS = /[\u064B-\u065F\u0670\u0640]/g;

/**
 * The slug a title gives, or '' when nothing in it can be written in ASCII
 * (Hebrew, for one, has no transliteration table). Words are kept whole:
 * "DeepSeek" stays "deepseek", and a long title is cut at a hyphen.
 */
export function slugFromTitle(title: string): string {
  const slug = slugify(title.normalize('NFKC').replace(OPTIONAL_MARKS, ''), {decamelize: false});
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
  const end = cut.lastIndexOf('-');
  return end > 0 ? cut.slice(0, end) : slug.slice(0, MAX_SLUG_LENGTH);
}

export function isSlug(value: string): boolean {
  return SLUG.test(value) && value.length <= MAX_SLUG_LENGTH * 2;
}
