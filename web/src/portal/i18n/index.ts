import { languageCodes } from "@escale/core/languages";
import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { sayErrorsWith } from "../../api";
import { type CatalogFiles, resourcesFrom } from "../../catalogs";
import { errorWordsFrom } from "../../errorWords";
import { browserLanguage, direction } from "../../languages";
import ar from "./ar.json";
import de from "./de.json";
import en from "./en.json";
import es from "./es.json";
import fr from "./fr.json";
import it from "./it.json";
import pt from "./pt.json";
import uk from "./uk.json";

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

/**
 * Domains with pages of their own (Bienvenue, employers) keep their words in
 * `./{language}/{namespace}.json`, beside `{language}.json`, the default namespace.
 */
const namespaceFiles = import.meta.glob<CatalogFiles[string]>("./*/*.json", { eager: true, import: "default" });

const resources = resourcesFrom(namespaceFiles, {
  ar: { translation: ar },
  de: { translation: de },
  en: { translation: en },
  es: { translation: es },
  fr: { translation: fr },
  it: { translation: it },
  pt: { translation: pt },
  uk: { translation: uk },
});

void portalI18n.use(initReactI18next).init({
  resources,
  ns: Object.keys(resources.fr ?? {}),
  // Until the territory's languages are known (and on "no such territory"), the browser's.
  lng: browserLanguage(languageCodes) ?? "fr",
  fallbackLng: "fr",
  initAsync: false,
  // React escapes what it renders.
  interpolation: { escapeValue: false },
});

sayErrorsWith(errorWordsFrom(portalI18n));
