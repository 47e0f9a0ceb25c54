import type { PublishedArticle } from "../knowledge";
import { markdownBlocks } from "../knowledge/markdown";
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

/** The topics a question names, each once, looking in its language and the others it may be in. */
export function questionConcepts(question: string, language: Language, others: readonly Language[] = []): Concept[] {
  const hits = [...new Set([language, ...others])].flatMap((candidate) => matcherFor(candidate).find(question));
  const found = new Map(hits.map((hit) => [hit.concept.id, hit.concept]));
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
 * article is about (1); a topic in the text counts more the more often it comes up, when its
 * first paragraph (which says what the article is for) names it, and when it belongs to the
 * article's own area. Each topic also lends its strength to what it is a kind of and, a little
 * less, to its area, whichever of the article's languages says it.
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
    const lead = new Set<Concept>();
    markdownBlocks(translation.body).forEach((block, position) => {
      for (const hit of matcher.find(block.text)) {
        counts.set(hit.concept, (counts.get(hit.concept) ?? 0) + 1);
        if (position === 0) lead.add(hit.concept);
      }
    });
    for (const [concept, count] of counts) {
      const inArea = concept.domain === article.category ? 0.1 : 0;
      const inLead = lead.has(concept) ? 0.15 : 0;
      raise(strengths, concept.id, 0.6 + 0.1 * (count - 1) + inArea + inLead);
    }
  }
  for (const [id, strength] of [...strengths]) {
    const concept = conceptById.get(id);
    for (const implied of concept?.implies ?? []) raise(strengths, implied, strength);
    // Only broad areas take strength from their topics: a school's canteen is not childcare.
    const area = concept?.domain ? conceptById.get(concept.domain) : undefined;
    if (area && area.id !== id && area.weight <= 1) raise(strengths, area.id, strength * 0.8);
  }
  return strengths;
}
