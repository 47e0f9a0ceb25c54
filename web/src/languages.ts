/**
 * The languages a tenant can enable, by their own names. A copy of
 * packages/core/src/tenant/languages.ts: core's package exports do not reach that file, and
 * importing core would pull server code into the browser bundle.
 */
export const languages = {
  fr: { name: "Français", direction: "ltr" },
  en: { name: "English", direction: "ltr" },
  es: { name: "Español", direction: "ltr" },
  de: { name: "Deutsch", direction: "ltr" },
  it: { name: "Italiano", direction: "ltr" },
  pt: { name: "Português", direction: "ltr" },
  ar: { name: "العربية", direction: "rtl" },
  uk: { name: "Українська", direction: "ltr" },
} as const;

export type LanguageCode = keyof typeof languages;

export const languageCodes = Object.keys(languages) as LanguageCode[];

function isLanguage(code: string): code is LanguageCode {
  return code in languages;
}

export function languageName(code: string): string {
  return isLanguage(code) ? languages[code].name : code;
}

export function direction(code: string): "ltr" | "rtl" {
  return isLanguage(code) ? languages[code].direction : "ltr";
}
