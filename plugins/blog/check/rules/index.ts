/**
 * Every rule of the checker: a stable id, its default severity and what it is
 * about. The site may change any severity (or turn a rule off) in the plugin's
 * `rules` option; the README documents each one.
 */
export type Severity = 'error' | 'warning' | 'info';
export type RuleSetting = Severity | 'off';

export const RULES = {
  // The front matter is there and parses.
  'frontmatter-missing': {severity: 'error', about: 'the file has no front matter'},
  'frontmatter-fenced': {severity: 'error', about: 'the front matter is wrapped in a code fence'},
  'frontmatter-unclosed': {severity: 'error', about: 'the front matter is never closed by ---'},
  'frontmatter-not-mapping': {severity: 'error', about: 'the front matter is not a YAML mapping'},
  'encoding-invalid': {severity: 'error', about: 'the file is not valid UTF-8 or holds NUL bytes'},
  'yaml-syntax': {severity: 'error', about: 'YAML syntax error'},
  'yaml-duplicate-key': {severity: 'error', about: 'the same key twice'},
  'yaml-custom-tag': {severity: 'error', about: 'a custom YAML tag such as !!js/function'},
  'yaml-alias': {severity: 'error', about: 'YAML aliases or merge keys (alias bombs)'},
  'yaml-too-large': {severity: 'error', about: 'front matter too large or too deeply nested'},
  // Fields.
  'field-unknown': {severity: 'warning', about: 'a field the blog does not know'},
  'field-type': {severity: 'error', about: 'a field of the wrong type'},
  'field-required': {severity: 'error', about: 'a required field is missing'},
  'field-empty': {severity: 'error', about: 'an empty title, description or list item'},
  'date-invalid': {severity: 'error', about: 'a date that is not a real day'},
  'title-length': {severity: 'warning', about: 'a title longer than 70 characters'},
  'description-length': {severity: 'warning', about: 'a description outside 50–160 characters'},
  'lang-invalid': {severity: 'error', about: 'a lang that is not a BCP 47 language tag'},
  'slug-invalid': {severity: 'error', about: 'a slug that climbs out of the site with "..", or is a URL'},
  // Registries.
  'tag-unknown': {severity: 'error', about: 'a tag that is not in tags.yml'},
  'tag-duplicate': {severity: 'error', about: 'the same tag twice'},
  'keywords-count': {severity: 'warning', about: 'keywords outside 1–15 items'},
  'keyword-duplicate': {severity: 'warning', about: 'the same keyword twice'},
  'author-unknown': {severity: 'error', about: 'an author that is not in authors.yml'},
  'author-duplicate': {severity: 'error', about: 'the same author twice'},
  'registry-invalid': {severity: 'error', about: 'a tags.yml or authors.yml that cannot be read'},
  // Image.
  'image-unsafe': {severity: 'error', about: 'an image URL that is not https or a site file'},
  'image-missing': {severity: 'error', about: 'a local image that does not exist'},
  'image-format': {severity: 'warning', about: 'a local image that is not PNG, JPEG or WebP'},
  'image-dimensions': {severity: 'warning', about: 'a local image smaller than 1200×630 or far from 1.91:1'},
  'image-file-size': {severity: 'warning', about: 'a local image over 5 MB'},
  'image-title-mismatch': {severity: 'error', about: "an image URL whose title parameter is not the post's title"},
  'image-body-mismatch': {severity: 'warning', about: 'the same image in the body with another title'},
  'title-glyph-missing': {severity: 'error', about: "a title with a character the social card's fonts cannot draw"},
  // Text safety.
  'text-bidi-control': {severity: 'error', about: 'bidi override/embedding controls or unbalanced isolates'},
  'text-invisible': {severity: 'error', about: 'zero-width or invisible characters in tags, keywords, authors, slugs; control characters anywhere'},
  // Across locales.
  'locale-untranslated': {severity: 'warning', about: "a title or description with no letter of the locale's script"},
  'translation-mismatch': {severity: 'warning', about: 'a translation whose authors, tags or date differ from its source'},
} as const satisfies Record<string, {severity: Severity; about: string}>;

export type RuleId = keyof typeof RULES;
export const RULE_IDS = Object.keys(RULES) as RuleId[];

/** A path into the front matter: `['tags', 1]` is `tags[1]`. */
export type FieldPath = readonly (string | number)[];

export function formatFieldPath(path: FieldPath): string {
  return path.reduce<string>(
    (out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${part}` : part),
    '',
  );
}

/** 1-based, as editors count. `endColumn` is exclusive. */
export interface Range {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** What a rule finds, before the site's severity is applied. */
export interface Finding {
  rule: RuleId;
  path: FieldPath;
  message: string;
  /** Point at the key rather than the value (unknown fields, duplicates). */
  at?: 'key' | 'value';
  /** An explicit range when the finding is not about a front matter node. */
  range?: Range;
}

/** The checker's output, as the JSON report prints it. */
export interface Diagnostic extends Range {
  file: string;
  locale: string;
  field: string;
  rule: RuleId;
  severity: Severity;
  message: string;
}
