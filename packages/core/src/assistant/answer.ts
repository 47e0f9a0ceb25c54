import { type Block, markdownBlocks, markdownText, type PublishedArticle, pickTranslation } from "../knowledge";
import type { Language } from "../tenant/languages";
import type { Concept } from "./concepts";
import { generate, generatorSettings } from "./generate";
import { dontKnow, fallbackNotice } from "./messages";
import { words } from "./text";
import { matcherFor } from "./topics";

/** An answer quotes at most this much of an article, in a few blocks. */
const maxQuoteLength = 700;
const maxBlocks = 3;
/** A block that scores at least this share of the best one is quoted with it. */
const companionShare = 0.5;
/** Names and rare words the question shares with a text, whatever the language (Châtelbrun). */
const sharedWordLength = 5;
const sharedWordWeight = 2;

/** A plain-language sentence keeps to about this many words. */
const shortSentence = 15;
const maxShortSentences = 6;

/** What in a block may answer the question: its topics (with what they are a kind of) and its words. */
function clues(block: Block, language: Language, questionWords: Set<string>): Set<string> {
  const found = new Set<string>();
  for (const hit of matcherFor(language).find(block.text)) {
    found.add(hit.concept.id);
    for (const implied of hit.concept.implies ?? []) found.add(implied);
  }
  for (const word of words(block.text, language))
    if (word.surface.length >= sharedWordLength && questionWords.has(word.surface)) found.add(`word:${word.surface}`);
  return found;
}

/**
 * Scores each block by the question's topics and words it holds. What the whole article
 * repeats (its subject) tells blocks apart less than a detail only one block has (a town's
 * name), so each clue counts less the more blocks hold it.
 */
function blockScores(blocks: Block[], language: Language, concepts: readonly Concept[], question: string): number[] {
  const questionWords = new Set(
    words(question, language)
      .map((word) => word.surface)
      .filter((surface) => surface.length >= sharedWordLength),
  );
  const weights = new Map<string, number>(concepts.map((concept) => [concept.id, concept.weight]));
  for (const word of questionWords) weights.set(`word:${word}`, sharedWordWeight);
  const found = blocks.map((block) => clues(block, language, questionWords));
  const spread = new Map<string, number>();
  for (const set of found) for (const clue of set) spread.set(clue, (spread.get(clue) ?? 0) + 1);
  return found.map((set) =>
    [...set].reduce((score, clue) => score + (weights.get(clue) ?? 0) / (spread.get(clue) ?? 1), 0),
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

/** Short sentences, one per line, for the plain-language mode. */
export function plainSentences(text: string): string[] {
  const sentences = text
    .replace(/\*\*|__|[*_`#>]/g, "")
    .split(/(?<=[.!?;:])\s+|\n+/)
    .map((sentence) => sentence.replace(/^[-•\s]+/, "").trim())
    .filter(Boolean);
  const short = sentences.flatMap((sentence) => {
    if (sentence.split(/\s+/).length <= shortSentence) return [sentence];
    return sentence.split(/,\s+|\s+[–—-]\s+|\s\(/).map((part) => part.replace(/\)$/, "").trim());
  });
  return short
    .map((sentence) => sentence.replace(/[;:,]$/, "").trim())
    .filter((sentence) => sentence.split(/\s+/).length > 1)
    .slice(0, maxShortSentences)
    .map((sentence) => (/[.!?]$/.test(sentence) ? sentence : `${sentence}.`));
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
    concepts: readonly Concept[];
    plainLanguage: boolean;
  },
): { markdown: string; notice?: string } {
  const shown = pickTranslation(article.translations, options.language, options.defaultLanguage);
  const blocks = markdownBlocks(shown.translation.body);
  const scores = blockScores(blocks, shown.language, options.concepts, options.question);
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
export async function compose(articles: PublishedArticle[], options: Options, generatedAnswers: boolean) {
  const unanswered = { answered: false, answer: dontKnow[options.language], notice: null, generated: false };
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
      console.error("[assistant] generated answer failed, quoting instead:", (error as Error).name);
    }
  }
  const passage = extract(best, options);
  return {
    answered: true,
    answer: [passage.notice, passage.markdown].filter(Boolean).join("\n\n"),
    notice: passage.notice ?? null,
    generated: false,
  };
}
