/**
 * Checks that look at a post together with its translations: a right-to-left
 * post left in another script, and translations that drifted from their source
 * (authors, tags, date).
 */
import type {PostInput, SiteFacts} from '../context';
import {directionOf, scriptOf} from '../../i18n/direction';
import type {Finding} from './';
import {resolveTag} from './tags';

export interface CheckedPost {
  post: PostInput;
  data: Record<string, unknown>;
}

export function checkUntranslated({post, data}: CheckedPost): Finding[] {
  if (directionOf(post.locale) !== 'rtl' || typeof data.lang === 'string') return [];
  const script = scriptOf(post.locale);
  if (!script) return [];
  const texts = [data.title, data.description].filter((t): t is string => typeof t === 'string' && t.trim() !== '');
  if (texts.length === 0 || texts.some((t) => script.letters.test(t))) return [];
  return [
    {
      rule: 'locale-untranslated',
      path: ['title'],
      message: `This post is in the "${post.locale}" blog, but its title and description have no ${script.name} letter: it looks untranslated. Translate them, or set "lang" to the language the post is written in.`,
    },
  ];
}

const asList = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

const sameSet = (a: string[], b: string[]) => a.length === b.length && [...new Set(a)].every((x) => b.includes(x));

/** Findings on translations, keyed by the translation's file. */
export function checkTranslations(posts: readonly CheckedPost[], site: SiteFacts): Map<PostInput, Finding[]> {
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
      findings.push({
        rule: 'translation-mismatch',
        path: ['authors'],
        message: `The authors [${authorsT.join(', ')}] differ from the original's [${authorsS.join(', ')}] in ${srcFile}. A translation has the same authors.`,
      });
    }

    const keysOf = (tags: string[], locale: string) =>
      tags.map((t) => resolveTag(t, site.tags[locale] ?? new Map())?.key).filter((k): k is string => k !== undefined);
    const tagsT = asList(tr.tags);
    const tagsS = asList(src.tags);
    const keysT = keysOf(tagsT, translation.post.locale);
    const keysS = keysOf(tagsS, source.post.locale);
    // Unresolved tags are reported by the tag rule; compare only what resolves.
    if (keysT.length === tagsT.length && keysS.length === tagsS.length && tr.tags !== undefined && src.tags !== undefined && !sameSet(keysT, keysS)) {
      findings.push({
        rule: 'translation-mismatch',
        path: ['tags'],
        message: `The tags resolve to [${keysT.join(', ')}], but the original's in ${srcFile} to [${keysS.join(', ')}]. A translation has the same tags, in its own language or by key.`,
      });
    }

    const dateT = tr.date instanceof Date ? tr.date.toISOString().slice(0, 10) : typeof tr.date === 'string' ? tr.date.slice(0, 10) : translation.post.fileDate;
    const dateS = src.date instanceof Date ? src.date.toISOString().slice(0, 10) : typeof src.date === 'string' ? src.date.slice(0, 10) : source.post.fileDate;
    if (dateT && dateS && dateT !== dateS) {
      findings.push({
        rule: 'translation-mismatch',
        path: tr.date !== undefined ? ['date'] : [],
        message: `The date ${dateT} differs from the original's ${dateS} in ${srcFile}. A translation keeps the original's date.`,
      });
    }
    if (findings.length) out.set(translation.post, findings);
  }
  return out;
}
