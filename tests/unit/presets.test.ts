import {describe, expect, it} from 'vitest';
import {ALL_RULES, RULE_IDS} from '../../plugins/blog/check/rules';
import {ruleSettings} from '../../plugins/blog/check/rules/presets';

describe('presets', () => {
  it('strict: every rule at its default severity', () => {
    const settings = ruleSettings('strict');
    expect(settings.get('field-required')).toBe('error');
    expect(settings.get('tag-unknown')).toBe('error');
    expect(settings.get('title-length')).toBe('warning');
    expect(settings.get('yaml-syntax')).toBe('error');
    for (const rule of ALL_RULES) expect(settings.get(rule.id)).toBe(rule.severity);
  });

  it('recommended: house rules as warnings at most, the others at their default', () => {
    const settings = ruleSettings('recommended');
    expect(settings.get('field-required')).toBe('warning');
    expect(settings.get('tag-unknown')).toBe('warning');
    expect(settings.get('title-glyph-missing')).toBe('warning');
    // A house rule that is a warning already stays one.
    expect(settings.get('keywords-count')).toBe('warning');
    expect(settings.get('author-unknown')).toBe('error');
    expect(settings.get('image-unsafe')).toBe('error');
    expect(settings.get('text-bidi-control')).toBe('error');
  });

  it('docusaurus: what Docusaurus refuses and the safety rules; house rules off', () => {
    const settings = ruleSettings('docusaurus');
    expect(settings.get('field-required')).toBe('off');
    expect(settings.get('tag-unknown')).toBe('off');
    expect(settings.get('keywords-count')).toBe('off');
    expect(settings.get('yaml-syntax')).toBe('error');
    expect(settings.get('field-type')).toBe('off');
    expect(settings.get('docusaurus-refused')).toBe('error');
    expect(settings.get('slug-invalid')).toBe('error');
    expect(settings.get('text-invisible')).toBe('error');
    expect(settings.get('checker-internal')).toBe('error');
  });

  it('per-rule severities override the preset, both ways', () => {
    const settings = ruleSettings('docusaurus', {'tag-unknown': 'warning', 'image-missing': 'off'});
    expect(settings.get('tag-unknown')).toBe('warning');
    expect(settings.get('image-missing')).toBe('off');
    expect(settings.get('field-required')).toBe('off');
    expect(ruleSettings('strict', {'field-required': 'info'}).get('field-required')).toBe('info');
  });

  it('sets every rule, and only the rules', () => {
    expect([...ruleSettings('recommended').keys()]).toEqual(RULE_IDS);
  });
});
