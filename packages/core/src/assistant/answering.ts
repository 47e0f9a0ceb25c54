import type * as z from "zod";
import { config } from "../config";
import { assertActor, useTenant } from "../context";
import { articlePath, type Catalog, pickTranslation, published, renderMarkdown } from "../knowledge";
import { count } from "../observability";
import * as Tenant from "../tenant";
import { type Language, languageCodes, languages } from "../tenant/languages";
import { compose } from "./answer";
import type { askSchema, searchSchema } from "./index";
import { detectLanguage } from "./language";
import { loadLexicon } from "./lexicon";
import { fromPortal, otherTopic, recordTurn } from "./log";
import { checkRateLimits } from "./rate-limit";
import { RetrievalIndex, retrieve } from "./retrieval";
import { select } from "./select";
import { questionConcepts } from "./topics";

const maxCachedTenants = 50;
const indexes = new Map<string, RetrievalIndex>();

/**
 * The tenant's retrieval index, kept in this process across questions: when the knowledge
 * stamp moves, only the articles that changed are indexed again.
 */
function indexFor(catalog: Catalog): RetrievalIndex {
  const key = `${config().table} ${useTenant()}`;
  let index = indexes.get(key);
  if (!index) index = new RetrievalIndex(catalog);
  else if (index.stamp !== catalog.stamp) index.update(catalog);
  // Most recently used last, so the least used tenant is the one dropped.
  indexes.delete(key);
  indexes.set(key, index);
  if (indexes.size > maxCachedTenants) indexes.delete(indexes.keys().next().value as string);
  return index;
}

/** An answer whose confidence is below this counts as a knowledge gap too. */
const lowConfidence = 0.75;

/** The question's main topic, for the gaps page: its weightiest topic of the vocabulary. */
function topicOf(question: string, language: Language): string {
  return [...questionConcepts(question, language)].sort((a, b) => b.weight - a.weight)[0]?.id ?? otherTopic;
}

/**
 * Answers a question from the tenant's published articles only, citing them, in the question's
 * language. When no article covers it well enough, says so and offers the hand-over instead.
 */
export async function ask(input: z.output<typeof askSchema>) {
  assertActor("visitor", "newcomer", "staff", "system");
  const portal = fromPortal();
  if (portal) await checkRateLimits(useTenant());
  const [{ catalog, state }, tenant] = await Promise.all([published(), Tenant.current()]);
  const { language, alternative } = detectLanguage(input.question, input.language);
  const defaultLanguage = tenant.defaultLanguage as Language;
  const others = alternative ? [alternative] : [];
  const lexicon = await loadLexicon();
  const selection = select(indexFor(catalog), lexicon, input.question, { language, others, defaultLanguage });
  const chosen = selection.cited.flatMap((cited, position) => {
    const article = catalog.bySlug.get(cited.slug);
    return article ? [{ article, groups: selection.parts?.[position] }] : [];
  });
  const reply = await compose(
    chosen,
    {
      question: input.question,
      language,
      defaultLanguage,
      groups: selection.retrieval.groups,
      plainLanguage: input.plainLanguage,
    },
    state.generatedAnswers,
  );
  count(reply.answered ? "assistantAnswered" : "assistantHandedOver");
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
      confidence: selection.confidence,
      citations: citations.map((citation) => citation.slug),
      topic: topicOf(input.question, language),
      gap: !reply.answered || selection.confidence < lowConfidence,
    });
  return {
    language,
    direction: languages[language].direction,
    answered: reply.answered,
    answer: reply.answer,
    answerHtml: await renderMarkdown(reply.answer),
    /** Set when the answer quotes another language's version, saying so in the question's language. */
    notice: reply.notice,
    /** True when a model wrote the answer from the cited articles (the tenant's setting). */
    generated: reply.generated,
    citations,
    handover: !reply.answered,
  };
}

const searchResults = 10;
const searchAnyLanguageWords = 2;

/** The guide's search box: articles matching the words, in any language, best first. */
export async function search({ query, language }: z.output<typeof searchSchema>) {
  assertActor("visitor", "newcomer", "staff", "system");
  const [{ catalog }, tenant] = await Promise.all([published(), Tenant.current()]);
  const detected = detectLanguage(query, language);
  const defaultLanguage = tenant.defaultLanguage as Language;
  // A search box gets a word or two, often the territory's own term (covoiturage): try every language.
  const short = query.split(/\s+/).length <= searchAnyLanguageWords;
  const others = short ? languageCodes : detected.alternative ? [detected.alternative] : [];
  const { ranked } = retrieve(indexFor(catalog), await loadLexicon(), query, {
    language: detected.language,
    others,
    defaultLanguage,
  });
  return ranked.slice(0, searchResults).flatMap(({ slug }) => {
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
}
