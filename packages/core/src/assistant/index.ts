import { z } from "zod";
import { assertActor, useTenant } from "../context";
import { fn } from "../fn";
import { articlePath, type Catalog, pickTranslation, published, renderMarkdown } from "../knowledge";
import * as Tenant from "../tenant";
import { type Language, languageCodes, languages } from "../tenant/languages";
import { compose } from "./answer";
import type { Concept } from "./concepts";
import { detectLanguage } from "./language";
import { fromPortal, otherTopic, recordTurn } from "./log";
import { checkRateLimits } from "./rate-limit";
import { buildIndex, type Ranked, type RetrievalIndex, retrieve } from "./retrieval";

export { RateLimited } from "../error";
export { detectLanguage } from "./language";
export { gapQuestions, gaps, markGapHandled } from "./log";
export { checkRateLimits, limits } from "./rate-limit";

const indexes = new WeakMap<Catalog, RetrievalIndex>();

/** The retrieval index of a catalog, built once per knowledge stamp in this process. */
function indexFor(catalog: Catalog): RetrievalIndex {
  let index = indexes.get(catalog);
  if (!index) {
    index = buildIndex(catalog);
    indexes.set(catalog, index);
  }
  return index;
}

/** Other articles are cited with the best one when they score at least this share of it. */
const citedShare = 0.5;
const maxCitations = 3;
/** An answer whose best article covers less than this share of the question counts as a gap too. */
const lowConfidence = 0.75;

function cited(ranked: Ranked[]): Ranked[] {
  const confident = ranked.filter((candidate) => candidate.confident);
  const best = confident[0];
  if (!best) return [];
  return confident.filter((candidate) => candidate.score >= citedShare * best.score).slice(0, maxCitations);
}

/** The question's main topic, for the gaps page: its weightiest concept. */
function topicOf(concepts: Concept[]): string {
  return [...concepts].sort((a, b) => b.weight - a.weight)[0]?.id ?? otherTopic;
}

const askSchema = z.object({
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
export const ask = fn(askSchema, async (input) => {
  assertActor("visitor", "newcomer", "staff", "system");
  const portal = fromPortal();
  if (portal) await checkRateLimits(useTenant(), input.sessionId);
  const [{ catalog, state }, tenant] = await Promise.all([published(), Tenant.current()]);
  const { language, alternative } = detectLanguage(input.question, input.language);
  const defaultLanguage = tenant.defaultLanguage as Language;
  const others = alternative ? [alternative] : [];
  const { concepts, ranked } = retrieve(indexFor(catalog), input.question, { language, others, defaultLanguage });
  const chosen = cited(ranked).flatMap(({ slug, fit }) => {
    const article = catalog.bySlug.get(slug);
    return article ? [{ article, fit }] : [];
  });
  const reply = await compose(
    chosen.map(({ article }) => article),
    { question: input.question, language, defaultLanguage, concepts, plainLanguage: input.plainLanguage },
    state.generatedAnswers,
  );
  const citations = reply.answered
    ? chosen.map(({ article }) => {
        const shown = pickTranslation(article.translations, language, defaultLanguage);
        return {
          slug: article.slug,
          title: shown.translation.title,
          url: articlePath(article.slug),
          language: shown.language,
        };
      })
    : [];
  if (portal)
    await recordTurn({
      sessionId: input.sessionId,
      question: input.question,
      language,
      answered: reply.answered,
      confidence: ranked[0]?.fit.coverage ?? 0,
      citations: citations.map((citation) => citation.slug),
      topic: topicOf(concepts),
      gap: !reply.answered || (chosen[0]?.fit.coverage ?? 0) < lowConfidence,
    });
  return {
    language,
    direction: languages[language].direction,
    answered: reply.answered,
    answer: reply.answer,
    answerHtml: renderMarkdown(reply.answer),
    /** Set when the answer quotes another language's version, saying so in the question's language. */
    notice: reply.notice,
    /** True when a model wrote the answer from the cited articles (the tenant's setting). */
    generated: reply.generated,
    citations,
    handover: !reply.answered,
  };
});

const searchResults = 10;
const searchAnyLanguageWords = 2;

/** The guide's search box: articles matching the words, in any language, best first. */
export const search = fn(
  z.object({
    query: z.string().trim().min(1, "Type what you are looking for.").max(200, "Keep it under 200 characters."),
    language: z.enum(languageCodes),
  }),
  async ({ query, language }) => {
    assertActor("visitor", "newcomer", "staff", "system");
    const [{ catalog }, tenant] = await Promise.all([published(), Tenant.current()]);
    const detected = detectLanguage(query, language);
    const defaultLanguage = tenant.defaultLanguage as Language;
    // A search box gets a word or two, often the territory's own term (covoiturage): try every language.
    const short = query.split(/\s+/).length <= searchAnyLanguageWords;
    const others = short ? languageCodes : detected.alternative ? [detected.alternative] : [];
    const { ranked } = retrieve(indexFor(catalog), query, {
      language: detected.language,
      others,
      defaultLanguage,
    });
    return ranked
      .filter((candidate) => candidate.fit.matched > 0 || candidate.lexical > 0)
      .slice(0, searchResults)
      .flatMap(({ slug }) => {
        const article = catalog.bySlug.get(slug);
        if (!article) return [];
        const shown = pickTranslation(article.translations, language, defaultLanguage);
        return [
          {
            slug,
            category: article.category,
            title: shown.translation.title,
            language: shown.language,
            fallback: shown.fallback,
            path: articlePath(slug),
          },
        ];
      });
  },
);
