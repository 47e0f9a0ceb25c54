import { type StaffLanguage, staffLanguages } from "@escale/core/auth/staff-languages";
import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { sayErrorsWith } from "../../api";
import { type CatalogFiles, resourcesFrom } from "../../catalogs";
import { errorWordsFrom } from "../../errorWords";
import { browserLanguage } from "../../languages";

/**
 * The staff's words: the console, the platform site and sign-up. One file per language and
 * domain, `./{language}/{namespace}.json`; a new domain adds its files and nothing else.
 */
const files = import.meta.glob<CatalogFiles[string]>("./*/*.json", { eager: true, import: "default" });

export { staffLanguages };

export function isStaffLanguage(code: string | undefined | null): code is StaffLanguage {
  return (staffLanguages as readonly string[]).includes(code ?? "");
}

const resources = resourcesFrom(files);

const storageKey = "escale.console.language";

/** This browser's last choice, else its own language when the console speaks it, else French. */
function firstLanguage(): StaffLanguage {
  const chosen = localStorage.getItem(storageKey);
  if (isStaffLanguage(chosen)) return chosen;
  const browser = browserLanguage(staffLanguages);
  return isStaffLanguage(browser) ? browser : "fr";
}

export const staffI18n = i18next.createInstance();

staffI18n.on("languageChanged", (language) => {
  document.documentElement.lang = language;
  document.documentElement.dir = "ltr";
  if (isStaffLanguage(language)) localStorage.setItem(storageKey, language);
  // The sign-in pages are rendered by the server, which reads the visitor's language from here.
  // biome-ignore lint/suspicious/noDocumentCookie: one fixed-format value; the Cookie Store API is too recent (Safari 18.4).
  document.cookie = `escale_lang=${language}; path=/; SameSite=Lax`;
});

void staffI18n.use(initReactI18next).init({
  resources,
  ns: Object.keys(resources.fr ?? {}),
  defaultNS: "common",
  lng: firstLanguage(),
  fallbackLng: "fr",
  initAsync: false,
  // React escapes what it renders.
  interpolation: { escapeValue: false },
});

sayErrorsWith(errorWordsFrom(staffI18n));

/** The locale dates and numbers are written in: British English for "en" (day before month). */
export function staffLocale(language: string): string {
  return language === "en" ? "en-GB" : "fr-FR";
}

// "Moved to contacted": English puts a status inside its sentences in lower case.
staffI18n.services.formatter?.add("lowercase", (value: unknown, language?: string) =>
  String(value).toLocaleLowerCase(language),
);
