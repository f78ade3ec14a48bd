/**
 * Tags: each one must be in the registry (tags.yml), written as its key or as its
 * label in the post's locale, and appear once. Labels are compared after Arabic
 * normalization, so "الذكاء الإصطناعي" and "الذَّكاء الاصطناعي" both resolve to
 * the tag whose Arabic label is "الذكاء الاصطناعي".
 */
import {nearest, normalizeForMatch} from '../../i18n/arabic';
import {quoted} from '../../shared/text';
import type {PostInput, SiteFacts, TagEntry} from '../context';
import {blogFolderOf, registryFileOf} from './blogFolder';
import {routePathProblem} from './frontMatter';
import {defineRule, type FieldPath, type Finding} from './rule';

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

export const tagUnknown = defineRule({
  id: 'tag-unknown',
  severity: 'error',
  category: 'house',
  description: 'a tag that is not in tags.yml',
  fix: "Use a key of `tags.yml` or its label in the post's locale; the message names the nearest tag. Or add the tag to `blog/tags.yml` (and its label to each locale's `tags.yml`).",
  blocking: false,
  scope: 'post',
  check: checkTags,
  messages: {
    inline: ({value, file, registry}: {value: string; file: string; registry: string}) =>
      `Tag ${quoted(value)} is written out (a label and a permalink), so Docusaurus counts it as an inline tag, not one of ${registry}. Write a key of ${registry}, or add the tag to ${file}.`,
    noRegistry: ({value, file, registry}: {value: string; file: string; registry: string}) =>
      `Tag ${quoted(value)} is not in ${registry}: the blog has no ${registry}, or it lists no tags. Create ${file} with the blog's tags, or turn the rule "tag-unknown" off.`,
    unknown: ({value, suggestion, fix, registry}: {value: string; suggestion: string; fix: string; registry: string}) =>
      `Tag ${quoted(value)} is not in ${registry}${suggestion} ${fix}`,
  },
});

export const tagPermalinkUnsafe = defineRule({
  id: 'tag-permalink-unsafe',
  severity: 'error',
  category: 'safety',
  description: 'a tag written out in a post with a permalink that climbs out of the site with "..", or is a URL',
  fix: 'Write the tag as a key of `tags.yml`, or give it a permalink such as `/my-tag`.',
  // Docusaurus joins the permalink to the tags' folder as it is: the page would be written outside the build.
  blocking: true,
  scope: 'post',
  check: checkTagPermalinks,
  messages: {
    unsafe: ({value, problem}: {value: string; problem: string}) =>
      `The tag's permalink is ${quoted(value)}, which ${problem}`,
  },
});

/** A tag written out (`{label, permalink}`) becomes a page at its permalink, under the blog's tags. */
function checkTagPermalinks(_post: PostInput, data: Record<string, unknown>): Finding[] {
  if (!Array.isArray(data.tags)) return [];
  const findings: Finding[] = [];
  data.tags.forEach((tag: unknown, i) => {
    const permalink = typeof tag === 'object' && tag !== null ? (tag as {permalink?: unknown}).permalink : undefined;
    const problem = typeof permalink === 'string' ? routePathProblem(permalink) : undefined;
    if (problem)
      findings.push(
        tagPermalinkUnsafe.report('unsafe', {path: ['tags', i, 'permalink']}, {value: permalink as string, problem}),
      );
  });
  return findings;
}

export const tagDuplicate = defineRule({
  id: 'tag-duplicate',
  severity: 'error',
  category: 'house',
  description: 'the same tag twice',
  fix: 'Remove the repeated tag (a key and its label are the same tag).',
  blocking: false,
  scope: 'post',
  check: checkTags,
  messages: {
    repeats: ({
      value,
      first,
      firstValue,
      key,
    }: {
      value: string;
      first: number;
      firstValue: string;
      key: string | undefined;
    }) => {
      const spelling = firstValue === value ? '' : ` (${quoted(firstValue)})`;
      const meaning =
        key !== undefined && (firstValue !== key || value !== key) ? `: both are the tag ${quoted(key)}` : '';
      return `Tag ${quoted(value)} repeats tags[${first}]${spelling}${meaning}. Remove one of them.`;
    },
  },
});

