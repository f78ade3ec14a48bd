/**
 * Tags: each one must be in the registry (tags.yml), written as its key or as its
 * label in the post's locale, and appear once. Labels are compared after Arabic
 * normalization, so "الذكاء الإصطناعي" and "الذَّكاء الاصطناعي" both resolve to
 * the tag whose Arabic label is "الذكاء الاصطناعي".
 */
import {nearest, normalizeForMatch} from '../../i18n/arabic';
import type {PostCheck, PostInput, SiteFacts, TagEntry} from '../context';
import type {Finding} from './';

type Registry = ReadonlyMap<string, TagEntry>;

/**
 * Normalized key or label → entry, built once per registry: every tag of every
 * post is resolved against the same few maps. Registries are not changed after
 * loading (a reload makes new maps), so the cache cannot go stale.
 */
const indexes = new WeakMap<Registry, Map<string, TagEntry>>();

function indexOf(registry: Registry): Map<string, TagEntry> {
  let index = indexes.get(registry);
  if (!index) {
    index = new Map();
    // Keys before labels: a value that is one tag's key and another's label is the key.
    for (const entry of registry.values()) index.set(normalizeForMatch(entry.key), entry);
    for (const entry of registry.values()) {
      const label = normalizeForMatch(entry.label);
      if (!index.has(label)) index.set(label, entry);
    }
    indexes.set(registry, index);
  }
  return index;
}

/** The registry entry a tag written in a post stands for: by key, or by key or label once normalized. */
export function resolveTag(value: string, registry: Registry): TagEntry | undefined {
  return registry.get(value) ?? indexOf(registry).get(normalizeForMatch(value));
}

export const checkTags: PostCheck = (post, data, site) => {
  if (!Array.isArray(data.tags)) return [];
  const registry: Registry = site.tags[post.locale] ?? new Map();
  const findings: Finding[] = [];
  // Which tag each value stands for (its key, or its normalized text when it
  // resolves to none) → where it first appeared.
  const seen = new Map<string, {index: number; value: string}>();

  data.tags.forEach((value: unknown, i) => {
    // Other types and empty items are the field rules' to report.
    if (typeof value !== 'string' || value.trim() === '') return;
    const entry = resolveTag(value, registry);
    const identity = entry ? `key:${entry.key}` : `text:${normalizeForMatch(value)}`;
    const first = seen.get(identity);
    if (first) {
      const spelling = first.value === value ? '' : ` (${show(first.value)})`;
      const meaning = entry && (first.value !== entry.key || value !== entry.key) ? `: both are the tag ${show(entry.key)}` : '';
      findings.push({
        rule: 'tag-duplicate',
        path: ['tags', i],
        message: `Tag ${show(value)} repeats tags[${first.index}]${spelling}${meaning}. Remove one of them.`,
      });
      return;
    }
    seen.set(identity, {index: i, value});
    if (!entry) findings.push({rule: 'tag-unknown', path: ['tags', i], message: unknownMessage(value, registry, post, site)});
  });
  return findings;
};

function unknownMessage(value: string, registry: Registry, post: PostInput, site: SiteFacts): string {
  const defaultFile = `${post.locale === site.defaultLocale ? blogFolderOf(post) : 'blog/'}tags.yml`;
  if (registry.size === 0) {
    return `Tag ${show(value)} is not in tags.yml: the blog has no tags.yml, or it lists no tags. Create ${defaultFile} with the blog's tags, or turn the rule "tag-unknown" off.`;
  }
  // Suggest from keys and labels alike; show the key, which always works, and
  // the label when it is spelled differently.
  const byText = new Map<string, TagEntry>();
  for (const entry of registry.values()) {
    if (!byText.has(entry.key)) byText.set(entry.key, entry);
    if (!byText.has(entry.label)) byText.set(entry.label, entry);
  }
  const near = nearest(value, byText.keys());
  const entry = near === undefined ? undefined : byText.get(near);
  const suggestion = entry
    ? `; did you mean ${show(entry.key)}${normalizeForMatch(entry.label) === normalizeForMatch(entry.key) ? '' : ` (${entry.label})`}?`
    : '.';
  const fix =
    post.locale === site.defaultLocale
      ? `Use a key or label of tags.yml, or add the tag to ${defaultFile}.`
      : `Use a key of tags.yml or its label in ${blogFolderOf(post)}tags.yml, or add the tag to ${defaultFile} with its label there.`;
  return `Tag ${show(value)} is not in tags.yml${suggestion} ${fix}`;
}

/** The post's blog folder ("blog/", "i18n/ar/docusaurus-plugin-content-blog/"), from its two paths. */
function blogFolderOf(post: PostInput): string {
  return post.file.endsWith(post.relativePath) ? post.file.slice(0, post.file.length - post.relativePath.length) : '';
}

/** A value as the message quotes it: whole, unless it is long. */
function show(value: string): string {
  return `"${value.length > 60 ? `${value.slice(0, 57)}…` : value}"`;
}
