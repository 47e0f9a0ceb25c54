import type { Concept } from "./concepts";
import type { Strengths } from "./topics";

/** How an article fits a question's topics. */
export type Fit = {
  /** Share of the question's topic weight the article speaks of, 0 to 1. */
  coverage: number;
  /** The question's topic weight the article speaks of. */
  matched: number;
  /** How strongly the article speaks of the question's best-covered subject (weight 2 or more), 0 to 1. */
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

/**
 * An article that lacks a topic but speaks of what the topic is a kind of (autism: disability)
 * gets most of its weight; one that only shares its area (a specialist: health), a little.
 */
const kindCredit = 0.8;
const areaCredit = 0.2;
const subject = 2;

/** How strongly an article speaks of one of the question's topics. */
function strengthOf(concept: Concept, strengths: Strengths): number {
  const own = strengths.get(concept.id) ?? 0;
  if (own > 0) return own;
  const kind = Math.max(0, ...(concept.implies ?? []).map((id) => strengths.get(id) ?? 0));
  const area = concept.domain && concept.domain !== concept.id ? (strengths.get(concept.domain) ?? 0) : 0;
  return Math.max(kindCredit * kind, areaCredit * area);
}

/**
 * The question's subjects: its topics of weight 2 or more, else its weightiest ones. An
 * article must be about one of them (or what one is a kind of) to answer.
 */
export function subjects(question: readonly Concept[]): Concept[] {
  const heaviest = Math.max(0, ...question.map((concept) => concept.weight));
  return question.filter((concept) => concept.weight >= Math.min(subject, heaviest));
}

export function fit(question: readonly Concept[], strengths: Strengths, idf: (id: string) => number): Fit {
  let total = 0;
  let matched = 0;
  let rank = 0;
  let main = 0;
  const heaviest = Math.max(0, ...question.map((concept) => concept.weight));
  for (const concept of question) {
    const strength = strengthOf(concept, strengths);
    total += concept.weight;
    matched += concept.weight * strength;
    rank += concept.weight * strength * idf(concept.id);
    if (concept.weight >= Math.min(subject, heaviest)) main = Math.max(main, strength);
  }
  return { coverage: total > 0 ? matched / total : 0, matched, main, rank };
}

export function confident(match: Fit): boolean {
  return match.coverage >= thresholds.coverage && match.main >= thresholds.main && match.matched >= thresholds.matched;
}
