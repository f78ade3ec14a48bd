/**
 * Direction and script of a locale, for any right-to-left language, not only
 * Arabic: from Intl.Locale's text info where the runtime has it, else a list.
 */
const RTL_LANGUAGES = new Set([
  'ar',
  'arc',
  'ckb',
  'dv',
  'fa',
  'he',
  'iw',
  'ks',
  'ku-Arab',
  'nqo',
  'ps',
  'sd',
  'syr',
  'ug',
  'ur',
  'yi',
]);

const directions = new Map<string, 'ltr' | 'rtl'>();

export function directionOf(locale: string): 'ltr' | 'rtl' {
  let direction = directions.get(locale);
  if (!direction) directions.set(locale, (direction = computeDirection(locale)));
  return direction;
}

function computeDirection(locale: string): 'ltr' | 'rtl' {
  try {
    const info = new Intl.Locale(locale) as Intl.Locale & {
      textInfo?: {direction?: string};
      getTextInfo?: () => {direction?: string};
    };
    const direction = info.textInfo?.direction ?? info.getTextInfo?.().direction;
    if (direction === 'rtl' || direction === 'ltr') return direction;
  } catch {
    // not a valid locale: fall back to the list
  }
  return RTL_LANGUAGES.has(locale.split('-')[0]!) ? 'rtl' : 'ltr';
}

const SCRIPTS: Record<string, {name: string; letters: RegExp}> = {
  Arab: {name: 'Arabic', letters: /\p{Script=Arabic}/u},
  Hebr: {name: 'Hebrew', letters: /\p{Script=Hebrew}/u},
  Thaa: {name: 'Thaana', letters: /\p{Script=Thaana}/u},
  Syrc: {name: 'Syriac', letters: /\p{Script=Syriac}/u},
  Nkoo: {name: "N'Ko", letters: /\p{Script=Nko}/u},
};

const SCRIPT_OF_LANGUAGE: Record<string, keyof typeof SCRIPTS> = {
  ar: 'Arab',
  fa: 'Arab',
  ur: 'Arab',
  ps: 'Arab',
  sd: 'Arab',
  ckb: 'Arab',
  ug: 'Arab',
  ks: 'Arab',
  he: 'Hebr',
  iw: 'Hebr',
  yi: 'Hebr',
  dv: 'Thaa',
  syr: 'Syrc',
  arc: 'Syrc',
  nqo: 'Nkoo',
};

/** The script a right-to-left locale is written in, when we know it. */
const scripts = new Map<string, {name: string; letters: RegExp} | undefined>();

export function scriptOf(locale: string): {name: string; letters: RegExp} | undefined {
  if (!scripts.has(locale)) scripts.set(locale, computeScript(locale));
  return scripts.get(locale);
}

function computeScript(locale: string): {name: string; letters: RegExp} | undefined {
  let script: string | undefined;
  try {
    script = new Intl.Locale(locale).maximize().script;
  } catch {
    script = undefined;
  }
  const code = script && SCRIPTS[script] ? script : SCRIPT_OF_LANGUAGE[locale.split('-')[0]!];
  return code ? SCRIPTS[code] : undefined;
}
