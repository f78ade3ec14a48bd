import {readFileSync} from 'node:fs';
import path from 'node:path';
import type {SocialCard} from '../../plugins/blog/cards/card';
import {ROOT} from './site';

const LOGO = `data:image/svg+xml;base64,${readFileSync(path.join(ROOT, 'static/img/logo.svg')).toString('base64')}`;

const ARABIC = {
  lang: 'ar',
  dir: 'rtl',
  siteName: 'قلم',
  authors: ['لارك'],
  date: '29 يناير 2025',
  locale: 'ar',
  localeDir: 'rtl',
} as const;

/** The titles every card test draws: the seed's, and the cases that broke other renderers. */
export const SAMPLE_CARDS: Record<string, SocialCard> = {
  // The Arabic seed post's title, with Latin words inside.
  seed: {...ARABIC, logo: LOGO, title: 'ثورة DeepSeek مفتوحة المصدر: رؤى من قمة AI مغلقة الأبواب'},
  // A right-to-left title that starts with a Latin word: the line must still start on the right.
  latinFirst: {...ARABIC, logo: LOGO, title: 'Janus-Pro من DeepSeek: نموذج مفتوح يرى الصور ويرسمها'},
  // Tanween (ً) sits above the alef; renderers that misplace marks put it elsewhere.
  tanween: {...ARABIC, logo: LOGO, title: 'شكرًا جزيلًا: لماذا صار الذكاء الاصطناعي مفتوحًا أخيرًا؟'},
  // Too long for three lines: wrapped, then shortened by whole words.
  long: {
    ...ARABIC,
    logo: LOGO,
    title:
      'دليل شامل ومفصل لبناء مدونة عربية متعددة اللغات من اليمين إلى اليسار باستخدام Docusaurus مع بطاقات اجتماعية مرسومة وقت البناء واختبارات بصرية تقارن البكسلات سطرًا بسطر',
  },
  // Persian: its own letters (پ چ ژ گ ک ی) and the zero-width non-joiner of می‌خواهیم.
  persian: {
    ...ARABIC,
    logo: LOGO,
    lang: 'fa',
    locale: 'fa',
    authors: ['لارک'],
    date: '۹ بهمن ۱۴۰۳',
    title: 'هوش مصنوعی متن‌باز: چرا می‌خواهیم مدل‌ها را خودمان اجرا کنیم',
  },
  // Hebrew, from the second font, with Latin words inside.
  hebrew: {
    ...ARABIC,
    logo: LOGO,
    lang: 'he',
    locale: 'he',
    siteName: 'קולמוס',
    authors: ['לארק'],
    date: '29 בינואר 2025',
    title: 'מהפכת הקוד הפתוח של DeepSeek: רשמים מפסגת AI סגורה',
  },
};
