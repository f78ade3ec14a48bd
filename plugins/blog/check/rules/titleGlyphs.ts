/**
 * A title the social card cannot draw: a character that none of the card's
 * fonts has and no emoji image draws (a script we ship no font for, such as
 * Khmer or Ethiopic) would show as an empty box, so it is reported instead.
 * Only for posts that get a drawn card.
 */
import type {PostInput, SiteFacts} from '../context';
import {CARD_SOURCE_NAMES, missingCharacters} from '../../cards/fonts';
import {codePoint} from '../../shared/text';
import {defineRule, type Finding} from './rule';

export const titleGlyphMissing = defineRule({
  id: 'title-glyph-missing',
  severity: 'error',
  category: 'house',
  description: "a title with a character that none of the social card's fonts or emoji images draws",
  fix: 'Remove the character from the title, or give the post its own `image`.',
  blocking: false,
  scope: 'post',
  check: checkTitleGlyphs,
  messages: {
    missing: ({characters, cardsForAll}: {characters: string[]; cardsForAll: boolean}) => {
      const shown = characters.map((char) => `"${char}" (${codePoint(char)})`).join(', ');
      const one = characters.length === 1;
      return `The title holds ${shown}, which none of the social card's fonts and emoji images (tried: ${CARD_SOURCE_NAMES.join(', ')}) can draw: the card would show ${one ? 'an empty box' : 'empty boxes'}. Remove ${one ? 'it' : 'them'} from the title, or give the post its own "image"${cardsForAll ? " and set the blog plugin's socialCards.all to false" : ''}.`;
    },
  },
});

export function checkTitleGlyphs(_post: PostInput, data: Record<string, unknown>, site: SiteFacts): Finding[] {
  const {socialCards, socialCardsAll} = site.settings;
  const coverage = site.cardCoverage;
  if (!socialCards || !coverage || typeof data.title !== 'string') return [];
  const ownImage = typeof data.image === 'string' && data.image.trim() !== '';
  if (ownImage && !socialCardsAll) return [];
  const missing = missingCharacters(data.title, coverage);
  if (missing.length === 0) return [];
  return [titleGlyphMissing.report('missing', {path: ['title']}, {characters: missing, cardsForAll: !!socialCardsAll})];
}
