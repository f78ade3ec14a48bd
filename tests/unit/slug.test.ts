import {describe, expect, it} from 'vitest';
import {isSlug, MAX_SLUG_LENGTH, slugFromTitle} from '../../plugins/blog/commands/slug';

// Real titles of this blog and of the blog the seed post comes from. The slugs
// are @sindresorhus/transliterate's romanization: consonants as written (Arabic
// writes few vowels), ع as "e", ة as "t"; read aloud, "thwrt … alabwab" is
// "thawrat … al-abwab". Pinned so that an upgrade that changes URLs is seen.
describe('slugFromTitle', () => {
  it.each([
    [
      'ثورة DeepSeek مفتوحة المصدر: رؤى من قمة AI مغلقة الأبواب',
      'thwrt-deepseek-mftwht-almsdr-rwa-mn-qmt-ai-mghlqt-alabwab',
    ],
    ['شبكات الحوسبة اللامركزية: الوعود والحدود', 'shbkat-alhwsbt-allamrkzyt-alwewd-walhdwd'],
    ['نشر مدونة عربية باستخدام Docusaurus 3.10', 'nshr-mdwnt-erbyt-bastkhdam-docusaurus-3-10'],
    ['الذكاء الاصطناعي في ٢٠٢٥', 'aldhkae-alastnaey-fy-2025'],
    ['ما هو الـ GPU؟', 'ma-hw-al-gpu'],
    ['سلام دنیا', 'slam-dnya'],
    [
      "DeepSeek's Open-Source Revolution: Notes from a Closed-Door AI Summit",
      'deepseeks-open-source-revolution-notes-from-a-closed-door-ai',
    ],
  ])('%s → %s', (title, slug) => {
    expect(slugFromTitle(title)).toBe(slug);
    expect(isSlug(slug)).toBe(true);
  });

  it('gives one slug with or without harakat and tatweel', () => {
    expect(slugFromTitle('تُعَلِّمُ الآلةُ')).toBe(slugFromTitle('تعلم الآلة'));
    expect(slugFromTitle('عـــربي')).toBe(slugFromTitle('عربي'));
  });

  it('keeps brand names whole and cuts long titles between words', () => {
    expect(slugFromTitle('DeepSeek and OpenAI')).toBe('deepseek-and-openai');
    const long = slugFromTitle('word '.repeat(40));
    expect(long.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(long).toMatch(/^word(-word)*$/);
  });

  it('gives nothing for a script it cannot transliterate, so new-post asks for --slug', () => {
    expect(slugFromTitle('שלום עולם')).toBe('');
    expect(slugFromTitle('!!!')).toBe('');
  });
});

describe('isSlug', () => {
  it.each(['hello-world', 'a1', '2025-notes'])('accepts %s', (slug) => expect(isSlug(slug)).toBe(true));
  it.each(['Hello-World', 'hello--world', '-hello', 'hello_world', 'مرحبا', 'hello world', ''])('refuses %j', (slug) =>
    expect(isSlug(slug)).toBe(false),
  );
});
