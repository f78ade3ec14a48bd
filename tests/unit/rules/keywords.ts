/** Keywords: how many, and the same keyword twice however it is written. */
import type {RuleTable} from '../../helpers/ruleTester';

export const keywords: RuleTable = {
  'keywords-count': {
    valid: [
      {
        name: 'fifteen keywords',
        frontMatter: `
          title: "A post for the tests"
          description: A post written for the checker's tests, long enough to be a real description.
          tags: [ai]
          keywords: [DeepSeek, Janus-Pro, open-source AI, AI summit, AI innovation, multimodal model, mixture of experts, reasoning models, GPU efficiency, AI research, Liang Wenfeng, OpenAI, model distillation, AI startups, compute costs]
          authors: [lark]
        `,
      },
      {
        name: 'one keyword',
        frontMatter: `
          title: "Another post for the tests"
          description: A post written for the checker's tests, long enough to be a real description.
          tags: [ai]
          keywords: [DeepSeek]
          authors: [lark]
        `,
      },
    ],
    invalid: [
      {
        name: 'sixteen keywords',
        frontMatter: `
          title: "A post for the tests"
          description: A post written for the checker's tests, long enough to be a real description.
          tags: [ai]
          keywords: [DeepSeek, Janus-Pro, open-source AI, AI summit, AI innovation, multimodal model, mixture of experts, reasoning models, GPU efficiency, AI research, Liang Wenfeng, OpenAI, model distillation, AI startups, compute costs, AI policy]
          authors: [lark]
        `,
        errors: [
          {
            rule: 'keywords-count',
            line: 5,
            column: 11,
            endLine: 5,
            endColumn: 241,
            field: 'keywords',
            message: '"keywords" has 16 items; 1 to 15 are useful. Keep the 15 most relevant and remove the rest.',
          },
        ],
      },
    ],
  },
  'keyword-duplicate': {
    valid: [
      {
        name: 'keywords that share words',
        frontMatter: `
          title: "A post for the tests"
          description: A post written for the checker's tests, long enough to be a real description.
          tags: [ai, deepseek]
          keywords: [DeepSeek, open-source AI, AI summit, Janus-Pro]
          authors: [lark]
        `,
      },
      {
        name: 'Arabic keywords that share words',
        locale: 'ar',
        frontMatter: `
          title: "مقال للاختبارات"
          description: مقال كُتب لاختبارات المدقق، وهو طويل بما يكفي ليكون وصفًا حقيقيًا للمقال.
          tags: [الذكاء الاصطناعي, DeepSeek]
          keywords: [DeepSeek, قمة الذكاء الاصطناعي, الذكاء الاصطناعي مفتوح المصدر, Janus-Pro]
          authors: [lark]
        `,
        body: `
          نص المقال.
        `,
      },
    ],
    invalid: [
      {
        name: 'a keyword again in another case, with two spaces',
        frontMatter: `
          title: "A post for the tests"
          description: A post written for the checker's tests, long enough to be a real description.
          tags: [ai, deepseek]
          keywords: [DeepSeek, open-source AI, Janus-Pro, Open-Source  AI]
          authors: [lark]
        `,
        errors: [
          {
            rule: 'keyword-duplicate',
            line: 5,
            column: 49,
            endLine: 5,
            endColumn: 64,
            field: 'keywords[3]',
            message: 'Keyword "Open-Source  AI" repeats keywords[1] ("open-source AI"). Remove one of them.',
          },
        ],
      },
      {
        name: 'an Arabic keyword again with a hamza',
        locale: 'ar',
        frontMatter: `
          title: "مقال للاختبارات"
          description: مقال كُتب لاختبارات المدقق، وهو طويل بما يكفي ليكون وصفًا حقيقيًا للمقال.
          tags: [الذكاء الاصطناعي, DeepSeek]
          keywords: [DeepSeek, الذكاء الاصطناعي, Janus-Pro, الذكاء الإصطناعي]
          authors: [lark]
        `,
        body: `
          نص المقال.
        `,
        errors: [
          {
            rule: 'keyword-duplicate',
            line: 5,
            column: 51,
            endLine: 5,
            endColumn: 67,
            field: 'keywords[3]',
            message: 'Keyword "الذكاء الإصطناعي" repeats keywords[1] ("الذكاء الاصطناعي"). Remove one of them.',
          },
        ],
      },
      {
        name: 'a keyword again in lower case',
        frontMatter: `
          title: "A post for the tests"
          description: A post written for the checker's tests, long enough to be a real description.
          tags: [ai]
          authors: [lark]
          keywords: [DeepSeek, deepseek]
        `,
        errors: [
          {
            rule: 'keyword-duplicate',
            line: 6,
            column: 22,
            endLine: 6,
            endColumn: 30,
            field: 'keywords[1]',
            message: 'Keyword "deepseek" repeats keywords[0] ("DeepSeek"). Remove one of them.',
          },
        ],
      },
    ],
  },
};
