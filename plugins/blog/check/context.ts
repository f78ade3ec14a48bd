/**
 * What the pure checks receive: one post, and the facts about the site that the
 * loader gathered (registries, local image files). Nothing here touches the disk.
 */
import type {CodePoints} from '../cards/codePoints';
import type {ParsedPost} from './parse';
import type {Finding} from './rules/rule';
import type {TranslationFacts} from './translations/facts';
import type {PostText} from './translations/postLanguages';

export interface TagEntry {
  key: string;
  label: string;
  permalink: string;
  description?: string;
}

export interface AuthorEntry {
  key: string;
  name?: string;
}

/** Facts about a local image file, read by the loader. */
export interface ImageFacts {
  exists: boolean;
  /** Bytes on disk. */
  size?: number;
  /** 'png' | 'jpg' | 'webp' | 'svg' | 'gif' | …, from the file's content. */
  format?: string;
  width?: number;
  height?: number;
  /** Where the file really is, when a symlink leads it out of the site. */
  outside?: string;
}

export interface PostInput {
  /** Relative to the site folder, with forward slashes. */
  file: string;
  /** Absolute path on disk. */
  absolutePath: string;
  locale: string;
  /** The file's path relative to its blog folder: same for a post and its translations. */
  relativePath: string;
  parsed: ParsedPost;
  /** YYYY-MM-DD from the file name or folders, when there is one. */
  fileDate?: string;
  /** What the translation rules read of its text, found as it was read (withPostText); else read when they ask. */
  text?: PostText;
}

interface CheckSettings {
  /** Fields a post must have. */
  required: readonly string[];
  /** When social cards are drawn, a post needs no `image`. */
  socialCards: boolean;
  /** Cards are drawn for every post, also those with their own `image`. */
  socialCardsAll?: boolean;
  /** Tags as Docusaurus's own blog plugin knows them (SiteLayout.docusaurusBlog). */
  docusaurusTags?: boolean;
  /** The rules the options turn off: a check may leave out the work only their findings need. */
  rulesOff?: ReadonlySet<string>;
  /** The registries' files in each blog folder, as the blog names them (`tags`, `authorsMapPath`); tags.yml and authors.yml by default. */
  registryFiles?: {tags: string; authors: string};
}

export interface SiteFacts {
  siteDir: string;
  defaultLocale: string;
  locales: readonly string[];
  /** The default locale's blog folder, relative to the site, with a trailing slash ("blog/"). */
  blogFolder: string;
  /** Tags per locale: the locale's tags.yml, falling back to the default one. */
  tags: Readonly<Record<string, ReadonlyMap<string, TagEntry>>>;
  /** Authors per locale: the locale's authors.yml merged over the default one. */
  authors: Readonly<Record<string, ReadonlyMap<string, AuthorEntry>>>;
  /** Local images by absolute path, for every image a post refers to. */
  images: ReadonlyMap<string, ImageFacts>;
  /** Absolute paths of the site's static folders (`static/` by default). */
  staticDirs: readonly string[];
  settings: CheckSettings;
  /** Code points the social cards' fonts can draw (read when cards are on). */
  cardCoverage?: CodePoints;
  /** The language cache and git's history of the posts (check/translations/facts.ts). */
  languages?: TranslationFacts['languages'];
  history?: TranslationFacts['history'];
}

/** A check of one post's front matter (already known to be a mapping). */
export type PostCheck = (post: PostInput, data: Record<string, unknown>, site: SiteFacts) => Finding[];

/** A post whose front matter is a mapping, as the checks across posts see it. */
export interface CheckedPost {
  post: PostInput;
  data: Record<string, unknown>;
}

/** A check across the site's posts: findings keyed by the post they are about. */
export type SiteCheck = (posts: readonly CheckedPost[], site: SiteFacts) => Map<PostInput, Finding[]>;
