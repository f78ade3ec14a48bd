/**
 * The plugin's own options, beside those of @docusaurus/plugin-content-blog,
 * and their defaults. `{}` normalizes to DEFAULT_OPTIONS.
 */
import * as z from 'zod';
import {RULE_IDS, type RuleId, type RuleSetting} from './check/rules';

export interface CheckerOptions {
  /** Severity per rule id: 'off' | 'info' | 'warning' | 'error'. */
  rules: Partial<Record<RuleId, RuleSetting>>;
  /** Front matter fields every post must have. */
  requiredFields: string[];
  /** A post of the default locale with no translation in a locale: shown there with a notice, or left out. */
  untranslatedPosts: 'notice' | 'hide';
  /** The digits each locale writes dates, reading times and counts in (default: latn). */
  digits: Record<string, 'latn' | 'arab' | 'arabext'>;
  /** Social cards: an Open Graph image drawn for posts at build time. */
  socialCards: SocialCardOptions;
  /**
   * 'continuous': a heading more than one level below the heading before it
   * (the title is h1) is raised to the next level, so the page's outline has
   * no gaps; 'as-written': levels as the post writes them.
   */
  headingLevels: 'continuous' | 'as-written';
}

export interface SocialCardOptions {
  /** Draw cards at all. */
  enabled: boolean;
  /** A card for every post, also those with their own `image`; else only for posts without one. */
  all: boolean;
  /** The card's logo: a file in a static folder (`/img/logo.svg`), or false for none. Default: the navbar's logo. */
  logo?: string | false;
}

export const DEFAULT_OPTIONS: CheckerOptions = {
  rules: {},
  requiredFields: ['title', 'description', 'tags', 'authors'],
  untranslatedPosts: 'notice',
  digits: {},
  socialCards: {enabled: true, all: false},
  headingLevels: 'continuous',
};

export const checkerOptionsSchema = z
  .object({
    rules: z
      .partialRecord(z.enum(RULE_IDS as [RuleId, ...RuleId[]]), z.enum(['off', 'info', 'warning', 'error']))
      .default(DEFAULT_OPTIONS.rules),
    requiredFields: z.array(z.string()).default(DEFAULT_OPTIONS.requiredFields),
    untranslatedPosts: z.enum(['notice', 'hide']).default(DEFAULT_OPTIONS.untranslatedPosts),
    digits: z.record(z.string(), z.enum(['latn', 'arab', 'arabext'])).default(DEFAULT_OPTIONS.digits),
    socialCards: z
      .object({
        enabled: z.boolean().default(DEFAULT_OPTIONS.socialCards.enabled),
        all: z.boolean().default(DEFAULT_OPTIONS.socialCards.all),
        logo: z.union([z.string().min(1), z.literal(false)]).optional(),
      })
      .strict()
      .prefault({}),
    headingLevels: z.enum(['continuous', 'as-written']).default(DEFAULT_OPTIONS.headingLevels),
  })
  .strict();

/** Our keys, for separating them from the blog plugin's own options. */
export const OWN_OPTION_KEYS = ['rules', 'requiredFields', 'untranslatedPosts', 'digits', 'socialCards', 'headingLevels'] as const;

export function normalizeCheckerOptions(input: unknown): CheckerOptions {
  return checkerOptionsSchema.parse(input ?? {}) as CheckerOptions;
}
