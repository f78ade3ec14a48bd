/**
 * A post's date as the blog prints it: day, month name and year in the page's
 * language, the locale's digits and the site's calendar for the locale, read in
 * UTC (front matter dates have no time zone).
 *
 * The build writes it into each post's metadata (`formattedDate`) and the
 * social card prints it too, so pages show the date without building a date
 * formatter in the browser: that loads the locale's calendar data, the most
 * expensive single thing a post page did on a phone-class CPU.
 * No React here: the build imports it.
 */
export interface DateStyle {
  /** BCP 47 language of the page. */
  lang: string;
  /** Unicode numbering system: latn, arab, arabext… */
  digits: string;
  /** Unicode calendar; the language's own default when absent. */
  calendar?: string;
}

export const POST_DATE: Intl.DateTimeFormatOptions = {day: 'numeric', month: 'long', year: 'numeric'};

/**
 * Formatters by style and options, made once and shared: an Intl.DateTimeFormat
 * costs far more to make than to use (it loads the locale's data), and a build
 * dates every post and every card.
 */
const formats = new Map<string, Intl.DateTimeFormat>();

export function dateFormat(style: DateStyle, options: Intl.DateTimeFormatOptions = POST_DATE): Intl.DateTimeFormat {
  const key = `${style.lang}\0${style.digits}\0${style.calendar ?? ''}\0${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = newDateFormat(style, options)));
  return format;
}

function newDateFormat({lang, digits, calendar}: DateStyle, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const all: Intl.DateTimeFormatOptions = {...options, timeZone: 'UTC', numberingSystem: digits};
  try {
    return new Intl.DateTimeFormat(lang, calendar ? {...all, calendar} : all);
  } catch {
    // A calendar this runtime does not know: the language's own.
    return new Intl.DateTimeFormat(lang, all);
  }
}
