/**
 * Every post's translation status, from a check's result: per locale, the
 * original, a translation (done, stale or still marked unfinished) or a
 * missing one. The `translations` command prints it; the site's translation
 * status page shows a locale's part of it. Pure.
 */
import type {Diagnostic} from '../rules/rule';
import type {PostInput} from '../context';
import type {Commit} from './history';

export type TranslationState = 'original' | 'translated' | 'stale' | 'unfinished' | 'missing';

interface LocaleStatus {
  state: TranslationState;
  /** The locale's file, relative to the site (for a missing one: where to write it). */
  file: string;
  /** What the check said: the stale commits or the notes left, one line each. */
  notes?: string[];
  /** The same, as data, for a page that words it in its own language. */
  details?: TranslationDetail[];
}

/** What makes a translation unfinished or stale, as the check found it. */
export type TranslationDetail =
  /** A `# TODO translate` note of translate-post left in the front matter. */
  | {kind: 'todo'; line: number; note: string}
  /** translate-post's `translate from` marker left in the body. */
  | {kind: 'marker'; line: number}
  /** The body still in the original's language (a language code), from that line. */
  | {kind: 'body'; line: number; language: string}
  /** The original's commits since the translation's last one (its date), newest first. */
  | {kind: 'stale'; since: string; commits: Commit[]};

/** A diagnostic of translation-unfinished or translation-stale as a detail, from its message id and data. */
function detailOf(d: Diagnostic): TranslationDetail | undefined {
  const data = d.data ?? {};
  if (d.messageId === 'todo' && typeof data.note === 'string') return {kind: 'todo', line: d.line, note: data.note};
  if (d.messageId === 'marker') return {kind: 'marker', line: d.line};
  if (d.messageId === 'body' && typeof data.language === 'string')
    return {kind: 'body', line: d.line, language: data.language};
  if (d.messageId === 'stale' && typeof data.since === 'string' && Array.isArray(data.commits))
    return {kind: 'stale', since: data.since, commits: data.commits as Commit[]};
  return undefined;
}

export interface PostStatus {
  /** The post's path inside each locale's blog folder: the same for all its files. */
  path: string;
  title: string;
  /** The locale of the original: the default locale's, else the first locale that has the post. */
  original: string;
  locales: Record<string, LocaleStatus>;
}

interface Checked {
  post: PostInput;
  data: Record<string, unknown> | undefined;
  diagnostics: Diagnostic[];
}

/** Where a locale keeps a blog's posts, from one of its files: `i18n/ar/docusaurus-plugin-content-blog/`. */
const folderOf = (post: PostInput) => post.file.slice(0, post.file.length - post.relativePath.length);

export function translationStatus(
  posts: readonly Checked[],
  {defaultLocale, locales}: {defaultLocale: string; locales: readonly string[]},
): PostStatus[] {
  const folders = new Map<string, string>();
  const groups = new Map<string, Map<string, Checked>>();
  for (const checked of posts) {
    const {post} = checked;
    if (!folders.has(post.locale)) folders.set(post.locale, folderOf(post));
    let group = groups.get(post.relativePath);
    if (!group) groups.set(post.relativePath, (group = new Map<string, Checked>()));
    group.set(post.locale, checked);
  }
  const folderFor = (locale: string) =>
    folders.get(locale) ??
    (folders.get(defaultLocale) ?? 'blog/').replace(
      /^(?:i18n\/[^/]+\/([^/]+)\/|[^]*)$/,
      (_, plugin?: string) => `i18n/${locale}/${plugin ?? 'docusaurus-plugin-content-blog'}/`,
    );
  const out: PostStatus[] = [];
  for (const [relativePath, group] of [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const original = group.has(defaultLocale)
      ? defaultLocale
      : (locales.find((l) => group.has(l)) ?? [...group.keys()][0]!);
    const title = group.get(original)?.data?.title;
    const status: PostStatus = {
      path: relativePath,
      title: typeof title === 'string' ? title : relativePath,
      original,
      locales: {},
    };
    for (const locale of locales) {
      const checked = group.get(locale);
      if (!checked) {
        status.locales[locale] = {state: 'missing', file: `${folderFor(locale)}${relativePath}`};
        continue;
      }
      const of = (rule: string) => checked.diagnostics.filter((d) => d.rule === rule);
      const unfinished = of('translation-unfinished');
      const stale = of('translation-stale');
      const state: TranslationState =
        locale === original ? 'original' : unfinished.length ? 'unfinished' : stale.length ? 'stale' : 'translated';
      const said = [...unfinished, ...stale];
      const details = said.map(detailOf).filter((d) => d !== undefined);
      status.locales[locale] = {
        state,
        file: checked.post.file,
        ...(said.length ? {notes: said.map((d) => d.message)} : {}),
        ...(details.length ? {details} : {}),
      };
    }
    out.push(status);
  }
  return out;
}
