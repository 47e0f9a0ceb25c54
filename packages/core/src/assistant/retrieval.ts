import type { Catalog, PublishedArticle, Translation } from "../knowledge";
import { markdownText } from "../knowledge/markdown";
import type { Language } from "../tenant/languages";
import { contentWords, stopWords, type Token } from "./analysis";
import { Bm25 } from "./bm25";
import { type Lexicon, lookup } from "./lexicon";
import { words } from "./text";

/** One language's versions of the articles: BM25 over stems, and the words as written for near matches. */
type LanguageIndex = {
  bm25: Bm25;
  /** Each word as written (folded) and its stem: what a misspelt or cognate word is compared with. */
  surfaces: Map<string, string>;
  /** Trigrams of those words, built the first time a near match is looked for. */
  grams?: Map<string, string[]>;
  /** The stems of each article's title and keywords: what it is about. */
  headings: Map<string, Set<string>>;
};

/** The title and keywords count this many times the body's words: they say what the article is about. */
const headingRepeat = 3;

/** The stems an article version is indexed under, and its words as written. */
function versionTerms(translation: Translation, language: Language) {
  const heading = [translation.title, ...(translation.keywords ?? [])].join(" \n ");
  const head = contentWords(heading, language);
  const body = contentWords(markdownText(translation.body), language);
  const stems: string[] = [];
  for (let repeat = 0; repeat < headingRepeat; repeat++) for (const word of head) stems.push(word.stem);
  for (const word of body) stems.push(word.stem);
  return { stems, words: [...head, ...body], heading: new Set(head.map((word) => word.stem)) };
}

const gramSize = 3;
const gramsOf = (surface: string) => {
  const padded = ` ${surface} `;
  const found = new Set<string>();
  for (let at = 0; at + gramSize <= padded.length; at++) found.add(padded.slice(at, at + gramSize));
  return [...found];
};

/**
 * A tenant's published articles, ready to be searched: one index per language, built the
 * first time a question needs that language and then kept up to date article by article.
 */
export class RetrievalIndex {
  private articles = new Map<string, PublishedArticle>();
  private readonly languages = new Map<Language, LanguageIndex>();
  stamp = -1;

  constructor(catalog?: Catalog) {
    if (catalog) this.update(catalog);
  }

  article(slug: string): PublishedArticle | undefined {
    return this.articles.get(slug);
  }

  /** Takes a new catalog in, re-indexing only the articles that were added, edited or removed. */
  update(catalog: Catalog): number {
    const next = catalog.bySlug;
    let changed = 0;
    for (const slug of this.articles.keys())
      if (!next.has(slug)) {
        for (const index of this.languages.values()) {
          index.bm25.remove(slug);
          index.headings.delete(slug);
        }
        changed++;
      }
    for (const [slug, article] of next) {
      if (this.articles.get(slug)?.updatedAt === article.updatedAt) continue;
      for (const [language, index] of this.languages) {
        const translation = article.translations[language];
        if (translation) this.indexVersion(index, slug, translation, language);
        else {
          index.bm25.remove(slug);
          index.headings.delete(slug);
        }
      }
      changed++;
    }
    this.articles = new Map(next);
    this.stamp = catalog.stamp;
    return changed;
  }

  private indexVersion(index: LanguageIndex, slug: string, translation: Translation, language: Language) {
    const { stems, words, heading } = versionTerms(translation, language);
    index.bm25.add(slug, stems);
    index.headings.set(slug, heading);
    for (const word of words)
      if (!index.surfaces.has(word.surface)) {
        index.surfaces.set(word.surface, word.stem);
        if (index.grams) addGrams(index.grams, word.surface);
      }
  }

  /** The index of one language's versions; undefined when no article has that version. */
  language(language: Language): LanguageIndex | undefined {
    let index = this.languages.get(language);
    if (!index) {
      index = { bm25: new Bm25(), surfaces: new Map(), headings: new Map() };
      for (const [slug, article] of this.articles) {
        const translation = article.translations[language];
        if (translation) this.indexVersion(index, slug, translation, language);
      }
      this.languages.set(language, index);
    }
    return index.bm25.size > 0 ? index : undefined;
  }
}

