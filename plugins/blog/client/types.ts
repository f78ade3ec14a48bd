/**
 * The seams between the plugin's server side (plugin/, cards/) and its theme:
 * what it adds to each post's metadata, and the global data it sets. Types
 * only, importing nothing: the server and the browser bundle both import them.
 */

export type Dir = 'ltr' | 'rtl';

/** A numbering system, as CLDR and Intl name it: `latn`, `arab`, `arabext`, `deva`… */
export type Digits = string;

/** What the theme needs to know about a post's language. */
export interface PostLanguage {
  lang: string;
  dir: Dir;
  /** Shown in a locale it was not translated into: the original's URL. */
  untranslatedFrom?: string;
  /** Locales (of the site config) in which this post exists. */
  locales: string[];
}

/**
 * What the plugin adds to a post's metadata: its language (plugin/localizedPosts.ts),
 * its date as the page prints it (plugin/posts.ts) and its social card (cards/posts.ts).
 * @docusaurus/plugin-content-blog 3.10.2 declares `BlogPostMetadata` as a type
 * alias, which a module augmentation cannot extend: the extras are joined to it
 * where posts are read (`PostWithExtras`, client/postMetadata.ts).
 */
export interface PostMetadataExtras {
  language?: PostLanguage;
  formattedDate?: string;
  socialCard?: SocialCardMeta;
}

/** A post as the plugin hands it on: the blog plugin's, with the extras. */
export type PostWithExtras<Post extends {metadata: object}> = Post & {metadata: Post['metadata'] & PostMetadataExtras};

/**
 * One problem of a post as the dev server shows it: the checker's, or the
 * blog plugin's refusal of a post the check let through (rule docusaurus-refused).
 */
export interface ShownDiagnostic {
  line: number;
  column: number;
  severity: 'error' | 'warning' | 'info';
  /** A rule id of the checker (check/rules), or "docusaurus-refused". */
  rule: string;
  field: string;
  message: string;
}

/** What the post page's head needs beyond og:image: written by the theme's BlogPostPage/Metadata. */
export interface SocialCardMeta {
  /** The site path of the image, as the theme resolves `image` (without the base URL). */
  url: string;
  width?: number;
  height?: number;
  type?: string;
  /** The image's text alternative: the title a card shows, in the post's language. */
  alt?: string;
  /** Drawn by us (else the post's own image). */
  generated: boolean;
}

/** The problems of one post, as the dev server shows them. */
export interface PostProblems {
  file: string;
  diagnostics: ShownDiagnostic[];
}

/** The plugin's global data: set by plugin/globalData.ts, read by client/language.ts and the theme. */
export interface BlogGlobalData {
  digits?: Digits;
  /** Posts written in another language than the page's, by permalink. */
  foreign?: Record<string, {lang: string; dir: Dir}>;
  /** Posts that do not exist in every locale, by permalink. */
  restricted?: Record<string, {locales: string[]; canonical?: string}>;
  /** The language of the plugin's own strings, when the page's has no translation of them. */
  stringsLanguage?: {lang: string; dir: Dir};
  /** The number of pages in each locale of the lists (posts, a tag's, an author's) whose number differs between locales or that a locale lacks, by path (plugin/localeLists.ts). */
  lists?: Record<string, LocaleLists>;
  /** Where the blog's lists are, relative to a locale's base URL, for the language switch. */
  listRoutes?: ListRoutes;
  /** A post of the default locale is also shown in the locales that lack its translation. */
  untranslatedShown?: boolean;
  /** Dev server only: the problems of each post that has some, by permalink. */
  problems?: Record<string, PostProblems>;
}

/** A post the translation status page lists: missing, stale or unfinished in the page's locale. */
export interface TranslationStatusEntry {
  state: 'missing' | 'stale' | 'unfinished';
  title: string;
  /** The original's language and direction, for its title. */
  lang: string;
  dir: Dir;
  originalUrl: string;
  originalFile: string;
  /** The locale's file: to edit, or to write when missing. */
  file: string;
  /** The blog's editUrl for that file, when the site sets one. */
  editUrl?: string;
  /** What the check found: the notes left, the original's commits since; dates and numbers as the page writes them. */
  details?: TranslationStatusDetail[];
}

/** One of an entry's details (check/translations/status.ts's TranslationDetail, made ready to show). */
export type TranslationStatusDetail =
  | {kind: 'todo'; line: string; note: string}
  | {kind: 'marker'; line: string}
  /** `language`: the language's name in the page's language. */
  | {kind: 'body'; line: string; language: string}
  | {
      kind: 'stale';
      since: string;
      /** How many commits in all: the list holds the newest few. */
      count: string;
      commits: {hash: string; date: string; subject: string}[];
    };

/** The translation status page's props (plugin/translationStatus.ts). */
export interface TranslationStatusProps {
  locale: string;
  entries: TranslationStatusEntry[];
}

/** A locale's lists: their path relative to the locale's base URL ("", "tags/ai", "authors/lark") → their number of pages. */
export type LocaleLists = Record<string, number>;

/** The blog's list pages, relative to a locale's base URL. */
export interface ListRoutes {
  /** The post list ("" when the blog is the site's home). */
  home: string;
  tags: string;
  authors: string;
  /** The path segment before a page number ("page": `/page/2`). */
  page: string;
}
