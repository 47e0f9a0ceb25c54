import model from "./data/decision.json";
import type { Features } from "./retrieval";

type Weights = Record<keyof Features | "bias", number>;

/** The model's inputs: the features, the question's length on a log scale. */
export function inputs(features: Features): Record<keyof Features, number> {
  return { ...features, words: Math.log(1 + features.words) };
}

/** The probability that the best article answers the question, from the calibrated logistic model. */
export function answerProbability(features: Features, weights: Weights = model.weights): number {
  const x = inputs(features);
  let z = weights.bias;
  for (const key of Object.keys(x) as (keyof Features)[]) z += weights[key] * x[key];
  return 1 / (1 + Math.exp(-z));
}

/** Answer only above this probability: a confident wrong answer is worse than a hand-over. */
export const answerThreshold = model.threshold;

/** Other articles are cited with the best one when they score at least this share of it. */
export const citeShare = model.citeShare;
