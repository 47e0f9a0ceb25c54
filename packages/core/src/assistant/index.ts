import * as z from "zod";
import { fn } from "../fn";
import { languageCodes } from "../tenant/languages";

export { RateLimited } from "../error";
export { gapQuestions, gaps, markGapHandled } from "./log";
export { checkRateLimits, limits } from "./rate-limit";

/**
 * The answering code (retrieval, vocabulary, language detection, the model client) loads with
 * the first question a process gets, not at cold start: the schemas stay here for the edges.
 */
const answering = () => import("./answering");

export const askSchema = z.object({
  question: z.string().trim().min(1, "Type your question.").max(1000, "Keep your question under 1,000 characters."),
  /** The language of the page, used when the question's own language is unclear. */
  language: z.enum(languageCodes).optional(),
  /** Short sentences. */
  plainLanguage: z.boolean().default(false),
  /** The portal's id for this conversation: per-visitor limits and the log's grouping. */
  sessionId: z
    .string()
    .regex(/^[A-Za-z0-9_-]{8,64}$/, "Use 8 to 64 letters, digits, hyphens or underscores.")
    .optional(),
});

/**
 * Answers a question from the tenant's published articles only, citing them, in the question's
 * language. When no article covers it well enough, says so and offers the hand-over instead.
 */
export const ask = fn(askSchema, async (input) => (await answering()).ask(input));

export const searchSchema = z.object({
  query: z.string().trim().min(1, "Type what you are looking for.").max(200, "Keep it under 200 characters."),
  language: z.enum(languageCodes),
});

/** The guide's search box: articles matching the words, in any language, best first. */
export const search = fn(searchSchema, async (input) => (await answering()).search(input));
