import type { Language } from "../tenant/languages";
import { contentWords } from "./analysis";
import joiners from "./data/needs.json";

/** A part must hold this many meaningful words to be a request of its own. */
const minWords = 2;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const splitters = new Map<Language, RegExp>();

function splitter(language: Language): RegExp {
  let pattern = splitters.get(language);
  if (!pattern) {
    const words = [...joiners[language]].sort((a, b) => b.length - a.length).map(escapeRegExp);
    pattern = new RegExp(`[?!;.؟]+\\s*|[,،]\\s*|(?:^|\\s)(?:${words.join("|")})(?=\\s|$)`, "iu");
    splitters.set(language, pattern);
  }
  return pattern;
}

/**
 * The requests of a question, when it holds more than one ("where is the CAF and how do I
 * enrol my son at school?"): the parts between sentence ends and joining words that each hold
 * enough words to stand alone. One request gives one part.
 */
export function splitNeeds(question: string, language: Language): string[] {
  const parts: string[] = [];
  let current = "";
  for (const piece of question.split(splitter(language))) {
    current = `${current} ${piece ?? ""}`.trim();
    if (contentWords(current, language).length >= minWords) {
      parts.push(current);
      current = "";
    }
  }
  if (current && parts.length > 0) parts[parts.length - 1] = `${parts[parts.length - 1]} ${current}`;
  return parts.length > 0 ? parts : [question];
}
