import { type Language, languages } from "@escale/core/languages";

export function isLanguage(code: string): code is Language {
  return code in languages;
}

/** A language's own name ("Deutsch"), or the code itself for one the catalogue does not know. */
export function languageName(code: string): string {
  return isLanguage(code) ? languages[code].name : code;
}

export function direction(code: string): "ltr" | "rtl" {
  return isLanguage(code) ? languages[code].direction : "ltr";
}

/** A language's name as a reader of `reader` writes it ("francés" for a Spanish reader). */
export function languageNameIn(code: string, reader: string): string {
  try {
    return new Intl.DisplayNames([reader], { type: "language" }).of(code) ?? languageName(code);
  } catch {
    return languageName(code);
  }
}

/** The first of the browser's preferred languages that is among `offered`. */
export function browserLanguage(offered: readonly string[]): string | undefined {
  for (const tag of navigator.languages) {
    const code = tag.toLowerCase().split("-")[0];
    if (code && offered.includes(code)) return code;
  }
  return undefined;
}
