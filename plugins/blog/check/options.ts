/**
 * The plugin's own options, beside those of @docusaurus/plugin-content-blog.
 * The Zod schema is their one source: their type is its output, their
 * defaults are what it makes of `{}`, and their keys are its keys.
 */
import * as z from 'zod';
import {RULE_IDS, type RuleId} from './rules';
import {PRESET_NAMES} from './rules/presets';

const socialCardsSchema = z
  .object({
    /** Draw cards at all. */
    enabled: z.boolean().default(true),
    /** A card for every post, also those with their own `image`; else only for posts without one. */
    all: z.boolean().default(false),
    /** The card's logo: a file in a static folder (`/img/logo.svg`), or false for none. Default: the navbar's logo. */
    logo: z.union([z.string().min(1), z.literal(false)]).optional(),
  })
  .strict();

/** Why docusaurus-refused stays an error: what it reports, Docusaurus's build refuses anyway. */
export const UNLOWERED =
  'docusaurus-refused cannot be lowered or turned off: Docusaurus refuses these values itself, and its build would stop on them with a stack trace instead of this report. Fix the posts instead.';

/** The numbering systems this runtime's Intl can write. */
const NUMBERING_SYSTEMS: ReadonlySet<string> = new Set(Intl.supportedValuesOf('numberingSystem'));

export const checkerOptionsSchema = z
  .object({
    /**
     * Which rules are on before `rules`: 'strict' (every rule at its default),
     * 'recommended' (house rules as warnings at most) or 'docusaurus' (only
     * what Docusaurus refuses, and the safety rules).
     */
    preset: z.enum(PRESET_NAMES).default('strict'),
    /** Severity per rule id: 'off' | 'info' | 'warning' | 'error'; overrides the preset. */
    rules: z
      .partialRecord(z.enum(RULE_IDS as [RuleId, ...RuleId[]]), z.enum(['off', 'info', 'warning', 'error']))
      .refine((rules) => rules['docusaurus-refused'] === undefined || rules['docusaurus-refused'] === 'error', {
        error: UNLOWERED,
        path: ['docusaurus-refused'],
      })
      .default({}),
    /** Front matter fields every post must have. */
    requiredFields: z.array(z.string()).default(['title', 'description', 'tags', 'authors']),
    /** A post of the default locale with no translation in a locale: shown there with a notice, or left out. */
    untranslatedPosts: z.enum(['notice', 'hide']).default('notice'),
    /**
     * The digits each locale writes dates, reading times and counts in: a
     * numbering system (`latn`, `arab`, `arabext`, `deva`…). A locale not named
     * gets its language's own, as CLDR has it (Persian: arabext; Arabic: latn).
     */
    digits: z
      .record(
        z.string(),
        z.string().refine((system) => NUMBERING_SYSTEMS.has(system), {
          error: (issue) =>
            `"${String(issue.input)}" is not a numbering system; use one of latn, arab, arabext, deva, beng, thai…`,
        }),
      )
      .default({}),
    /** Social cards: an Open Graph image drawn for posts at build time. */
    socialCards: socialCardsSchema.prefault({}),
    /**
     * 'continuous': a heading more than one level below the heading before it
     * (the title is h1) is raised to the next level, so the page's outline has
     * no gaps; 'as-written': levels as the post writes them.
     */
    headingLevels: z.enum(['continuous', 'as-written']).default('continuous'),
  })
  .strict();

export type CheckerOptions = z.output<typeof checkerOptionsSchema>;
export type SocialCardOptions = CheckerOptions['socialCards'];

/** Every option at its default: the schema's reading of `{}`. */
export const DEFAULT_OPTIONS: CheckerOptions = checkerOptionsSchema.parse({});

/** Our keys, for separating them from the blog plugin's own options. */
export const OWN_OPTION_KEYS = checkerOptionsSchema.keyof().options;

export function normalizeCheckerOptions(input: unknown): CheckerOptions {
  return checkerOptionsSchema.parse(input ?? {});
}

/**
 * Options as a site's config writes them (read by the `check` command, not
 * validated: the build validates them), with the defaults for the rest.
 */
export function withDefaults(options: Partial<CheckerOptions> | undefined): CheckerOptions {
  return {...DEFAULT_OPTIONS, ...options};
}
