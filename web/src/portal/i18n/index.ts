import { languageCodes } from "@escale/core/languages";
import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { direction } from "../../languages";
import ar from "./ar.json";
import de from "./de.json";
import en from "./en.json";
import es from "./es.json";
import fr from "./fr.json";
import it from "./it.json";
import pt from "./pt.json";
import uk from "./uk.json";

/** The first of the browser's preferred languages that is among `offered`. */
export function browserLanguage(offered: readonly string[]): string | undefined {
  for (const tag of navigator.languages) {
    const code = tag.toLowerCase().split("-")[0];
    if (code && offered.includes(code)) return code;
  }
  return undefined;
}

/** The portal's own words. The tenant's words (tagline, welcome text) come from its profile. */
export const portalI18n = i18next.createInstance();

// Synchronously with each change, so the page never reads in one language while declaring another.
portalI18n.on("languageChanged", (language) => {
  document.documentElement.lang = language;
  document.documentElement.dir = direction(language);
  // The sign-in pages are rendered by the server, which reads the visitor's language from here.
  // biome-ignore lint/suspicious/noDocumentCookie: one fixed-format value; the Cookie Store API is too recent (Safari 18.4).
  document.cookie = `escale_lang=${language}; path=/; SameSite=Lax`;
});

void portalI18n.use(initReactI18next).init({
  resources: {
    ar: { translation: ar },
    de: { translation: de },
    en: { translation: en },
    es: { translation: es },
    fr: { translation: fr },
    it: { translation: it },
    pt: { translation: pt },
    uk: { translation: uk },
  },
  // Until the territory's languages are known (and on "no such territory"), the browser's.
  lng: browserLanguage(languageCodes) ?? "fr",
  fallbackLng: "fr",
  initAsync: false,
  // React escapes what it renders.
  interpolation: { escapeValue: false },
});
