import { eld } from "eld/medium";
import type { Language } from "../tenant/languages";

const latin = ["fr", "en", "es", "de", "it", "pt"] as const satisfies Language[];

/** Our own instance: the subset is a setting of the detector, not of the process. */
const detector = eld.newInstance();
detector.setLanguageSubset([...latin]);

const arabicLetters = /[\u0600-\u06FF]/gu;
const cyrillicLetters = /[\u0400-\u04FF]/gu;
const letters = /\p{L}/gu;

/** Two scores this close are a toss-up, settled by the language the person chose. */
const tie = 0.9;
/** Fewer words than this say too little about their language ("coworking", "market day"). */
const fewWords = 3;

type Detection = {
  language: Language;
  /** False when the page's language decided. */
  detected: boolean;
  /** Another language the question may be in, whose words are worth looking for too. */
  alternative?: Language;
};

/**
 * The language of a question. Arabic and Cyrillic script decide at once (Ukrainian is the only
 * Cyrillic language offered); among Latin-script languages the detector decides unless the
 * question is a word or two, or the detector is unsure or torn: then the language the person
 * chose on the page (`hint`) wins, and the detector's guess remains an alternative.
 */
export function detectLanguage(text: string, hint?: Language): Detection {
  const total = text.match(letters)?.length ?? 0;
  if (total === 0) return { language: hint ?? "fr", detected: false };
  if ((text.match(arabicLetters)?.length ?? 0) / total > 0.5) return { language: "ar", detected: true };
  if ((text.match(cyrillicLetters)?.length ?? 0) / total > 0.5) return { language: "uk", detected: true };
  const result = detector.detect(text);
  const language = result.language as (typeof latin)[number] | "";
  if (!language) return { language: hint ?? "fr", detected: false };
  if (hint && hint !== language) {
    const scores = result.getScores();
    const short = text.trim().split(/\s+/).length < fewWords;
    if (short || !result.isReliable() || (scores[hint] ?? 0) >= tie * (scores[language] ?? 0))
      return { language: hint, detected: false, alternative: language };
  }
  return { language, detected: true };
}
