/**
 * Whole numbers in the locale's digits without an Intl.NumberFormat. Building
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
