/**
 * The registry: every rule of the checker, once. The rule ids, the severities
 * the site may set, the rules that keep a post from loading, the order the
 * checks run in, SARIF's rule list and the README's rules table
 * (`npm run docs:rules`) all come from this list. A rule is added by defining
 * it in its family's module and listing it here.
 */
import {authorDuplicate, authorInline, authorLinkUnsafe, authorUnknown} from './authors';
import {checkerInternal} from './checker';
import {localeUntranslated, translationMismatch} from './crossLocale';
import {docusaurusRefused} from './docusaurus';
import {fieldEmpty} from './fieldEmpty';
import {
  dateFormat,
  dateInvalid,
  descriptionLength,
  fieldRequired,
  fieldType,
  fieldUnknown,
  langInvalid,
  slugInvalid,
  titleLength,
} from './frontMatter';
import {
  imageBodyMismatch,
  imageDimensions,
  imageFileSize,
  imageFormat,
  imageMissing,
  imageProtocolRelative,
  imageTitleMismatch,
  imageUnsafe,
} from './image';
import {keywordDuplicate, keywordsCount} from './keywords';
import {languageMismatch} from './language';
import {PARSING_RULES} from './parsing';
import {postFileUnsafe} from './postFile';
import {registryInvalid} from './registryFiles';
import {staticFileUnsafe} from './staticFile';
import type {PostCheck, SiteCheck} from '../context';
import {tagDuplicate, tagPermalinkUnsafe, tagUnknown} from './tags';
import {textBidiControl, textInvisible} from './textSafety';
import {titleGlyphMissing} from './titleGlyphs';
import {translationUnfinished} from './translationMarkers';
import {translationStale} from './staleTranslations';

export {formatFieldPath} from './rule';
export type {Diagnostic, Finding, RuleSetting, Severity} from './rule';

/**
 * The rules a site's files can break, in the README's order. Checks of one
 * post run in the order their rules first appear here, so findings at the
 * same place keep one order.
 */
const CONTENT_RULES = [
  ...PARSING_RULES,
  postFileUnsafe,
  fieldUnknown,
  fieldType,
  fieldRequired,
  fieldEmpty,
  titleLength,
  descriptionLength,
  dateInvalid,
  dateFormat,
  langInvalid,
  slugInvalid,
  docusaurusRefused,
  tagUnknown,
  tagDuplicate,
  tagPermalinkUnsafe,
  authorUnknown,
  authorDuplicate,
  authorInline,
  authorLinkUnsafe,
  keywordsCount,
  keywordDuplicate,
  imageUnsafe,
  imageProtocolRelative,
  imageMissing,
  imageFormat,
  imageDimensions,
  imageFileSize,
  imageTitleMismatch,
  imageBodyMismatch,
  textBidiControl,
  textInvisible,
  titleGlyphMissing,
  localeUntranslated,
  translationMismatch,
  languageMismatch,
  translationUnfinished,
  translationStale,
  registryInvalid,
  staticFileUnsafe,
] as const;

/** Every rule: the content rules, then the checker's report of its own failure. */
export const ALL_RULES = [...CONTENT_RULES, checkerInternal] as const;

export type RuleId = (typeof ALL_RULES)[number]['id'];
export type ContentRuleId = (typeof CONTENT_RULES)[number]['id'];

export const RULE_IDS: readonly RuleId[] = ALL_RULES.map((rule) => rule.id);

/** Each rule by its id. */
export const RULE_BY_ID: ReadonlyMap<string, (typeof ALL_RULES)[number]> = new Map(
  ALL_RULES.map((rule) => [rule.id, rule]),
);

/**
 * The rules a post, a registry or the site can break, by id: each has a site
 * that breaks it and one that does not (tests/fixtures/rules). The checker's
 * own failure has neither, and is only in RULE_BY_ID.
 */
export const RULES = Object.fromEntries(CONTENT_RULES.map((rule) => [rule.id, rule])) as {
  readonly [Id in ContentRuleId]: Extract<(typeof CONTENT_RULES)[number], {id: Id}>;
};

/**
 * The rules that judge the same thing Docusaurus refuses, in more words: an
 * error of theirs at a field stands for docusaurus-refused's there. Rules about
 * another problem of the same field (a missing image file, a character the
 * card cannot draw) do not: fixing theirs would leave Docusaurus's refusal.
 */
export const SAYS_MORE_THAN_DOCUSAURUS: ReadonlySet<string> = new Set<RuleId>([
  'field-type',
  'field-required',
  'field-empty',
  'date-invalid',
  'slug-invalid',
  'author-duplicate',
  'image-unsafe',
]);

/** Errors that keep the blog plugin from loading a post: the build stops on them whatever else is on. */
export const BLOCKING_RULES: ReadonlySet<string> = new Set<RuleId>(
  ALL_RULES.filter((rule) => rule.blocking).map((rule) => rule.id),
);

const unique = <T>(items: T[]): T[] => [...new Set(items)];

/** The checks of one post's front matter, in the order they run. */
export const POST_CHECKS: readonly PostCheck[] = unique(
  ALL_RULES.flatMap((rule) => (rule.scope === 'post' ? [rule.check] : [])),
);

/** The checks across posts and locales, run once every post is checked. */
export const SITE_CHECKS: readonly SiteCheck[] = unique(
  ALL_RULES.flatMap((rule) => (rule.scope === 'site' ? [rule.check] : [])),
);
