/**
 * Where a card's title breaks and how it is shortened, in every script
 * (cards/lines.ts), and which fonts draw it (cards/fonts.ts fontStack).
 */
import {describe, expect, it} from 'vitest';
import {cardHtml, fitTitle, shortenByWords} from '../../plugins/blog/cards/card';
import {
  ARABIC_FAMILY,
  DEVANAGARI_FAMILY,
  HEBREW_FAMILY,
  JAPANESE_FAMILY,
  KOREAN_FAMILY,
  SANS_FAMILY,
  SIMPLIFIED_FAMILY,
  THAI_FAMILY,
  TRADITIONAL_FAMILY,
  fontStack,
  hanFamilyOf,
} from '../../plugins/blog/cards/fonts';
import {BREAK, lineUnits, NO_LINE_END, NO_LINE_START, withBreaks} from '../../plugins/blog/cards/lines';
import {SAMPLE_CARDS} from '../helpers/cards';

describe('line units', () => {
  it('break Thai between its words, which no space separates', () => {
    expect(lineUnits('ทำไมโมเดลปัญญาประดิษฐ์แบบเปิดจึงเปลี่ยนโลก', 'th')).toEqual([
      'ทำไม',
      'โมเดล',
      'ปัญญา',
      'ประดิษฐ์',
      'แบบ',
      'เปิด',
      'จึง',
      'เปลี่ยน',
      'โลก',
    ]);
  });

  it('break Japanese and Chinese between words, never inside one', () => {
    const japanese = lineUnits('オープンソースのモデルが世界を変える', 'ja');
    expect(japanese.join('')).toBe('オープンソースのモデルが世界を変える');
    expect(japanese).toContain('世界');
    expect(japanese).not.toContain('世');
    const chinese = lineUnits('开源人工智能模型如何改变世界', 'zh-Hans');
    expect(chinese).toEqual(expect.arrayContaining(['人工', '智能', '模型', '改变', '世界']));
  });

  it('keep kinsoku: no unit starts with a closing mark, none ends with an opening one', () => {
    const units = lineUnits('オープンソースの「AI」モデルが、世界を変える。（上）', 'ja');
    expect(units.join('')).toBe('オープンソースの「AI」モデルが、世界を変える。（上）');
    for (const unit of units) {
      expect(unit, unit).not.toMatch(NO_LINE_START);
      expect(unit, unit).not.toMatch(NO_LINE_END);
    }
    expect(units).toEqual(expect.arrayContaining(['「AI」', 'が、', '変える。', '（上）']));
    // A small kana and the long vowel mark stay with what comes before.
    expect(lineUnits('ちょっとコーヒー', 'ja').every((u) => !/^[ょっー]/u.test(u))).toBe(true);
  });

  it('break spaced scripts at spaces only, punctuation kept with its word', () => {
    expect(lineUnits('Janus-Pro من DeepSeek: نموذج', 'ar')).toEqual(['Janus-Pro ', 'من ', 'DeepSeek: ', 'نموذج']);
    expect(lineUnits('Революция открытого кода!', 'ru')).toEqual(['Революция ', 'открытого ', 'кода!']);
    expect(lineUnits('DeepSeek 오픈 소스 혁명', 'ko')).toEqual(['DeepSeek ', '오픈 ', '소스 ', '혁명']);
    // French puts a space before "!": the line does not start with it.
    expect(lineUnits('Enfin ouvert !', 'fr')).toEqual(['Enfin ', 'ouvert !']);
  });

  it('mark each break without a space with a zero-width space, and nothing else', () => {
    expect(withBreaks('世界を変える。', 'ja')).toBe(`世界${BREAK}を${BREAK}変える。`);
    expect(withBreaks('Open models', 'en')).toBe('Open models');
    expect(withBreaks('ทำไมโมเดล', 'th')).toBe(`ทำไม${BREAK}โมเดล`);
  });
});

describe('shortening a title', () => {
  it('cuts whole words in every script, with one ellipsis and no dangling punctuation', () => {
    expect(shortenByWords('ทำไมโมเดลปัญญาประดิษฐ์แบบเปิด', 3, 'th')).toBe('ทำไมโมเดลปัญญา…');
    expect(shortenByWords('世界を変える、理由について', 3, 'ja')).toBe('世界を変える…');
    expect(shortenByWords('我们的「开源」模型', 2, 'zh-Hans')).toBe('我们的…');
    expect(shortenByWords('Революция открытого кода: выводы', 3, 'ru')).toBe('Революция открытого кода…');
    expect(shortenByWords('ثورة DeepSeek: رؤى من قمة', 2, 'ar')).toBe('ثورة DeepSeek…');
  });

  it('fits a Japanese title by words, as many as fit', async () => {
    const upTo = (chars: number) => async (text: string) => [...text].length <= chars;
    expect(await fitTitle('オープンソースのモデルが世界を変える', upTo(12), 'ja')).toBe('オープンソースのモデル…');
  });
});

