/**
 * A title the social card cannot draw: a character that none of the card's
 * fonts has (an emoji, a script we ship no font for) would show as an empty
 * box, so it is reported instead. Only for posts that get a drawn card.
 */
import type {PostCheck} from '../context';
import {CARD_FONT_FILES, missingCharacters} from '../../cards/fonts';

const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

const FONT_NAMES = [...new Set(CARD_FONT_FILES.map((font) => font.package.replace(/^@expo-google-fonts\//, '').replace(/-/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase())))];

export const checkTitleGlyphs: PostCheck = (_post, data, site) => {
  const {socialCards, socialCardsAll} = site.settings;
  const coverage = site.cardCoverage;
  if (!socialCards || !coverage || typeof data.title !== 'string') return [];
  const ownImage = typeof data.image === 'string' && data.image.trim() !== '';
  if (ownImage && !socialCardsAll) return [];
  const missing = missingCharacters(data.title, coverage);
  if (missing.length === 0) return [];
  const shown = missing.map((char) => `"${char}" (${codePoint(char)})`).join(', ');
  const them = missing.length === 1 ? 'it' : 'them';
  return [
    {
      rule: 'title-glyph-missing',
      path: ['title'],
      message: `The title holds ${shown}, which none of the social card's fonts (${FONT_NAMES.join(', ')}) can draw: the card would show ${missing.length === 1 ? 'an empty box' : 'empty boxes'}. Remove ${them} from the title, or give the post its own "image"${socialCardsAll ? ' and set the blog plugin\'s socialCards.all to false' : ''}.`,
    },
  ];
};
