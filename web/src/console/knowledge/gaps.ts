import type { Language } from "@escale/core/languages";
import type { AppRouter } from "@escale/functions/trpc/router";
import type { inferRouterOutputs } from "@trpc/server";
import { slugify } from "../../slug";
import { type ArticleDraft, draftOf, emptyTranslation } from "./articleDraft";
import { isCategory } from "./labels";

export type Gap = inferRouterOutputs<AppRouter>["knowledge"]["gaps"][number];

/** The API's topic for questions that named no topic it knows. */
const otherTopic = "other";

/** A topic's name as a title: the API gives the vocabulary's word, in lower case. */
export function topicTitle(gap: Pick<Gap, "labels">, language: Language): string {
  const label = gap.labels[language];
  return label.charAt(0).toLocaleUpperCase(language) + label.slice(1);
}

/** The language a topic is named in for staff reading the console in `language`. */
export function staffTopicLanguage(language: string): Language {
  return language === "fr" ? "fr" : "en";
}

/** Where to write the article a gap is missing: the editor, told which gap it comes from. */
export function newArticlePath(gap: Pick<Gap, "topic" | "language">): string {
  return `/console/knowledge/new?${new URLSearchParams({ topic: gap.topic, language: gap.language })}`;
}

/**
 * A new article started from a gap: titled with the topic in the gap's language and in the
 * default one (which every article needs), in the topic's category when it is one.
 */
export function draftFromGap(gap: Gap, languages: string[], defaultLanguage: Language): ArticleDraft {
  const draft = draftOf(undefined, languages);
  if (isCategory(gap.topic)) draft.category = gap.topic;
  if (gap.topic === otherTopic) return draft;
  draft.slug = slugify(gap.labels[defaultLanguage] ?? gap.topic);
  for (const code of new Set([gap.language, defaultLanguage]))
    if (languages.includes(code)) draft.translations[code] = { ...emptyTranslation, title: topicTitle(gap, code) };
  return draft;
}
