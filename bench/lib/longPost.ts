/**
 * Seeded Markdown post bodies in five scripts, of any length, for the reading
 * time benchmark (bench/parts/reading.ts) and its test: paragraphs, headings,
 * lists, links, inline and block code, numbers and emoji. Latin, Arabic and
 * Thai separate words or phrases with spaces; Japanese and Chinese write none,
 * only their own commas and full stops. `oneLine` writes paragraphs only, in
 * one line: no line break, and in Japanese and Chinese no space either. The
 * same seed always gives the same text.
 */

import {prng} from './generate';

export type Script = 'latin' | 'arabic' | 'japanese' | 'chinese' | 'thai';

interface Words {
  /** Words, or for scripts without spaces, phrases. */
  words: readonly string[];
  /** Between two words of a sentence. */
  join: string;
  /** Ends a sentence. */
  stops: readonly string[];
  /** Between two sentences. */
  gap: string;
}

const WORDS: Record<Script, Words> = {
  latin: {
    words: [
      'the',
      'model',
      'weights',
      'are',
      'open',
      'training',
      'data',
      'language',
      'reader',
      'writes',
      'page',
      'from',
      'right',
      'to',
      'left',
      'every',
      'release',
      "team's",
      "don't",
      'state-of-the-art',
      '3.14',
      '1,000',
      'e.g.',
      'GPU',
      'v2.1',
      'naïve',
      'café',
    ],
    join: ' ',
    stops: ['.', '?', '!', ';'],
    gap: ' ',
  },
  arabic: {
    words: [
      'النموذج',
      'المفتوح',
      'المصدر',
      'تدريب',
      'البيانات',
      'اللغة',
      'العربية',
      'يكتب',
      'الكاتب',
      'من',
      'اليمين',
      'إلى',
      'اليسار',
      'في',
      'كلِّ',
      'إصدارٍ',
      'جديدٍ',
      'الفريق',
      'الحوسبة',
      'اللامركزية',
      '٢٠٢٥',
      'DeepSeek',
      'GPU',
      'و',
      'لـ',
    ],
    join: ' ',
    stops: ['.', '؟', '!', '،'],
    gap: ' ',
  },
  japanese: {
    words: [
      '吾輩は猫である',
      '名前はまだ無い',
      '大規模言語モデルを公開した',
      'オープンソースのソフトウェア',
      '右から左へ書く言語',
      '東京で会議が開かれた',
      'データセンターの電力',
      '研究者たちは新しい手法を試した',
      'コンピューター',
      'GPUを使う',
      '「重み」を配布する',
    ],
    join: '、',
    stops: ['。', '！', '？'],
    gap: '',
  },
  chinese: {
    words: [
      '我们今天发布了新的模型',
      '开源软件的发展',
      '人工智能',
      '从右到左书写的语言',
      '数据中心的电力',
      '研究人员尝试了新方法',
      '北京举行了会议',
      '使用GPU训练',
      '（例如深度求索）',
    ],
    join: '，',
    stops: ['。', '！', '？'],
    gap: '',
  },
  thai: {
    words: [
      'ภาษาไทยเป็นภาษาที่มีวรรณยุกต์',
      'ปัญญาประดิษฐ์',
      'โมเดลโอเพนซอร์ส',
      'นักวิจัยทดลองวิธีใหม่',
      'ศูนย์ข้อมูล',
      'คอมพิวเตอร์',
      'การเขียนจากขวาไปซ้าย',
      'ใช้ GPU',
    ],
    join: ' ',
    stops: [' ', '!', '?'],
    gap: ' ',
  },
};

/** A post body of at least `characters` UTF-16 units (at most one block more). */
export function longPost(script: Script, characters: number, {seed = 1, oneLine = false} = {}): string {
  const random = prng(seed);
  const {words, join, stops, gap} = WORDS[script];
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const phrase = (min: number, max: number) => Array.from({length: between(min, max)}, () => pick(words)).join(join);
  const sentence = () => `${phrase(join === ' ' ? 6 : 2, join === ' ' ? 14 : 4)}${pick(stops)}`;
  const paragraph = () => Array.from({length: between(2, 5)}, sentence).join(gap);
  const blocks = [
    paragraph,
    () => `## ${phrase(1, 3)}`,
    () => Array.from({length: between(2, 4)}, () => `- **${pick(words)}** ${sentence()}`).join('\n'),
    () => `${phrase(1, 3)} [${pick(words)}](https://example.com/${between(1, 99)}) \`npm run build\` 👍🏽 ${sentence()}`,
    () => '```ts\nconst minutes = Math.ceil(words / 200);\n```',
  ];
  const separator = oneLine ? gap : '\n\n';
  const out: string[] = [];
  let length = 0;
  while (length < characters) {
    const block = oneLine || random() < 0.6 ? paragraph() : pick(blocks)();
    length += (out.length ? separator.length : 0) + block.length;
    out.push(block);
  }
  return out.join(separator);
}
