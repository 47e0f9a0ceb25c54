/** Languages a tenant can enable, with their own names for the language switcher. */
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

export type Language = keyof typeof languages;
export const languageCodes = Object.keys(languages) as [Language, ...Language[]];