describe('the fonts of a text', () => {
  it('take the Han forms of the language: Japanese, Simplified, Traditional, Korean', () => {
    expect(hanFamilyOf('ja')).toBe(JAPANESE_FAMILY);
    expect(hanFamilyOf('zh')).toBe(SIMPLIFIED_FAMILY);
    expect(hanFamilyOf('zh-CN')).toBe(SIMPLIFIED_FAMILY);
    expect(hanFamilyOf('zh-Hans')).toBe(SIMPLIFIED_FAMILY);
    expect(hanFamilyOf('zh-Hant')).toBe(TRADITIONAL_FAMILY);
    expect(hanFamilyOf('zh-TW')).toBe(TRADITIONAL_FAMILY);
    expect(hanFamilyOf('zh-HK')).toBe(TRADITIONAL_FAMILY);
    expect(hanFamilyOf('ko')).toBe(KOREAN_FAMILY);
    expect(hanFamilyOf('en')).toBeUndefined();
    expect(fontStack('世界', 'ja')).toEqual([JAPANESE_FAMILY]);
    expect(fontStack('世界', 'zh-Hant')).toEqual([TRADITIONAL_FAMILY]);
    expect(fontStack('世界', 'ko')).toEqual([KOREAN_FAMILY]);
    // Han in an English title: the kana beside it tell Japanese, else Simplified Chinese.
    expect(fontStack('Kanji: 世界の', 'en')).toEqual([SANS_FAMILY, JAPANESE_FAMILY]);
    expect(fontStack('Hanzi: 世界', 'en')).toEqual([SANS_FAMILY, SIMPLIFIED_FAMILY]);
  });

  it('draw Latin, Cyrillic and Vietnamese in the sans, every other script in its own font', () => {
    expect(fontStack(SAMPLE_CARDS.russian!.title, 'ru')).toEqual([SANS_FAMILY]);
    expect(fontStack(SAMPLE_CARDS.vietnamese!.title, 'vi')).toEqual([SANS_FAMILY]);
    expect(fontStack(SAMPLE_CARDS.seed!.title, 'ar')).toEqual([SANS_FAMILY, ARABIC_FAMILY]);
    expect(fontStack('هوش مصنوعی', 'fa')).toEqual([ARABIC_FAMILY]);
    expect(fontStack(SAMPLE_CARDS.urdu!.title, 'ur')).toEqual([SANS_FAMILY, ARABIC_FAMILY]);
    expect(fontStack(SAMPLE_CARDS.hebrew!.title, 'he')).toEqual([SANS_FAMILY, HEBREW_FAMILY]);
    // Noto Sans has Devanagari; Noto Sans Devanagari adds the Vedic marks.
    expect(fontStack(SAMPLE_CARDS.hindi!.title, 'hi')).toEqual([SANS_FAMILY]);
    expect(fontStack('ॐ अग्निमीळे᳚', 'sa')).toEqual([SANS_FAMILY, DEVANAGARI_FAMILY]);
    expect(fontStack(SAMPLE_CARDS.thai!.title, 'th')).toEqual([SANS_FAMILY, THAI_FAMILY]);
    // A Japanese title's Latin and punctuation come from the Japanese font: its full-width forms.
    expect(fontStack(SAMPLE_CARDS.japanese!.title, 'ja')).toEqual([JAPANESE_FAMILY]);
  });

  it('are named on each text of the card, emoji drawn as images', () => {
    const html = cardHtml(SAMPLE_CARDS.emoji!);
    expect(html).toContain(`<div class="title" lang="en" dir="ltr" style="font-family:&#39;${SANS_FAMILY}&#39;">`);
    expect(html.match(/<img class="emoji" src="data:image\/svg\+xml;base64,/g)).toHaveLength(3);
    expect(html).not.toContain('🚀');
    // © is text, which the sans draws.
    expect(cardHtml({...SAMPLE_CARDS.emoji!, title: '© Qalam'})).not.toContain('class="emoji"');
  });
});
