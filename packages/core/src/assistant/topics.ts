import type { PublishedArticle } from "../knowledge";
import { markdownText } from "../knowledge/markdown";
import type { Language } from "../tenant/languages";
import { type Concept, ConceptMatcher } from "./concepts";
import { conceptById, olderAge, vocabulary } from "./vocabulary";

const matchers = new Map<Language, ConceptMatcher>();

/** The vocabulary of one language, compiled once per process. */
export function matcherFor(language: Language): ConceptMatcher {
  let matcher = matchers.get(language);
  if (!matcher) {
    matcher = new ConceptMatcher(vocabulary, language);
    matchers.set(language, matcher);
  }
  return matcher;
}

/** The topics a question names, each once. */
export function questionConcepts(question: string, language: Language): Concept[] {
  const found = new Map(matcherFor(language).find(question).map((hit) => [hit.concept.id, hit.concept]));
  const elderly = conceptById.get("elderly");
  if (elderly && olderAge.test(question)) found.set(elderly.id, elderly);
  return [...found.values()];
}

/** How strongly a text speaks of each topic, from 0 to 1. */
export type Strengths = Map<string, number>;

const raise = (strengths: Strengths, id: string, value: number) =>
  strengths.set(id, Math.max(strengths.get(id) ?? 0, Math.min(1, value)));

/**
 * What an article is about. A topic in its title or keywords, or its category, is what the
 * article is about (1); a topic in the text counts more the more often it comes up, and more
 * when it belongs to the article's own area. Each topic also lends its strength to the topics it
 * implies and, a little less, to its area, whichever of its languages says it.
 */
export function articleStrengths(article: PublishedArticle): Strengths {
  const strengths: Strengths = new Map();
  raise(strengths, article.category, 1);
  for (const [language, translation] of Object.entries(article.translations)) {
    if (!translation) continue;
    const matcher = matcherFor(language as Language);
    const heading = [translation.title, ...(translation.keywords ?? [])].join(" \n ");
    for (const hit of matcher.find(heading)) raise(strengths, hit.concept.id, 1);
    const counts = new Map<Concept, number>();
    for (const hit of matcher.find(markdownText(translation.body)))
      counts.set(hit.concept, (counts.get(hit.concept) ?? 0) + 1);
    for (const [concept, count] of counts) {
      const inArea = concept.domain === article.category ? 0.2 : 0;
      raise(strengths, concept.id, 0.6 + 0.1 * (count - 1) + inArea);
    }
  }
  for (const [id, strength] of [...strengths]) {
    const concept = conceptById.get(id);
    for (const implied of concept?.implies ?? []) raise(strengths, implied, strength);
    if (concept?.domain && concept.domain !== id) raise(strengths, concept.domain, strength * 0.8);
  }
  return strengths;
}
