import { stopwords as arabicStopwords } from "@orama/stopwords/arabic";
import { stopwords as englishStopwords } from "@orama/stopwords/english";
import { stopwords as frenchStopwords } from "@orama/stopwords/french";
import { stopwords as germanStopwords } from "@orama/stopwords/german";
import { stopwords as italianStopwords } from "@orama/stopwords/italian";
import { stopwords as portugueseStopwords } from "@orama/stopwords/portuguese";
import { stopwords as spanishStopwords } from "@orama/stopwords/spanish";
import type { Language } from "../tenant/languages";
import fillers from "./data/fillers.json";
import { fold, type Word, words } from "./text";

/** Orama's Ukrainian list is mis-encoded upstream: Ukrainian relies on our fillers list alone. */
export const snowballStopWords: Record<Language, readonly string[]> = {
  fr: frenchStopwords,
  en: englishStopwords,
  es: spanishStopwords,
  de: germanStopwords,
  it: italianStopwords,
  pt: portugueseStopwords,
  ar: arabicStopwords,
  uk: [],
};

const stopSets = new Map<Language, Set<string>>();

/** Stop words and question fillers of a language, folded (no accents, lowercase). */
export function stopWords(language: Language): Set<string> {
  let set = stopSets.get(language);
  if (!set) {
    set = new Set([...snowballStopWords[language], ...(fillers[language] ?? [])].map(fold));
    stopSets.set(language, set);
  }
  return set;
}

/** A word worth searching for: not a stop word, and a letter or more beyond a lone character. */
export type Token = Word & { position: number };

/** The words of a text that carry meaning, with their stems, in reading order. */
export function contentWords(text: string, language: Language): Token[] {
  const stops = stopWords(language);
  const found: Token[] = [];
  words(text, language).forEach((word, position) => {
    if (!stops.has(word.surface) && (word.surface.length > 1 || /\p{N}/u.test(word.surface)))
      found.push({ raw: word.raw, surface: word.surface, stem: word.stem, position });
  });
  return found;
}

/** The stems a text is indexed under. */
export function terms(text: string, language: Language): string[] {
  return contentWords(text, language).map((word) => word.stem);
}
