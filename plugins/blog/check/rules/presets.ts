/**
 * Presets: which rules are on, and how loud, before a site's own per-rule
 * severities. Each rule's category (rule.ts) decides: `strict` keeps every
 * rule at its default, `recommended` lowers the house rules to warnings at
 * most, and `docusaurus` keeps only what Docusaurus refuses and the safety
 * rules.
 */
import {ALL_RULES, type RuleId} from './';
import type {RuleCategory, RuleSetting, Severity} from './rule';

export const PRESET_NAMES = ['docusaurus', 'recommended', 'strict'] as const;
export type Preset = (typeof PRESET_NAMES)[number];

/** A rule's setting in a preset, from its category and default severity. */
const PRESETS: Record<Preset, (category: RuleCategory, severity: Severity) => RuleSetting> = {
  docusaurus: (category, severity) => (category === 'house' ? 'off' : severity),
  recommended: (category, severity) => (category === 'house' && severity === 'error' ? 'warning' : severity),
  strict: (_category, severity) => severity,
};

export const isPreset = (name: string): name is Preset => (PRESET_NAMES as readonly string[]).includes(name);

/**
 * The setting of every rule: the preset's, unless `overrides` (the site's
 * `rules` option, then the command line's `--rule`) names the rule.
 */
export function ruleSettings(
  preset: Preset,
  overrides: Partial<Record<RuleId, RuleSetting>> = {},
): ReadonlyMap<string, RuleSetting> {
  return new Map(
    ALL_RULES.map((rule) => [rule.id, overrides[rule.id] ?? PRESETS[preset](rule.category, rule.severity)]),
  );
}
