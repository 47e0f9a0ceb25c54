import { type Block, markdownBlocks, markdownText, type PublishedArticle, pickTranslation } from "../knowledge";
import { log } from "../observability";
import type { Language } from "../tenant/languages";
import { terms } from "./analysis";
import { generate, generatorSettings } from "./generate";
import { dontKnow, fallbackNotice } from "./messages";
import type { Group } from "./retrieval";

/** An answer quotes at most this much of an article, in a few blocks. */
const maxQuoteLength = 700;
const maxBlocks = 3;
/** A block that scores at least this share of the best one is quoted with it. */
const companionShare = 0.5;

/** A plain-language sentence has at most this many words. */
const shortSentence = 18;
const maxShortSentences = 6;

/**
 * Scores each block by the question's words it holds, in the block's language. What the whole
 * article repeats (its subject) tells blocks apart less than a detail only one block has (a
 * town's name), so each word counts less the more blocks hold it.
 */
function blockScores(blocks: Block[], language: Language, groups: readonly Group[]): number[] {
  const found = blocks.map((block) => new Set(terms(block.text, language)));
  const spread = new Map<string, number>();
  for (const set of found) for (const term of set) spread.set(term, (spread.get(term) ?? 0) + 1);
  return found.map((set) =>
    groups.reduce((score, group) => {
      let best = 0;
      for (const { term, weight } of group.alternatives)
        if (set.has(term)) best = Math.max(best, weight / (spread.get(term) ?? 1));
      return score + best;
    }, 0),
  );
}

/** The blocks that answer the question, in reading order; a list item keeps the sentence that introduces its list. */
function quote(blocks: Block[], scores: number[]): Block[] {
  const best = Math.max(0, ...scores);
  if (best === 0) return blocks.slice(0, 1);
  const chosen = new Set<number>();
  const order = scores.map((score, index) => ({ score, index })).sort((a, b) => b.score - a.score);
  let length = 0;
  for (const { score, index } of order) {
    if (score < companionShare * best || chosen.size >= maxBlocks) break;
    const block = blocks[index] as Block;
    if (chosen.size > 0 && length + block.markdown.length > maxQuoteLength) continue;
    chosen.add(index);
    length += block.markdown.length;
    const previous = blocks[index - 1];
    if (block.kind !== "paragraph" && previous && previous.kind !== block.kind && /:\s*$/.test(previous.text))
      chosen.add(index - 1);
  }
  return [...chosen].sort((a, b) => a - b).map((index) => blocks[index] as Block);
}

/** The sentences of a text, whole: a list item is one sentence, never cut. */
function sentencesOf(text: string): string[] {
  return text
    .replace(/\*\*|__|[*_`#>]/g, "")
    .split(/\n+/)
    .map((line) => line.replace(/^[-•\s]+/, "").trim())
    .filter(Boolean)
    .flatMap((line) => line.split(/(?<=[.!?؟])\s+(?=[\p{Lu}\p{Lo}\d«"(])/u))
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.split(/\s+/).length > 1);
}

/**
 * Short sentences, one per line, for the plain-language mode: the passage's whole sentences
 * and list items that are short, in reading order. A long sentence is left out rather than
 * cut, since half a sentence can say the opposite of the whole; if every one is long, the
 * shortest is kept whole.
 */
export function plainSentences(text: string): string[] {
  const sentences = sentencesOf(text);
  const length = (sentence: string) => sentence.split(/\s+/).length;
  const short = sentences.filter((sentence) => length(sentence) <= shortSentence);
  const kept = short.length > 0 ? short : [...sentences].sort((a, b) => length(a) - length(b)).slice(0, 1);
  return kept.slice(0, maxShortSentences).map((sentence) => (/[.!?؟:]$/.test(sentence) ? sentence : `${sentence}.`));
}

/**
 * The passage of an article that answers the question, in the question's language when the
 * article has that version, else in the default language with a sentence saying so.
 */
function extract(
  article: PublishedArticle,
  options: {
    question: string;
    language: Language;
    defaultLanguage: Language;
    /** The question's words as searched in each language. */
    groups: ReadonlyMap<Language, readonly Group[]>;
    plainLanguage: boolean;
  },
): { markdown: string; notice?: string } {
  const shown = pickTranslation(article.translations, options.language, options.defaultLanguage);
  const blocks = markdownBlocks(shown.translation.body);
  const scores = blockScores(blocks, shown.language, options.groups.get(shown.language) ?? []);
  const quoted = quote(blocks, scores);
  const markdown = options.plainLanguage
    ? plainSentences(quoted.map((block) => block.text).join("\n"))
        .map((sentence) => `- ${sentence}`)
        .join("\n")
    : quoted
        .map((block, index) => {
          const previous = quoted[index - 1];
          // Items of one list stay one list; anything else starts a new paragraph.
          const tight = previous && block.kind === previous.kind && (block.kind === "item" || block.kind === "row");
          return `${index === 0 ? "" : tight ? "\n" : "\n\n"}${block.markdown}`;
        })
        .join("");
  return { markdown, notice: shown.fallback ? fallbackNotice(options.language, shown.language) : undefined };
}

type Options = Parameters<typeof extract>[1];

/**
 * The reply to a question from the articles retrieval cited, best first: none, and the
 * assistant says it does not know. When the tenant turned generated answers on and the
 * deployment has a model, the model writes it from those articles only, and may still find no
 * answer in them; if the model cannot be reached, the best article is quoted instead.
 */
export async function compose(
  chosen: { article: PublishedArticle; groups?: Options["groups"] }[],
  options: Options,
  generatedAnswers: boolean,
) {
  const unanswered = { answered: false, answer: dontKnow[options.language], notice: null, generated: false };
  const articles = chosen.map(({ article }) => article);
  const [best] = articles;
  if (!best) return unanswered;
  if (generatedAnswers && generatorSettings()) {
    const sources = articles.map((article) => {
      const { translation } = pickTranslation(article.translations, options.language, options.defaultLanguage);
      return { title: translation.title, text: markdownText(translation.body) };
    });
    try {
      const text = await generate({ ...options, sources });
      if (text === null) return { ...unanswered, generated: true };
      return { answered: true, answer: text, notice: null, generated: true };
    } catch (error) {
      log.error("generated answer failed, quoting instead", { error: (error as Error).name });
    }
  }
  // A question with several requests gets a passage for each, under its article's title.
  const several = chosen.filter((item) => item.groups);
  if (several.length > 1) {
    const passages = several.map(({ article, groups }) => {
      const { translation } = pickTranslation(article.translations, options.language, options.defaultLanguage);
      const passage = extract(article, { ...options, groups: groups ?? options.groups });
      return { notice: passage.notice, markdown: `**${translation.title}**\n\n${passage.markdown}` };
    });
    const notice = passages.find((passage) => passage.notice)?.notice;
    return {
      answered: true,
      answer: [notice, ...passages.map((passage) => passage.markdown)].filter(Boolean).join("\n\n"),
      notice: notice ?? null,
      generated: false,
    };
  }
  const passage = extract(best, options);
  return {
    answered: true,
    answer: [passage.notice, passage.markdown].filter(Boolean).join("\n\n"),
    notice: passage.notice ?? null,
    generated: false,
  };
}
