import {readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {ROOT} from '../helpers/site';

type Messages = Record<string, {message: string}>;
const readJson = (file: string): Messages => JSON.parse(readFileSync(path.join(ROOT, file), 'utf8')) as Messages;

const code = readJson('i18n/ar/code.json');

// The same selection as @docusaurus/theme-common's usePluralForm: the forms of
// Intl.PluralRules in the order zero, one, two, few, many, other.
const ORDER = ['zero', 'one', 'two', 'few', 'many', 'other'];
function select(message: string, count: number): string {
  const parts = message.split('|');
  const rules = new Intl.PluralRules('ar');
  const forms = ORDER.filter((f) => rules.resolvedOptions().pluralCategories.includes(f as Intl.LDMLPluralRule));
  return parts[Math.min(forms.indexOf(rules.select(count)), parts.length - 1)]!;
}

const pluralKeys = Object.keys(code).filter((key) => /plurals|nDocsTagged/.test(key));

describe('Arabic theme strings', () => {
  it('give every plural string its six Arabic forms', () => {
    expect(pluralKeys).toContain('theme.blog.post.plurals');
    expect(pluralKeys).toContain('theme.blog.post.readingTime.plurals');
    for (const key of pluralKeys) {
      expect(code[key]!.message.split('|'), key).toHaveLength(6);
    }
  });

  it('choose the right form for a post count', () => {
    const m = code['theme.blog.post.plurals']!.message;
    expect([0, 1, 2, 3, 10, 11, 99, 100, 102].map((n) => select(m, n).replace('{count}', String(n)))).toEqual([
      'لا مقالات',
      'مقالة واحدة',
      'مقالتان',
      '3 مقالات',
      '10 مقالات',
      '11 مقالة',
      '99 مقالة',
      '100 مقالة',
      '102 مقالة',
    ]);
  });

  it('choose the right form for a reading time', () => {
    const m = code['theme.blog.post.readingTime.plurals']!.message;
    const render = (n: number) => select(m, n).replace('{readingTime}', String(n));
    expect(render(1)).toBe('قراءة في دقيقة واحدة');
    expect(render(2)).toBe('قراءة في دقيقتين');
    expect(render(6)).toBe('قراءة في 6 دقائق');
    expect(render(15)).toBe('قراءة في 15 دقيقة');
  });

  it('leave no theme, navbar, footer or blog string in English', () => {
    const files = [
      'i18n/ar/code.json',
      ...readdirSync(path.join(ROOT, 'i18n/ar/docusaurus-theme-classic')).map(
        (f) => `i18n/ar/docusaurus-theme-classic/${f}`,
      ),
      'i18n/ar/docusaurus-plugin-content-blog/options.json',
    ];
    const english: string[] = [];
    for (const file of files) {
      for (const [key, {message}] of Object.entries(readJson(file))) {
        // Placeholders, product and feed format names are not English text.
        const words = message.replace(/\{\w+\}/g, '').replace(/\b(?:Docusaurus|RSS|Atom|JSON)\b/g, '');
        if (/[A-Za-z]/.test(words)) english.push(`${file}: ${key} = ${message}`);
      }
    }
    expect(english).toEqual([]);
  });
});
