import { create, insertMultiple, type Orama, search } from "@orama/orama";
import { stopwords as arabicStopwords } from "@orama/stopwords/arabic";
import { stopwords as englishStopwords } from "@orama/stopwords/english";
import { stopwords as frenchStopwords } from "@orama/stopwords/french";
import { stopwords as germanStopwords } from "@orama/stopwords/german";
import { stopwords as italianStopwords } from "@orama/stopwords/italian";
import { stopwords as portugueseStopwords } from "@orama/stopwords/portuguese";
import { stopwords as spanishStopwords } from "@orama/stopwords/spanish";
import type { Catalog, PublishedArticle } from "../knowledge";
import { markdownText } from "../knowledge/markdown";
import type { Language } from "../tenant/languages";
import type { Concept } from "./concepts";
import { confident, type Fit, fit } from "./scoring";
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

const schema = { slug: "string", title: "string", keywords: "string", body: "string" } as const;
type TextIndex = Orama<typeof schema>;

/** A tenant's published articles, ready to be searched: topic profiles and one text index per language. */
export type RetrievalIndex = {
  articles: Map<string, { article: PublishedArticle; strengths: Strengths }>;
  /** Articles speaking of each topic: candidates are found without scanning every article. */
  postings: Map<string, Set<string>>;
  texts: Map<Language, TextIndex>;
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
  const documents = new Map<Language, { slug: string; title: string; keywords: string; body: string }[]>();
  for (const article of catalog.articles) {
    const strengths = articleStrengths(article);
    articles.set(article.slug, { article, strengths });
    for (const id of strengths.keys()) {
      const set = postings.get(id) ?? new Set();
      set.add(article.slug);
      postings.set(id, set);
    }
    for (const [language, translation] of Object.entries(article.translations) as [Language, typeof translation][]) {
      if (!translation) continue;
      const list = documents.get(language) ?? [];
      list.push({
        slug: article.slug,
        title: cleanText(translation.title),
        keywords: cleanText((translation.keywords ?? []).join(" ")),
        body: cleanText(markdownText(translation.body)),
      });
      documents.set(language, list);
    }
  }
  const texts = new Map<Language, TextIndex>();
  for (const [language, list] of documents) {
    const index = textIndex(language);
    insertMultiple(index, list);
    texts.set(language, index);
  }
  return { articles, postings, texts };
}

/** One candidate article for a question. */
export type Ranked = { slug: string; fit: Fit; lexical: number; score: number; confident: boolean };

/** How much a full text match adds to the topic rank; the question's own language counts double. */
const lexicalWeight = 1.5;
const otherLanguageFactor = 0.5;
const lexicalCandidates = 20;

/** Text matches per article, 0 to 1, relative to the best match in each language. */
function lexicalScores(index: RetrievalIndex, question: string, language: Language): Map<string, number> {
  const scores = new Map<string, number>();
  for (const [textLanguage, texts] of index.texts) {
    const found = search(texts, {
      term: cleanText(question),
      properties: ["title", "keywords", "body"],
      boost: { title: 2, keywords: 2 },
      limit: lexicalCandidates,
    }) as { hits: { score: number; document: { slug: string } }[] };
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
export function retrieve(index: RetrievalIndex, question: string, language: Language) {
  const concepts: Concept[] = questionConcepts(question, language);
  const lexical = lexicalScores(index, question, language);
  const candidates = new Set(lexical.keys());
  for (const concept of concepts)
    for (const id of [concept.id, concept.domain ?? concept.id])
      for (const slug of index.postings.get(id) ?? []) candidates.add(slug);
  const total = index.articles.size;
  const idf = (id: string) => Math.log(1 + total / Math.max(1, index.postings.get(id)?.size ?? 0));
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