function addGrams(grams: Map<string, string[]>, surface: string) {
  for (const gram of gramsOf(surface)) {
    const list = grams.get(gram);
    if (list) list.push(surface);
    else grams.set(gram, [surface]);
  }
}

/** Shorter words are too easily near another one. */
const nearMinLength = 5;
const nearMaxResults = 3;

/**
 * Words of the index written almost like this one: a typo (medcin), a missing accent, a
 * cognate in another language (documentos: documents). Dice similarity of trigrams, or the
 * share of a long common beginning, whichever is higher.
 */
function nearWords(index: LanguageIndex, surface: string, minimum: number): { stem: string; similarity: number }[] {
  if (surface.length < nearMinLength || /\p{N}/u.test(surface)) return [];
  if (!index.grams) {
    index.grams = new Map();
    for (const known of index.surfaces.keys()) addGrams(index.grams, known);
  }
  const own = gramsOf(surface);
  const shared = new Map<string, number>();
  for (const gram of own)
    for (const known of index.grams.get(gram) ?? []) shared.set(known, (shared.get(known) ?? 0) + 1);
  const best = new Map<string, number>();
  for (const [known, count] of shared) {
    if (known.length < nearMinLength - 1) continue;
    const dice = (2 * count) / (own.length + known.length + 2 - gramSize + 1);
    let prefix = 0;
    while (prefix < Math.min(known.length, surface.length) && known[prefix] === surface[prefix]) prefix++;
    const start = prefix >= nearMinLength + 1 ? prefix / Math.max(known.length, surface.length) + 0.15 : 0;
    const similarity = Math.min(1, Math.max(dice, start));
    const stem = index.surfaces.get(known) as string;
    if (similarity >= minimum && index.bm25.df(stem) > 0 && similarity > (best.get(stem) ?? 0))
      best.set(stem, similarity);
  }
  return [...best]
    .map(([stem, similarity]) => ({ stem, similarity }))
    .sort((a, b) => b.similarity - a.similarity)
    .slice(0, nearMaxResults);
}

/** One way of saying a question word in the searched language, and how much it is trusted. */
type Alternative = { term: string; weight: number };
/** A question word and the terms that may say it in the searched language. */
export type Group = {
  surface: string;
  alternatives: Alternative[];
  /** The lexicon holds the word, or the guide has a way of saying it. */
  known: boolean;
  /** Every lexicon row the word belongs to is context (family, time, place): it says who or when, not what. */
  context: boolean;
};

/** How much a same-language synonym, a near word and a cognate count against the word itself. */
const synonymWeight = 0.6;
const typoMinimum = 0.72;
const cognateMinimum = 0.7;
const nearWeight = 0.8;

/** Languages that write compounds as one word (Krankenversicherung, Kinderbetreuung). */
const compounding: ReadonlySet<Language> = new Set(["de"]);
const minPart = 3;
/** Letters German puts between the words of a compound (Arbeitsamt, Kinderbetreuung). */
const linkers = ["", "s", "es", "n", "en", "er", "e"];

/**
 * The lexicon rows of the words a compound is made of, found by trying every split into a
 * head and a tail that the lexicon knows: the tail (what the compound is) and the head.
 */
function compoundParts(lexicon: Lexicon, surface: string, language: Language): number[] {
  const known = (part: string) => {
    const stem = words(part, language)[0]?.stem;
    return stem ? (lexicon.starts.get(language)?.get(stem) ?? []).filter((entry) => entry.phrase.length === 1) : [];
  };
  for (let cut = surface.length - minPart; cut >= minPart; cut--) {
    const tail = known(surface.slice(cut));
    if (tail.length === 0) continue;
    const head = surface.slice(0, cut);
    const heads = linkers
      .filter((linker) => head.endsWith(linker) && head.length - linker.length >= minPart)
      .flatMap((linker) => known(head.slice(0, head.length - linker.length)));
    return [...new Set([...tail, ...heads].map((entry) => entry.row))];
  }
  return [];
}

