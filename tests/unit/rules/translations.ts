/**
 * Translations: a title, description or body in another language than the
 * post's, and the notes translate-post leaves. The staleness of a translation
 * needs git history: tests/integration/translations.test.ts makes a repository.
 */
import type {RuleTable} from '../../helpers/ruleTester';

export const translations: RuleTable = {
  'language-mismatch': {
    valid: [
      {
        name: 'a Spanish post in Spanish',
        locale: 'es',
        frontMatter: `
          title: "Por qué los modelos pequeños todavía importan"
          description: Un repaso breve de las ventajas de los modelos grandes alojados frente a los pequeños que funcionan en un portátil.
          tags: [ai]
          authors: [lark]
        `,
        body: 'Dejamos atrás el servidor dinámico y el sitio se volvió más rápido, más barato y más sencillo de mantener.\n',
      },
      {
        name: 'an Arabic post with Latin names and code',
        locale: 'ar',
        frontMatter: `
          title: "ثورة DeepSeek مفتوحة المصدر: رؤى من قمة AI"
          description: نظرة قصيرة على نموذج Janus-Pro والموازنة بين النماذج الكبيرة المستضافة والنماذج الصغيرة على حاسوب واحد.
          tags: [ai]
          authors: [lark]
        `,
        body: 'تركنا الخادم الديناميكي فصار الموقع أسرع وأرخص.\n\n```js\nconst english = "This code is not prose at all";\n```\n\nراجع `npm run check` و https://example.org/english-words-here قبل النشر.\n',
      },
      {
        name: 'a German-locale post that says it is in Chinese',
        locale: 'de',
        frontMatter: `
          title: "为什么小模型依然重要"
          description: 简要比较云端运行的大模型和在一台笔记本电脑上就能运行的小模型各自的优缺点。
          lang: zh
          tags: [ai]
          authors: [lark]
        `,
        body: '我们放弃了动态服务器，网站因此变得更快、更便宜，也更容易维护。\n',
      },
      {
        name: 'a title too short to tell',
        frontMatter: `
          title: "Hola"
          description: A post written for the checker's tests, long enough to be a real description.
          tags: [ai]
          authors: [lark]
        `,
      },
    ],
    invalid: [
      {
        name: 'a German-locale post with a Chinese title',
        locale: 'de',
        frontMatter: `
          title: "为什么小模型依然重要"
          description: Ein kurzer Blick auf die Vor- und Nachteile großer und kleiner Sprachmodelle für den Alltag.
          tags: [ai]
          authors: [lark]
        `,
        body: 'Wir haben den dynamischen Server aufgegeben, und die Seite wurde schneller und einfacher zu pflegen.\n',
        errors: [
          {
            rule: 'language-mismatch',
            line: 2,
            column: 8,
            field: 'title',
            message:
              'The title reads as Chinese ("zh", confidence 1.00), not German, the post\'s locale "de". Translate it, or set "lang: zh" if the post is written in Chinese.',
          },
        ],
      },
      {
        name: 'a Spanish post in Portuguese',
        locale: 'es',
        frontMatter: `
          title: "O custo escondido de uma integração contínua lenta"
          description: Deixamos o servidor dinâmico para trás e o site ficou mais rápido, mais barato e mais fácil de manter.
          tags: [ai]
          authors: [lark]
        `,
        body: 'Cada minuto que o pipeline espera é um minuto em que o revisor deixa de prestar atenção na mudança.\n',
        errors: [
          {
            rule: 'language-mismatch',
            line: 2,
            column: 8,
            field: 'title',
            message: 'The title reads as Portuguese ("pt"',
          },
          {rule: 'language-mismatch', line: 3, column: 14, field: 'description', message: 'reads as Portuguese'},
          {
            rule: 'language-mismatch',
            line: 8,
            column: 1,
            field: '',
            message: 'The body, from this paragraph on, reads as Portuguese',
          },
        ],
      },
      {
        name: 'a Persian post in Arabic',
        locale: 'fa',
        frontMatter: `
          title: "كيف تقرأ محركات البحث المواقع متعددة اللغات"
          description: تحدد الروابط البديلة والعناوين الأصلية ووسوم اللغة الصفحة التي يراها القارئ في نتائج البحث.
          tags: [ai]
          authors: [lark]
        `,
        body: 'تركنا الخادم الديناميكي فصار الموقع أسرع وأرخص وأسهل في الفهم والصيانة.\n',
        errors: [
          {rule: 'language-mismatch', line: 2, column: 8, field: 'title', message: 'reads as Arabic ("ar"'},
          {
            rule: 'language-mismatch',
            line: 3,
            column: 14,
            field: 'description',
            message: 'not Persian, the post\'s locale "fa"',
          },
          {
            rule: 'language-mismatch',
            line: 8,
            column: 1,
            field: '',
            message: 'The body, from this paragraph on, reads as Arabic',
          },
        ],
      },
      {
        name: 'a Japanese post in Chinese',
        locale: 'ja',
        frontMatter: `
          title: "把博客迁移到静态托管后我们学到了什么"
          description: 我们放弃了动态服务器，网站因此变得更快、更便宜，也更容易维护。
          tags: [ai]
          authors: [lark]
        `,
        body: '流水线每多等一分钟，审阅者对这次改动的注意力就少一分。\n',
        errors: [
          {rule: 'language-mismatch', line: 2, column: 8, field: 'title', message: 'reads as Chinese ("zh"'},
          {rule: 'language-mismatch', line: 3, column: 14, field: 'description', message: 'not Japanese'},
          {
            rule: 'language-mismatch',
            line: 8,
            column: 1,
            field: '',
            message: 'The body, from this paragraph on, reads as Chinese',
          },
        ],
      },
      {
        name: 'an English post with an Arabic body, from its second paragraph',
        frontMatter: `
          title: "Why small models still matter in production"
          description: A short look at the trade-offs between large hosted models and small ones that run on a laptop.
          tags: [ai]
          authors: [lark]
        `,
        body: 'See <Link to="/">the list</Link>.\n\n```bash\nnpm run check\n```\n\nتركنا الخادم الديناميكي فصار الموقع أسرع وأرخص وأسهل في الفهم والصيانة.\nكل دقيقة ينتظرها خط البناء هي دقيقة يفقد فيها المراجع انتباهه.\n',
        errors: [
          {
            rule: 'language-mismatch',
            line: 14,
            column: 1,
            field: '',
            message:
              'The body, from this paragraph on, reads as Arabic ("ar", confidence 1.00), not English, the post\'s locale "en". Translate it, or set "lang: ar" if the post is written in Arabic.',
          },
        ],
      },
    ],
  },
  'translation-unfinished': {
    valid: [
      {
        name: 'a translation with its notes removed',
        frontMatter: `
          title: "Why small models still matter in production"
          description: A short look at the trade-offs between large hosted models and small ones that run on a laptop.
          tags: [ai]
          authors: [lark]
        `,
        body: 'We left a dynamic server behind, and the site got faster, cheaper and easier to reason about.\n',
      },
    ],
    invalid: [
      {
        name: 'the notes and the marker of translate-post',
        frontMatter: `
          # TODO translate: لماذا ما زالت النماذج الصغيرة مهمة
          title: "Why small models still matter in production"
          # TODO translate: نظرة قصيرة على الموازنة بين النماذج
          description: A short look at the trade-offs between large hosted models and small ones that run on a laptop.
          tags: [ai]
          authors: [lark]
        `,
        body: '{/* translate from i18n/ar/docusaurus-plugin-content-blog/2025-01-01-post.md */}\n\nWe left a dynamic server behind, and the site got faster, cheaper and easier to reason about.\n',
        errors: [
          {
            rule: 'translation-unfinished',
            line: 2,
            column: 1,
            message:
              'A "TODO translate: لماذا ما زالت النماذج الصغيرة مهمة" note is left in the front matter: translate the field it is about, then delete the comment.',
          },
          {
            rule: 'translation-unfinished',
            line: 4,
            column: 1,
            message: 'A "TODO translate: نظرة قصيرة على الموازنة بين النماذج" note',
          },
          {
            rule: 'translation-unfinished',
            line: 10,
            column: 1,
            message:
              'The "translate from" marker of translate-post is left in the body: translate the body below it, then delete the marker.',
          },
        ],
      },
    ],
  },
  'translation-stale': {
    valid: [
      {
        name: 'a post outside git',
        frontMatter: `
          title: "Why small models still matter in production"
          description: A short look at the trade-offs between large hosted models and small ones that run on a laptop.
          tags: [ai]
          authors: [lark]
        `,
      },
    ],
    invalid: [],
  },
};
