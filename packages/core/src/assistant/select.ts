import { answerProbability, answerThreshold, citeShare } from "./decision";
import type { Lexicon } from "./lexicon";
import { splitNeeds } from "./needs";
import { type Ranked, type Retrieval, type RetrievalIndex, retrieve } from "./retrieval";

const maxCitations = 3;
const coverageShare = 0.8;

export type Selection = {
  /** The articles to cite, best first; empty when the assistant should hand over. */
  cited: Ranked[];
  /** The probability that the best article answers the question (0 when nothing matched). */
  confidence: number;
  retrieval: Retrieval;
  /** For a question with several requests, the words of the part each cited article answers. */
  parts?: Retrieval["groups"][];
};

type Options = Parameters<typeof retrieve>[3];

function confidenceOf(retrieval: Retrieval): number {
  return retrieval.features ? answerProbability(retrieval.features) : 0;
}

/**
 * Which articles answer a question. The whole question is searched; when it holds several
 * requests, each is searched too, and each request that an article answers with confidence
 * gets that article cited, so both needs are answered. Below the calibrated confidence
 * nothing is cited: a confident wrong answer is worse than a hand-over.
 */
export function select(index: RetrievalIndex, lexicon: Lexicon, question: string, options: Options): Selection {
  const retrieval = retrieve(index, lexicon, question, options);
  const confidence = confidenceOf(retrieval);
  const parts = splitNeeds(question, options.language);
  if (parts.length > 1) {
    const answered = parts.flatMap((part) => {
      const own = retrieve(index, lexicon, part, options);
      const top = own.ranked[0];
      return top && confidenceOf(own) >= answerThreshold ? [{ groups: own.groups, top }] : [];
    });
    const distinct = answered.filter(
      (item, position) => answered.findIndex((other) => other.top.slug === item.top.slug) === position,
    );
    if (distinct.length > 1)
      return {
        cited: distinct.slice(0, maxCitations).map((item) => item.top),
        confidence,
        retrieval,
        parts: distinct.slice(0, maxCitations).map((item) => item.groups),
      };
  }
  const [top] = retrieval.ranked;
  if (!top || confidence < answerThreshold) return { cited: [], confidence, retrieval };
  // Another article is cited too when it scores close to the best and covers as much of the question.
  const cited = retrieval.ranked
    .filter(
      (candidate) => candidate.score >= citeShare * top.score && candidate.coverage >= coverageShare * top.coverage,
    )
    .slice(0, maxCitations);
  return { cited, confidence, retrieval };
}