function groupsFor(
  tokens: readonly Token[],
  source: Language,
  target: Language,
  index: LanguageIndex,
  lexicon: Lexicon,
): Group[] {
  const senses = new Map<number, Set<number>>();
  for (const hit of lookup(lexicon, tokens, source))
    for (const position of hit.positions) senses.set(position, (senses.get(position) ?? new Set()).add(hit.row));
  if (compounding.has(source))
    tokens.forEach((token, position) => {
      if (!senses.has(position)) {
        const parts = compoundParts(lexicon, token.surface, source);
        if (parts.length > 0) senses.set(position, new Set(parts));
      }
    });
  const targetStops = stopWords(target);
  const groups = tokens.map((token, position) => {
    const alternatives = new Map<string, number>();
    const offer = (term: string, weight: number) => {
      if (weight > (alternatives.get(term) ?? 0)) alternatives.set(term, weight);
    };
    const rows = [...(senses.get(position) ?? [])];
    for (const row of rows)
      for (const term of lexicon.rows[row]?.get(target) ?? [])
        offer(term, source === target && term !== token.stem ? synonymWeight : 1);
    if (source === target) offer(token.stem, 1);
    else if (!targetStops.has(token.surface)) {
      // Names, acronyms and numbers are the same in every language (CAF, Châtelbrun, 15).
      const anchor = words(token.raw, target)[0]?.stem;
      if (anchor && index.bm25.df(anchor) > 0) offer(anchor, 1);
    }
    const present = () => [...alternatives.keys()].some((term) => index.bm25.df(term) > 0);
    if (!present())
      for (const near of nearWords(index, token.surface, source === target ? typoMinimum : cognateMinimum))
        offer(near.stem, nearWeight * near.similarity);
    return {
      surface: token.surface,
      alternatives: [...alternatives].map(([term, weight]) => ({ term, weight })),
      known: rows.length > 0 || present(),
      context: rows.length > 0 && rows.every((row) => lexicon.context.has(row)),
    };
  });
  // A number the guide does not have (a phone number, an age) says nothing about the topic.
  return groups.filter((group) => group.known || !/^\p{N}+$/u.test(group.surface));
}

/** What the decision to answer looks at, for one article and one way of searching. */
export type Features = {
  /** The article's score over the most any article could score for this question, 0 to 1. */
  score: number;
  /** The share of the question's words (by rarity) the article holds, 0 to 1. */
  coverage: number;
  /** The next article's score over this one's, 0 to 1: a clear winner is more likely right. */
  margin: number;
  /** How many words the question searched for. */
  words: number;
  /** The share of the question's words no lexicon row, name or near word could say in the searched language. */
  unknown: number;
  /** 1 when the article was found in the question's own language. */
  sameLanguage: number;
  /**
   * The rarest question word, of those the lexicon could say, that the article lacks (its idf
   * over that of a word no article has), 0 to 1: "hunt" in a question the guide answers with
   * an article on outdoor leisure.
   */
  missing: number;
  /** The share of the matched words (by rarity) that the article's title or keywords hold, 0 to 1. */
  heading: number;
  /** The rarest question word the article holds (its idf over that of a word no article has), 0 to 1. */
  rarest: number;
};

/** One candidate article for a question. */
export type Ranked = { slug: string; score: number; coverage: number; language: Language; source: Language };

/** How much an unknown word (one the lexicon does not hold) weighs against a known one the guide lacks. */
const unknownWeight = 0.5;

