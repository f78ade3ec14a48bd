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
  // Japanese: no spaces, Japanese Han forms, kinsoku (「」、。 never start or end a line wrongly).
  japanese: {
    lang: 'ja',
    dir: 'ltr',
    locale: 'ja',
    localeDir: 'ltr',
    logo: LOGO,
    siteName: 'カラム',
    authors: ['ラーク'],
    date: '2025年1月29日',
    title: 'オープンソースの「DeepSeek」が世界のAI開発を変えた理由と、非公開サミットで語られた未来への展望について',
  },
  // Simplified Chinese, its own Han forms (门, 们), no spaces.
  chineseSimplified: {
    lang: 'zh-Hans',
    dir: 'ltr',
    locale: 'zh-Hans',
    localeDir: 'ltr',
    logo: LOGO,
    siteName: '卡拉姆',
    authors: ['拉克'],
    date: '2025年1月29日',
    title: 'DeepSeek开源革命：我们从闭门人工智能峰会中看到的开放模型与未来',
  },
  // Traditional Chinese: the same words in their traditional forms (門, 們).
  chineseTraditional: {
    lang: 'zh-Hant',
    dir: 'ltr',
    locale: 'zh-Hant',
    localeDir: 'ltr',
    logo: LOGO,
    siteName: '卡拉姆',
    authors: ['拉克'],
    date: '2025年1月29日',
    title: 'DeepSeek開源革命：我們從閉門人工智慧峰會中看到的開放模型與未來',
  },
  // Korean: Hangul with spaces, broken at spaces only.
  korean: {
    lang: 'ko',
    dir: 'ltr',
    locale: 'ko',
    localeDir: 'ltr',
    logo: LOGO,
    siteName: '칼람',
    authors: ['라크'],
    date: '2025년 1월 29일',
    title: 'DeepSeek 오픈 소스 혁명: 비공개 AI 정상 회의에서 얻은 통찰',
  },
  // Russian: Cyrillic from Noto Sans.
  russian: {
    lang: 'ru',
    dir: 'ltr',
    locale: 'ru',
    localeDir: 'ltr',
    logo: LOGO,
    siteName: 'Калам',
    authors: ['Ларк'],
    date: '29 января 2025 г.',
    title: 'Революция открытого кода DeepSeek: выводы с закрытого саммита по ИИ',
  },
  // Hindi: Devanagari conjuncts and vowel signs.
  hindi: {
    lang: 'hi',
    dir: 'ltr',
    locale: 'hi',
    localeDir: 'ltr',
    logo: LOGO,
    siteName: 'क़लम',
    authors: ['लार्क'],
    date: '29 जनवरी 2025',
    title: 'DeepSeek की ओपन सोर्स क्रांति: बंद दरवाज़ों वाले एआई शिखर सम्मेलन से अंतर्दृष्टि',
  },
  // Thai: no spaces between words, marks above and below.
  thai: {
    lang: 'th',
    dir: 'ltr',
    locale: 'th',
    localeDir: 'ltr',
    logo: LOGO,
    siteName: 'กะลัม',
    authors: ['ลาร์ก'],
    date: '29 มกราคม 2568',
    title: 'การปฏิวัติโอเพนซอร์สของDeepSeekมุมมองจากการประชุมสุดยอดปัญญาประดิษฐ์แบบปิดที่เปลี่ยนอนาคตของโมเดลเปิด',
  },
  // Vietnamese: Latin with stacked diacritics (ế, ộ, ở).
  vietnamese: {
    lang: 'vi',
    dir: 'ltr',
    locale: 'vi',
    localeDir: 'ltr',
    logo: LOGO,
    siteName: 'Qalam',
    authors: ['Lark'],
    date: '29 tháng 1, 2025',
    title: 'Cuộc cách mạng mã nguồn mở của DeepSeek: những điều học được từ hội nghị AI kín',
  },
  // Urdu: its own letters (ٹ ڈ ڑ ں ے) in Naskh.
  urdu: {
    ...ARABIC,
    logo: LOGO,
    lang: 'ur',
    locale: 'ur',
    siteName: 'قلم',
    authors: ['لارک'],
    date: '29 جنوری 2025',
    title: 'ڈیپ سیک کا اوپن سورس انقلاب: بند کمرے کی مصنوعی ذہانت کانفرنس سے بصیرتیں',
  },
  // Emoji, drawn as Twemoji's images: one alone, one with a skin tone, a flag.
  emoji: {
    lang: 'en',
    dir: 'ltr',
    locale: 'en',
    localeDir: 'ltr',
    logo: LOGO,
    siteName: 'Qalam',
    authors: ['Lark'],
    date: 'January 29, 2025',
    title: 'Launch day 🚀 for open models: we did it 👏🏽 together 🇯🇵',
  },
};
