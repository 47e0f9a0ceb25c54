import type { Language } from "@escale/core/languages";
import { useTranslation } from "react-i18next";
import { browserLanguage, isLanguage } from "../languages";

const storageKey = "escale.portal.language";

type Offer = { languages: string[]; defaultLanguage: string };

/** The visitor's earlier choice, else their browser's language if offered, else the territory's default. */
export function initialLanguage({ languages, defaultLanguage }: Offer): string {
  const chosen = localStorage.getItem(storageKey);
  if (chosen && languages.includes(chosen)) return chosen;
  return browserLanguage(languages) ?? defaultLanguage;
}

export function rememberLanguage(code: string): void {
  localStorage.setItem(storageKey, code);
}

/** A text in the visitor's language, else the default language's, with the language it is in. */
export function inLanguage(
  texts: Record<string, string>,
  language: string,
  defaultLanguage: string,
): { text: string; lang: string } | undefined {
  for (const code of [language, defaultLanguage]) {
    const text = texts[code];
    if (text) return { text, lang: code };
  }
  return undefined;
}

/** The language the portal is read in, as the API's inputs name it. */
export function usePortalLanguage(): Language {
  const { i18n } = useTranslation();
  return isLanguage(i18n.language) ? i18n.language : "fr";
}
