import type { Concept } from "./concepts";
import type { Strengths } from "./topics";

/** How an article fits a question's topics. */
export type Fit = {
  /** Share of the question's topic weight the article speaks of, 0 to 1. */
  coverage: number;
  /** The question's topic weight the article speaks of. */
  matched: number;
  /** How strongly the article speaks of the question's weightiest topic, 0 to 1. */
  main: number;
  /** Matched weight, rarer topics counting more: orders the articles. */
  rank: number;
};

/**
 * When an answer may be given: the article must speak of most of what is asked, be about the
 * question's main topic (not mention it in passing), and what it covers must weigh at least a
 * subject, not a detail. Below that the assistant says it does not know and hands over.
 */
export const thresholds = { coverage: 0.6, main: 0.75, matched: 1.5 } as const;

/** An article that lacks a topic but covers its area gets this share of the topic's weight. */
const areaCredit = 0.3;

export function fit(question: readonly Concept[], strengths: Strengths, idf: (id: string) => number): Fit {
  let total = 0;
  let matched = 0;
  let rank = 0;
  let main = 0;
  const heaviest = Math.max(0, ...question.map((concept) => concept.weight));
  for (const concept of question) {
    let strength = strengths.get(concept.id) ?? 0;
    if (strength === 0 && concept.domain && concept.domain !== concept.id)
      strength = areaCredit * (strengths.get(concept.domain) ?? 0);
    total += concept.weight;
    matched += concept.weight * strength;
    rank += concept.weight * strength * idf(concept.id);
    if (concept.weight === heaviest) main = Math.max(main, strength);
  }
  return { coverage: total > 0 ? matched / total : 0, matched, main, rank };
}

export function confident(match: Fit): boolean {
  return (
    match.coverage >= thresholds.coverage && match.main >= thresholds.main && match.matched >= thresholds.matched
  );
}
