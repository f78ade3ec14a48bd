import {describe, expect, it} from 'vitest';
import {ALL_RULES, RULE_IDS} from '../../plugins/blog/check/rules';
import {ruleSettings} from '../../plugins/blog/check/rules/presets';

/** A preset's settings by rule id, to compare with the severities a test names. */
const settingsOf = (...args: Parameters<typeof ruleSettings>) => Object.fromEntries(ruleSettings(...args));

describe('presets', () => {
  it('strict: every rule at its default severity', () => {
    const settings = settingsOf('strict');
    expect(settings).toMatchObject({
      'field-required': 'error',
      'tag-unknown': 'error',
      'title-length': 'warning',
      'yaml-syntax': 'error',
    });
    for (const rule of ALL_RULES) expect(settings[rule.id]).toBe(rule.severity);
  });

  it('recommended: house rules as warnings at most, the others at their default', () => {
    expect(settingsOf('recommended')).toMatchObject({
      'field-required': 'warning',
      'tag-unknown': 'warning',
      'title-glyph-missing': 'warning',
      // A house rule that is a warning already stays one.
      'keywords-count': 'warning',
      'author-unknown': 'error',
      'image-unsafe': 'error',
      'text-bidi-control': 'error',
    });
  });

  it('docusaurus: what Docusaurus refuses and the safety rules; house rules off', () => {
    expect(settingsOf('docusaurus')).toMatchObject({
      'field-required': 'off',
      'tag-unknown': 'off',
      'keywords-count': 'off',
      'yaml-syntax': 'error',
      'field-type': 'off',
      'docusaurus-refused': 'error',
      'slug-invalid': 'error',
      'text-invisible': 'error',
      'checker-internal': 'error',
    });
  });

  it('per-rule severities override the preset, both ways', () => {
    expect(settingsOf('docusaurus', {'tag-unknown': 'warning', 'image-missing': 'off'})).toMatchObject({
      'tag-unknown': 'warning',
      'image-missing': 'off',
      'field-required': 'off',
    });
    expect(settingsOf('strict', {'field-required': 'info'})['field-required']).toBe('info');
  });

  it('sets every rule, and only the rules', () => {
    expect([...ruleSettings('recommended').keys()]).toEqual(RULE_IDS);
  });
});
