import { stemmer as arabic } from "@orama/stemmers/arabic";
import { stemmer as english } from "@orama/stemmers/english";
import { stemmer as french } from "@orama/stemmers/french";
import { stemmer as german } from "@orama/stemmers/german";
import { stemmer as italian } from "@orama/stemmers/italian";
import { stemmer as portuguese } from "@orama/stemmers/portuguese";
import { stemmer as spanish } from "@orama/stemmers/spanish";
import { stemmer as ukrainian } from "@orama/stemmers/ukrainian";
import type { Language } from "../tenant/languages";

/** Orama's name for each language, and its Snowball stemmer. */
export const oramaLanguages = {
  fr: { name: "french", stemmer: french },
  en: { name: "english", stemmer: english },
  es: { name: "spanish", stemmer: spanish },
  de: { name: "german", stemmer: german },
  it: { name: "italian", stemmer: italian },
  pt: { name: "portuguese", stemmer: portuguese },
  ar: { name: "arabic", stemmer: arabic },
  uk: { name: "ukrainian", stemmer: ukrainian },
} as const satisfies Record<Language, { name: string; stemmer: (word: string) => string }>;

/** A word as matching sees it: as written (lowercase), folded (for wildcards) and its folded stem. */
export type Word = { raw: string; surface: string; stem: string };

const arabicMarks = /[\u064B-\u065F\u0670\u0640]/g;
const apostrophes = /['’ʼ`´]/g;
const separators = /[^\p{L}\p{N}]+/u;

/** Lowercase without accents or Arabic vowel marks, alef and yeh forms unified. */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Mn}/gu, "")
    .replace(/[أإآٱ]/g, "ا")
    .replace(/ى/g, "ي")
    .replace(/ة/g, "ه")
    .toLowerCase();
}

const stems = new Map<string, string>();
const maxCachedStems = 200_000;

function stem(word: string, language: Language): string {
  const key = `${language}:${word}`;
  let stemmed = stems.get(key);
  if (stemmed === undefined) {
    // Stemmers expect accented words (French "é", German "ü"); folding comes after.
    stemmed = fold(oramaLanguages[language].stemmer(word));
    if (stems.size >= maxCachedStems) stems.clear();
    stems.set(key, stemmed);
  }
  return stemmed;
}

/**
 * The words of a text in one language. Ukrainian keeps its apostrophe inside words (сім'я);
 * elsewhere an apostrophe separates an elided article (l'école, dell'estate).
 */
export function words(text: string, language: Language): Word[] {
  const prepared = (language === "uk" ? text.replace(apostrophes, "") : text.replace(apostrophes, " "))
    .replace(arabicMarks, "")
    .toLowerCase();
  const cache = wordCache(language);
  const found: Word[] = [];
  for (const raw of prepared.split(separators)) {
    if (raw.length === 0) continue;
    let word = cache.get(raw);
    if (!word) {
      word = { raw, surface: fold(raw), stem: stem(raw, language) };
      if (cache.size >= maxCachedStems) cache.clear();
      cache.set(raw, word);
    }
    found.push(word);
  }
  return found;
}

/** Indexing a guide meets the same words again and again: each is folded and stemmed once. */
const wordCaches = new Map<Language, Map<string, Word>>();
function wordCache(language: Language) {
  let cache = wordCaches.get(language);
  if (!cache) {
    cache = new Map();
    wordCaches.set(language, cache);
  }
  return cache;
}