export function checkTags(post: PostInput, data: Record<string, unknown>, site: SiteFacts): Finding[] {
  if (!Array.isArray(data.tags)) return [];
  const registry: Registry = site.tags[post.locale] ?? new Map();
  const findings: Finding[] = [];
  // Which tag each value stands for (its key, or its normalized text when it
  // resolves to none) → where it first appeared.
  const seen = new Map<string, {index: number; value: string}>();

  const exact = site.settings.docusaurusTags === true;
  // Naming the nearest tag compares each unknown one with the whole registry: not for a rule that is off.
  const unknownOff = site.settings.rulesOff?.has(tagUnknown.id) === true;
  data.tags.forEach((value: unknown, i) => {
    if (exact && isInlineTag(value)) {
      if (unknownOff) return;
      const {name, file} = registryFileOf(post, site, 'tags');
      findings.push(tagUnknown.report('inline', {path: ['tags', i]}, {value: value.label, file, registry: name}));
      return;
    }
    // Other types and empty items are the field rules' to report.
    if (typeof value !== 'string' || value.trim() === '') return;
    // Docusaurus's own blog knows a tag by its key alone, written exactly; this plugin by key or label.
    const entry = exact ? registry.get(value) : resolveTag(value, registry);
    const identity = entry ? `key:${entry.key}` : `text:${exact ? value : normalizeForMatch(value)}`;
    const first = seen.get(identity);
    if (first) {
      const data = {value, first: first.index, firstValue: first.value, key: entry?.key};
      findings.push(tagDuplicate.report('repeats', {path: ['tags', i]}, data));
      return;
    }
    seen.set(identity, {index: i, value});
    if (!entry && !unknownOff) findings.push(unknownTag(value, ['tags', i], registry, post, site));
  });
  return findings;
}

/** A tag written out as Docusaurus takes one: an object with a string label. */
const isInlineTag = (value: unknown): value is {label: string} =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  typeof (value as {label?: unknown}).label === 'string';

function unknownTag(value: string, path: FieldPath, registry: Registry, post: PostInput, site: SiteFacts): Finding {
  const {name, file: defaultFile} = registryFileOf(post, site, 'tags');
  if (registry.size === 0) return tagUnknown.report('noRegistry', {path}, {value, file: defaultFile, registry: name});
  // Show the key, which always works, and the label when it is spelled differently and this plugin reads it too.
  const exact = site.settings.docusaurusTags === true;
  const entry = nearestTag(value, registry, exact);
  const label =
    !entry || exact || normalizeForMatch(entry.label) === normalizeForMatch(entry.key) ? '' : ` (${entry.label})`;
  const suggestion = entry ? `; did you mean ${quoted(entry.key)}${label}?` : '.';
  const fix = exact
    ? `Docusaurus knows a tag by its key in ${name}, written exactly: use the key, or add the tag to ${defaultFile}.`
    : post.locale === site.defaultLocale
      ? `Use a key or label of ${name}, or add the tag to ${defaultFile}.`
      : `Use a key of ${name} or its label in ${blogFolderOf(post)}${name}, or add the tag to ${defaultFile} with its label there.`;
  return tagUnknown.report('unknown', {path}, {value, suggestion, fix, registry: name});
}

/** The tag nearest to what was written, found among keys and labels alike, or among keys alone. */
export function nearestTag(
  value: string,
  registry: ReadonlyMap<string, TagEntry>,
  keysOnly = false,
): TagEntry | undefined {
  const byText = new Map<string, TagEntry>();
  for (const entry of registry.values()) {
    if (!byText.has(entry.key)) byText.set(entry.key, entry);
    if (!keysOnly && !byText.has(entry.label)) byText.set(entry.label, entry);
  }
  const near = nearest(value, byText.keys());
  return near === undefined ? undefined : byText.get(near);
}