function searchChannel(groups: Group[], index: LanguageIndex) {
  const totals = new Map<string, number>();
  const covered = new Map<string, number>();
  /** Per known word: its rarity, the articles that hold it, and its terms the index has. */
  const known: { rarity: number; holders: Set<string>; terms: string[] }[] = [];
  let ceiling = 0;
  let rarity = 0;
  const unseen = index.bm25.unseenIdf();
  for (const group of groups) {
    const present = group.alternatives.filter((alternative) => index.bm25.df(alternative.term) > 0);
    const weight = group.known && !group.context ? 1 : unknownWeight;
    if (present.length === 0) {
      ceiling += weight * unseen * 2.2;
      rarity += weight * unseen;
      if (group.known && !group.context) known.push({ rarity: 1, holders: new Set(), terms: [] });
      continue;
    }
    ceiling += Math.max(...present.map((alternative) => alternative.weight * index.bm25.ceiling(alternative.term)));
    const idf = Math.max(...present.map((alternative) => index.bm25.idf(alternative.term)));
    rarity += idf;
    const best = new Map<string, number>();
    for (const alternative of present)
      for (const [slug, score] of index.bm25.scores(alternative.term))
        best.set(slug, Math.max(best.get(slug) ?? 0, alternative.weight * score));
    for (const [slug, score] of best) {
      totals.set(slug, (totals.get(slug) ?? 0) + score);
      covered.set(slug, (covered.get(slug) ?? 0) + idf);
    }
    if (!group.context)
      known.push({
        rarity: idf / unseen,
        holders: new Set(best.keys()),
        terms: present.map((alternative) => alternative.term),
      });
  }
  /** What the decision looks at beyond the score, for one article. */
  const profile = (slug: string) => {
    const heading = index.headings.get(slug) ?? new Set<string>();
    const held = known.filter((word) => word.holders.has(slug));
    const weight = held.reduce((sum, word) => sum + word.rarity, 0);
    const titled = held
      .filter((word) => word.terms.some((term) => heading.has(term)))
      .reduce((sum, word) => sum + word.rarity, 0);
    return {
      missing: Math.max(0, ...known.filter((word) => !word.holders.has(slug)).map((word) => word.rarity)),
      heading: weight > 0 ? titled / weight : 0,
      rarest: Math.max(0, ...held.map((word) => word.rarity)),
    };
  };
  return { totals, covered, ceiling, rarity, profile };
}

export type Retrieval = {
  ranked: Ranked[];
  /** Features of the best article, for the decision to answer; undefined when nothing matched. */
  features?: Features;
  /** The question's words as searched in each language, for quoting the right passage. */
  groups: Map<Language, Group[]>;
};

/**
 * The articles that may answer a question, best first. The question is searched in its own
 * language's versions and, through the lexicon, names and near words, in the default
 * language's; each article keeps its better score.
 */
export function retrieve(
  index: RetrievalIndex,
  lexicon: Lexicon,
  question: string,
  options: { language: Language; others?: readonly Language[]; defaultLanguage: Language },
): Retrieval {
  const { language, others = [], defaultLanguage } = options;
  const best = new Map<
    string,
    Ranked & { unknown: number; words: number; profile: () => { missing: number; heading: number; rarest: number } }
  >();
  const groupsByLanguage = new Map<Language, Group[]>();
  for (const source of new Set([language, ...others])) {
    const tokens = contentWords(question, source);
    if (tokens.length === 0) continue;
    for (const target of new Set([source, defaultLanguage])) {
      const languageIndex = index.language(target);
      if (!languageIndex) continue;
      const groups = groupsFor(tokens, source, target, languageIndex, lexicon);
      if (source === language || !groupsByLanguage.has(target)) groupsByLanguage.set(target, groups);
      const { totals, covered, ceiling, rarity, profile } = searchChannel(groups, languageIndex);
      const unknown = groups.filter((group) => !group.known).length / groups.length;
      for (const [slug, total] of totals) {
        const score = ceiling > 0 ? total / ceiling : 0;
        const previous = best.get(slug);
        if (previous && previous.score >= score) continue;
        best.set(slug, {
          slug,
          score,
          coverage: rarity > 0 ? (covered.get(slug) ?? 0) / rarity : 0,
          language: target,
          source,
          unknown,
          words: groups.length,
          profile: () => profile(slug),
        });
      }
    }
  }
  const ranked = [...best.values()].sort((a, b) => b.score - a.score || a.slug.localeCompare(b.slug));
  const [top, second] = ranked;
  const features = top && {
    score: top.score,
    coverage: top.coverage,
    margin: second ? second.score / top.score : 0,
    words: top.words,
    unknown: top.unknown,
    sameLanguage: top.language === language ? 1 : 0,
    ...top.profile(),
  };
  return {
    ranked: ranked.map(({ slug, score, coverage, language, source }) => ({ slug, score, coverage, language, source })),
    features,
    groups: groupsByLanguage,
  };
}
