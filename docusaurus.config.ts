import {themes as prismThemes} from 'prism-react-renderer';
import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import {createSitemapItems, ssrTemplate, type Options as BlogOptions} from './plugins/blog/config';

// Everything locale-dependent in the UI comes from i18n/<locale>/ (code.json,
// theme and plugin translation files); this file stays in the default locale.
// Docusaurus builds one locale at a time and sets this variable for each; the few
// strings of this file that have no translation file are chosen with it.
const locale = process.env.DOCUSAURUS_CURRENT_LOCALE ?? 'en';
const siteStrings = {
  en: {
    title: 'Qalam',
    tagline: 'A bilingual blog on open technology, written in Arabic and English',
    copyright: '© Qalam authors',
  },
  ar: {
    title: 'قلم',
    tagline: 'مدونة ثنائية اللغة عن التقنية المفتوحة، تُكتب بالعربية والإنجليزية',
    copyright: '© كتّاب قلم',
  },
}[locale === 'ar' ? 'ar' : 'en'];
// The feeds are files of each locale's build, not pages: a plain link to this locale's.
const feedPath = `pathname:///${locale === 'en' ? '' : `${locale}/`}rss.xml`;

// Prism's GitHub theme with its lighter colors darkened to a 4.5:1 contrast on
// its background (WCAG AA): the same hues, readable.
const darker: Record<string, string> = {
  '#999988': '#6a6a5a',
  '#e3116c': '#b3094f',
  '#36acaa': '#1a7472',
  '#00a4db': '#006f94',
  '#d73a49': '#b31d28',
};
const codeTheme = {
  ...prismThemes.github,
  styles: prismThemes.github.styles.map((s) => ({
    ...s,
    style: {...s.style, ...(s.style.color && darker[s.style.color] ? {color: darker[s.style.color]} : {})},
  })),
};

const config: Config = {
  title: siteStrings.title,
  tagline: siteStrings.tagline,
  favicon: 'img/favicon.svg',
  url: 'https://qalam.example.org',
  baseUrl: '/',
  trailingSlash: false,

  future: {
    v4: true,
    // Docusaurus Faster, all of it, except Rspack's persistent cache in the dev
    // server: under quick successive saves Rspack 1.7 can panic on it and stop
    // the server. Builds keep it (a warm build is about twice as fast).
    faster: {
      swcJsLoader: true,
      swcJsMinimizer: true,
      swcHtmlMinimizer: true,
      lightningCssMinimizer: true,
      mdxCrossCompilerCache: true,
      rspackBundler: true,
      rspackPersistentCache: process.env.NODE_ENV === 'production',
      ssgWorkerThreads: true,
      gitEagerVcs: true,
    },
  },

  // Docusaurus's page template, with the scripts asked for after the first paint
  // (plugins/blog/plugin/upstream/pageTemplate.ts).
  ssrTemplate,

  onBrokenLinks: 'throw',
  markdown: {hooks: {onBrokenMarkdownLinks: 'throw'}},

  i18n: {
    defaultLocale: 'en',
    locales: ['en', 'ar'],
    localeConfigs: {
      en: {label: 'English', direction: 'ltr', htmlLang: 'en'},
      ar: {label: 'العربية', direction: 'rtl', htmlLang: 'ar'},
    },
  },

  presets: [
    [
      'classic',
      {
        docs: false,
        // The blog is our own plugin (plugins/blog): the same blog, checked.
        blog: false,
        theme: {customCss: './src/css/custom.css'},
        // Posts in each locale's sitemap as their heads have them: hreflang alternates, no untranslated copies.
        sitemap: {createSitemapItems},
      } satisfies Preset.Options,
    ],
  ],

  plugins: [
    [
      './plugins/blog',
      {
        routeBasePath: '/',
        blogTitle: 'Qalam blog',
        blogDescription: 'A bilingual blog on open technology, written in Arabic and English',
        blogSidebarTitle: 'Recent posts',
        showReadingTime: true,
        // A bounded list of recent posts: no page lists every post (the archive
        // and the paginated lists do), so the output grows linearly with the
        // blog (README, "Scale"). Pagination is linear at any size.
        blogSidebarCount: 10,
        postsPerPage: 2,
        authorsMapPath: 'authors.yml',
        tags: 'tags.yml',
        onInlineAuthors: 'throw',
        onUntruncatedBlogPosts: 'ignore',
        feedOptions: {
          type: 'all',
          title: siteStrings.title,
          description: siteStrings.tagline,
          copyright: siteStrings.copyright,
        },
        // Every house rule at its default severity: this blog's posts keep its own policy.
        preset: 'strict',
      } satisfies BlogOptions,
    ],
  ],

  themeConfig: {
    colorMode: {respectPrefersColorScheme: true},
    navbar: {
      title: 'Qalam',
      // No alt: the title beside it says the same, so Docusaurus marks the logo
      // decorative (alt=""); an alt repeating the title fails Lighthouse's image-redundant-alt.
      logo: {src: 'img/logo.svg', width: 32, height: 32},
      items: [
        {to: '/', label: 'Posts', position: 'left', activeBaseRegex: '^/(ar/?)?$'},
        {to: '/tags', label: 'Tags', position: 'left'},
        {to: '/archive', label: 'Archive', position: 'left'},
        {to: '/authors', label: 'Authors', position: 'left'},
        {type: 'localeDropdown', position: 'right'},
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Read',
          items: [
            {label: 'All posts', to: '/'},
            {label: 'Tags', to: '/tags'},
            {label: 'Archive', to: '/archive'},
            {label: 'Translations', to: '/translations'},
            {label: 'Authors', to: '/authors'},
            {label: 'RSS feed', href: feedPath},
          ],
        },
      ],
      copyright: '© Qalam authors. Built with Docusaurus.',
    },
    // Prism's grammars load with the first code block on a page (the blog plugin's prismOnDemand).
    prism: {theme: codeTheme, darkTheme: prismThemes.dracula, additionalLanguages: ['bash']},
  } satisfies Preset.ThemeConfig,
};

export default config;
