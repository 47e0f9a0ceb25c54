import { create, insertMultiple, type Orama, search } from "@orama/orama";
import { stopwords as arabicStopwords } from "@orama/stopwords/arabic";
import { stopwords as englishStopwords } from "@orama/stopwords/english";
import { stopwords as frenchStopwords } from "@orama/stopwords/french";
import { stopwords as germanStopwords } from "@orama/stopwords/german";
import { stopwords as italianStopwords } from "@orama/stopwords/italian";
import { stopwords as portugueseStopwords } from "@orama/stopwords/portuguese";
import { stopwords as spanishStopwords } from "@orama/stopwords/spanish";
import type { Catalog, PublishedArticle, Translation } from "../knowledge";
import { markdownText } from "../knowledge/markdown";
import type { Language } from "../tenant/languages";
import type { Concept } from "./concepts";
import { confident, type Fit, fit, subjects } from "./scoring";
import { oramaLanguages } from "./text";
import { articleStrengths, questionConcepts, type Strengths } from "./topics";

/** Orama's Ukrainian list is mis-encoded upstream, so Ukrainian goes without one. */
const stopWords: Partial<Record<Language, string[]>> = {
  fr: frenchStopwords,
  en: englishStopwords,
  es: spanishStopwords,
  de: germanStopwords,
  it: italianStopwords,
  pt: portugueseStopwords,
  ar: arabicStopwords,
};

/** One text per version: the title and keywords written twice so that they weigh more than the body. */
const schema = { slug: "string", text: "string" } as const;
type TextIndex = Orama<typeof schema>;

/** A tenant's published articles, ready to be searched: topic profiles and one text index per language. */
export type RetrievalIndex = {
  articles: Map<string, { article: PublishedArticle; strengths: Strengths }>;
  /** Articles speaking of each topic: candidates are found without scanning every article. */
  postings: Map<string, Set<string>>;
  /** The full-text index of a language, built the first time a question needs it. */
  text: (language: Language) => TextIndex | undefined;
};

/** Arabic vowel marks split words in Orama's tokenizer; they carry nothing for search. */
const cleanText = (text: string) => text.replace(/[\u064B-\u065F\u0670\u0640]/g, "");

function textIndex(language: Language): TextIndex {
  const { name, stemmer } = oramaLanguages[language];
  return create({
    schema,
    components: {
      tokenizer: { language: name, stemming: true, stemmer, stopWords: stopWords[language] ?? false },
    },
  }) as TextIndex;
}

export function buildIndex(catalog: Catalog): RetrievalIndex {
  const articles: RetrievalIndex["articles"] = new Map();
  const postings: RetrievalIndex["postings"] = new Map();
  const documents = new Map<Language, { slug: string; text: string }[]>();
  for (const article of catalog.articles) {
    const strengths = articleStrengths(article);
    articles.set(article.slug, { article, strengths });
    for (const id of strengths.keys()) {
      const set = postings.get(id) ?? new Set();
      set.add(article.slug);
      postings.set(id, set);
    }
    for (const [language, translation] of Object.entries(article.translations) as [Language, Translation?][]) {
      if (!translation) continue;
      const list = documents.get(language) ?? [];
      const heading = [translation.title, ...(translation.keywords ?? [])].join(" ");
      list.push({
        slug: article.slug,
        text: cleanText(`${heading}\n${heading}\n${markdownText(translation.body)}`),
      });
      documents.set(language, list);
    }
  }
  const texts = new Map<Language, TextIndex>();
  const text = (language: Language) => {
    let index = texts.get(language);
    const list = documents.get(language);
    if (!index && list) {
      index = textIndex(language);
      insertMultiple(index, list);
      texts.set(language, index);
    }
    return index;
  };
  return { articles, postings, text };
}

/** One candidate article for a question. */
export type Ranked = { slug: string; fit: Fit; lexical: number; score: number; confident: boolean };

/** How much a full text match adds to the topic rank; the question's own language counts double. */
const lexicalWeight = 1.5;
const otherLanguageFactor = 0.5;
const lexicalCandidates = 20;

/**
 * The words worth a full-text search. In the question's own language, words of four letters or
 * more (Orama matches words as prefixes, so short ones match half the index). In the default
 * language, only names: capitalised words past the first and acronyms (Châtelbrun, MDPH) mean
 * the same in every language, while other foreign words would only match by accident.
 */
function searchTerms(question: string, sameLanguage: boolean): string {
  const found = cleanText(question).match(/[\p{L}\p{N}]+/gu) ?? [];
  const kept = sameLanguage
    ? found.filter((word) => word.length >= 4)
    : found.filter((word, position) => /^\p{Lu}{2,}$/u.test(word) || (position > 0 && /^\p{Lu}\p{Ll}{3,}/u.test(word)));
  return [...new Set(kept)].join(" ");
}

/**
 * Text matches per article, 0 to 1, relative to the best match: in the question's language,
 * and at half weight for the names it shares with the default language's versions.
 */
function lexicalScores(index: RetrievalIndex, question: string, language: Language, defaultLanguage: Language) {
  const scores = new Map<string, number>();
  for (const textLanguage of new Set([language, defaultLanguage])) {
    const texts = index.text(textLanguage);
    const term = searchTerms(question, textLanguage === language);
    if (!texts || !term) continue;
    const found = search(texts, { term, properties: ["text"], limit: lexicalCandidates }) as {
      hits: { score: number; document: { slug: string } }[];
    };
    const best = found.hits[0]?.score ?? 0;
    if (best <= 0) continue;
    const factor = textLanguage === language ? 1 : otherLanguageFactor;
    for (const hit of found.hits) {
      const value = (hit.score / best) * factor;
      if (value > (scores.get(hit.document.slug) ?? 0)) scores.set(hit.document.slug, value);
    }
  }
  return scores;
}

/**
 * The articles that may answer a question, best first. Topics carry the meaning across
 * languages; full-text matches (names, words the vocabulary lacks) order articles that share
 * topics and surface the others for the guide's search.
 */
export function retrieve(
  index: RetrievalIndex,
  question: string,
  languages: { language: Language; others?: readonly Language[]; defaultLanguage: Language },
) {
  const { language, others, defaultLanguage } = languages;
  const concepts: Concept[] = questionConcepts(question, language, others);
  const lexical = lexicalScores(index, question, language, defaultLanguage);
  const candidates = new Set(lexical.keys());
  // Only an article about one of the question's subjects, or what one is a kind of, can answer it.
  for (const concept of subjects(concepts))
    for (const id of [concept.id, ...(concept.implies ?? [])])
      for (const slug of index.postings.get(id) ?? []) candidates.add(slug);
  const total = index.articles.size;
  const idfs = new Map(
    concepts.map((concept) => [
      concept.id,
      Math.log(1 + total / Math.max(1, index.postings.get(concept.id)?.size ?? 0)),
    ]),
  );
  const idf = (id: string) => idfs.get(id) ?? 0;
  const ranked: Ranked[] = [];
  for (const slug of candidates) {
    const entry = index.articles.get(slug);
    if (!entry) continue;
    const match = fit(concepts, entry.strengths, idf);
    const text = lexical.get(slug) ?? 0;
    ranked.push({
      slug,
      fit: match,
      lexical: text,
      score: match.rank + lexicalWeight * text,
      confident: confident(match),
    });
  }
  ranked.sort((a, b) => b.score - a.score || a.slug.localeCompare(b.slug));
  return { concepts, ranked };
}
