/**
 * The plugin's own options, beside those of @docusaurus/plugin-content-blog,
 * and their defaults. `{}` normalizes to DEFAULT_OPTIONS.
 */
import * as z from 'zod';
import {RULE_IDS, type RuleId, type RuleSetting} from './rules';

export interface CheckerOptions {
  /** Severity per rule id: 'off' | 'info' | 'warning' | 'error'. */
  rules: Partial<Record<RuleId, RuleSetting>>;
  /** Front matter fields every post must have. */
  requiredFields: string[];
}

export const DEFAULT_OPTIONS: CheckerOptions = {
  rules: {},
  requiredFields: ['title', 'description', 'tags', 'authors'],
};

export const checkerOptionsSchema = z
  .object({
    rules: z
      .partialRecord(z.enum(RULE_IDS as [RuleId, ...RuleId[]]), z.enum(['off', 'info', 'warning', 'error']))
      .default(DEFAULT_OPTIONS.rules),
    requiredFields: z.array(z.string()).default(DEFAULT_OPTIONS.requiredFields),
  })
  .strict();

/** Our keys, for separating them from the blog plugin's own options. */
export const CHECKER_OPTION_KEYS = ['rules', 'requiredFields'] as const;

export function normalizeCheckerOptions(input: unknown): CheckerOptions {
  return checkerOptionsSchema.parse(input ?? {}) as CheckerOptions;
}
