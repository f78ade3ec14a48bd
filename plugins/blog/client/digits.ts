/**
 * Counts in a page's language: the plural form of a count, for any language
 * Intl knows, and whole numbers in the locale's digits without an
 * Intl.NumberFormat. Building
 * a page's first Intl formatter loads the locale's data, the most expensive
 * thing a post page's own components did on a phone-class CPU, and reading
 * times, counts and years need none of what it knows. No React here.
 */

/** The digits of the numbering systems written here without Intl; the others go through Intl.NumberFormat. */
const DIGITS: Record<string, string> = {latn: '0123456789', arab: '٠١٢٣٤٥٦٧٨٩', arabext: '۰۱۲۳۴۵۶۷۸۹'};

/**
 * `n` in `digits` as Intl.NumberFormat writes it in any language: a whole
 * number from 0 to 999, or any whole number when not grouped, has no sign, no
 * separator and no mark. Undefined for other numbers and numbering systems:
 * those need Intl.
 */
export function wholeNumber(n: number, digits: string, grouped: boolean): string | undefined {
  const table = DIGITS[digits];
  if (table === undefined || !Number.isSafeInteger(n) || n < 0 || Object.is(n, -0) || (grouped && n > 999))
    return undefined;
  return String(n).replace(/\d/g, (d) => table[Number(d)]!);
}

/**
 * Plural categories in the order of the `|`-separated forms of a plural
 * string, as Docusaurus's usePluralForm (@docusaurus/theme-common) reads them:
 * small values first.
 */
const PLURAL_ORDER: readonly Intl.LDMLPluralRule[] = ['zero', 'one', 'two', 'few', 'many', 'other'];

/** A language's plural rules, and its categories in the order of its plural strings. */
interface Plurals {
  rules: Intl.PluralRules;
  categories: Intl.LDMLPluralRule[];
}

/** Made once per language: building rules loads the language's data, and a page may pick hundreds of forms. */
const plurals = new Map<string, Plurals>();

function pluralsOf(lang: string): Plurals {
  let found = plurals.get(lang);
  if (!found) {
    let rules: Intl.PluralRules;
    try {
      rules = new Intl.PluralRules(lang);
    } catch {
      // A language tag Intl does not take: English's rules, as Docusaurus falls back to.
      rules = new Intl.PluralRules('en');
    }
    const present = rules.resolvedOptions().pluralCategories;
    found = {rules, categories: PLURAL_ORDER.filter((category) => present.includes(category))};
    plurals.set(lang, found);
  }
  return found;
}

/** A language's plural categories, in the order its plural strings write their forms (Russian: one few many other). */
export function pluralCategories(lang: string): Intl.LDMLPluralRule[] {
  return [...pluralsOf(lang).categories];
}

/**
 * The form of a plural string (`One post|{count} posts`) for `count`, by the
 * plural rules of `lang`, the language the string is written in: the page's,
 * or the default locale's where the string falls back to it. Fewer forms than
 * categories: the last one stands for the rest, as in Docusaurus.
 */
export function pluralForm(message: string, count: number, lang: string): string {
  const forms = message.split('|');
  if (forms.length === 1) return message;
  const {rules, categories} = pluralsOf(lang);
  const index = categories.indexOf(rules.select(count));
  return forms[Math.min(Math.max(index, 0), forms.length - 1)]!;
}
