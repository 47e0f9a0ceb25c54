import type { AppRouter } from "@escale/functions/trpc/router";
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import type { TFunction } from "i18next";
import type { FieldErrors } from "../../ui/fieldErrors";
import { type ArticleStatus, type Category, isCategory } from "./labels";

export type Article = inferRouterOutputs<AppRouter>["knowledge"]["get"];
type ArticleInput = inferRouterInputs<AppRouter>["knowledge"]["create"];

export type TranslationDraft = { title: string; body: string; keywords: string };

/** The editor's form as typed. Field ids are the API's paths ("translations.fr.title"). */
export type ArticleDraft = {
  slug: string;
  category: Category;
  status: ArticleStatus;
  translations: Record<string, TranslationDraft>;
};

export const emptyTranslation: TranslationDraft = { title: "", body: "", keywords: "" };

/** One version per enabled language, filled from the article when there is one. */
export function draftOf(
  article: Pick<Article, "slug" | "category" | "status" | "translations"> | undefined,
  languages: string[],
): ArticleDraft {
  const saved = (article?.translations ?? {}) as Partial<
    Record<string, { title: string; body: string; keywords?: string[] }>
  >;
  return {
    slug: article?.slug ?? "",
    category: article && isCategory(article.category) ? article.category : "other",
    status: article?.status ?? "draft",
    translations: Object.fromEntries(
      languages.map((code) => {
        const version = saved[code];
        return [
          code,
          version
            ? { title: version.title, body: version.body, keywords: (version.keywords ?? []).join(", ") }
            : emptyTranslation,
        ];
      }),
    ),
  };
}

/** Whether anything of a version was typed: a version is then whole (title and text) or refused. */
export const written = (version: TranslationDraft | undefined) =>
  Boolean(version && (version.title.trim() || version.body.trim() || version.keywords.trim()));

export function fieldOrder(languages: string[]): string[] {
  return [
    "slug",
    "category",
    "status",
    ...languages.flatMap((code) => [
      `translations.${code}`,
      `translations.${code}.title`,
      `translations.${code}.body`,
      `translations.${code}.keywords`,
    ]),
    "form",
  ];
}

/** The API's rules that need no request: the default language's version is required, others are whole or absent. */
export function check(
  draft: ArticleDraft,
  languages: string[],
  defaultLanguage: string,
  t: TFunction<"knowledge">,
  languageName: (code: string) => string,
): FieldErrors {
  const errors: FieldErrors = {};
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(draft.slug) || draft.slug.length < 3 || draft.slug.length > 80)
    errors.slug = t("form.errors.slug");
  for (const code of languages) {
    const version = draft.translations[code];
    if (code !== defaultLanguage && !written(version)) continue;
    const language = languageName(code);
    if (!version?.title.trim()) errors[`translations.${code}.title`] = t("form.errors.title", { language });
    if (!version?.body.trim()) errors[`translations.${code}.body`] = t("form.errors.body", { language });
  }
  return errors;
}

/** The versions written, trimmed; keywords are typed separated by commas. */
export function toInput(draft: ArticleDraft): ArticleInput {
  return {
    slug: draft.slug,
    category: draft.category,
    status: draft.status,
    translations: Object.fromEntries(
      Object.entries(draft.translations)
        .filter(([, version]) => written(version))
        .map(([code, version]) => {
          const keywords = version.keywords
            .split(",")
            .map((keyword) => keyword.trim())
            .filter(Boolean);
          return [
            code,
            { title: version.title.trim(), body: version.body, keywords: keywords.length > 0 ? keywords : undefined },
          ];
        }),
    ),
  };
}
