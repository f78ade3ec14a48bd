/**
 * Checks that look at a post together with its translations: a right-to-left
 * post left in another script, and translations that drifted from their source
 * (authors, tags, date).
 */
import type {CheckedPost, PostInput, SiteFacts} from '../context';
import {directionOf, scriptOf} from '../../i18n/direction';
import {defineRule, type Finding} from './rule';
import {resolveTag} from './tags';

export const localeUntranslated = defineRule({
  id: 'locale-untranslated',
  severity: 'warning',
  category: 'house',
  description: "a title or description with no letter of the locale's script",
  fix: "Translate the title and description, or set `lang` to the post's real language.",
  blocking: false,
  scope: 'post',
  check: checkUntranslated,
  messages: {
    noLetter: ({locale, script}: {locale: string; script: string}) =>
      `This post is in the "${locale}" blog, but its title and description have no ${script} letter: it looks untranslated. Translate them, or set "lang" to the language the post is written in.`,
  },
});

export const translationMismatch = defineRule({
  id: 'translation-mismatch',
  severity: 'warning',
  category: 'house',
  description: 'a translation whose authors, tags or date differ from its source',
  fix: 'Give the translation the same authors, tags (by key or localized label) and date as the original.',
  blocking: false,
  scope: 'site',
  check: checkTranslations,
  messages: {
    authors: ({authors, original, source}: {authors: string[]; original: string[]; source: string}) =>
      `The authors [${authors.join(', ')}] differ from the original's [${original.join(', ')}] in ${source}. A translation has the same authors.`,
    tags: ({tags, original, source}: {tags: string[]; original: string[]; source: string}) =>
      `The tags resolve to [${tags.join(', ')}], but the original's in ${source} to [${original.join(', ')}]. A translation has the same tags, in its own language or by key.`,
    date: ({date, original, source}: {date: string; original: string; source: string}) =>
      `The date ${date} differs from the original's ${original} in ${source}. A translation keeps the original's date.`,
  },
});

/** A right-to-left post whose title and description hold no letter of its locale's script. */
function checkUntranslated(post: PostInput, data: Record<string, unknown>): Finding[] {
  const script = untranslatedByScript(post, data);
  if (!script) return [];
  return [localeUntranslated.report('noLetter', {path: ['title']}, {locale: post.locale, script: script.name})];
}

/** The script a right-to-left post's title and description lack every letter of, if they do. */
export function untranslatedByScript(post: PostInput, data: Record<string, unknown>): {name: string} | undefined {
  if (directionOf(post.locale) !== 'rtl' || typeof data.lang === 'string') return undefined;
  const script = scriptOf(post.locale);
  if (!script) return undefined;
  const texts = [data.title, data.description].filter((t): t is string => typeof t === 'string' && t.trim() !== '');
  if (texts.length === 0 || texts.some((t) => script.letters.test(t))) return undefined;
  return script;
}

const asList = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : Array.isArray(value)
      ? value.filter((v): v is string => typeof v === 'string')
      : [];

const sameSet = (a: string[], b: string[]) => a.length === b.length && [...new Set(a)].every((x) => b.includes(x));

/** Findings on translations, keyed by the translation's file. */
function checkTranslations(posts: readonly CheckedPost[], site: SiteFacts): Map<PostInput, Finding[]> {
  const out = new Map<PostInput, Finding[]>();
  const sources = new Map<string, CheckedPost>();
  for (const p of posts) if (p.post.locale === site.defaultLocale) sources.set(p.post.relativePath, p);
  for (const translation of posts) {
    if (translation.post.locale === site.defaultLocale) continue;
    const source = sources.get(translation.post.relativePath);
    if (!source) continue;
    const findings: Finding[] = [];
    const tr = translation.data;
    const src = source.data;
    const srcFile = source.post.file;

    const authorsT = asList(tr.authors);
    const authorsS = asList(src.authors);
    if (tr.authors !== undefined && src.authors !== undefined && !sameSet(authorsT, authorsS)) {
      findings.push(
        translationMismatch.report(
          'authors',
          {path: ['authors']},
          {authors: authorsT, original: authorsS, source: srcFile},
        ),
      );
    }

    const keysOf = (tags: string[], locale: string) =>
      tags.map((t) => resolveTag(t, site.tags[locale] ?? new Map())?.key).filter((k): k is string => k !== undefined);
    const tagsT = asList(tr.tags);
    const tagsS = asList(src.tags);
    const keysT = keysOf(tagsT, translation.post.locale);
    const keysS = keysOf(tagsS, source.post.locale);
    // Unresolved tags are reported by the tag rule; compare only what resolves.
    if (
      keysT.length === tagsT.length &&
      keysS.length === tagsS.length &&
      tr.tags !== undefined &&
      src.tags !== undefined &&
      !sameSet(keysT, keysS)
    ) {
      findings.push(
        translationMismatch.report('tags', {path: ['tags']}, {tags: keysT, original: keysS, source: srcFile}),
      );
    }

    const dateT = dayOf(tr.date, translation.post.fileDate);
    const dateS = dayOf(src.date, source.post.fileDate);
    if (dateT && dateS && dateT !== dateS) {
      const path = tr.date !== undefined ? ['date'] : [];
      findings.push(translationMismatch.report('date', {path}, {date: dateT, original: dateS, source: srcFile}));
    }
    if (findings.length) out.set(translation.post, findings);
  }
  return out;
}

/** The day a post is dated: its front matter's `date`, else its file name's. */
function dayOf(date: unknown, fileDate: string | undefined): string | undefined {
  if (date instanceof Date) return date.toISOString().slice(0, 10);
  return typeof date === 'string' ? date.slice(0, 10) : fileDate;
}
