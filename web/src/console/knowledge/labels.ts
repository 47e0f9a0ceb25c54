import type { AppRouter } from "@escale/functions/trpc/router";
import type { inferRouterInputs } from "@trpc/server";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";

type ArticleInput = inferRouterInputs<AppRouter>["knowledge"]["create"];
export type Category = ArticleInput["category"];
export type ArticleStatus = NonNullable<ArticleInput["status"]>;

/**
 * The guide's categories, in the guide's order. The list itself lives in core with the database
 * code, so the browser keeps this `Record`, which the compiler keeps complete; their words are
 * `categories.{code}` in the `knowledge` catalog.
 */
const categoryOrder: Record<Category, number> = {
  housing: 0,
  jobs: 1,
  childcare: 2,
  school: 3,
  health: 4,
  mobility: 5,
  admin: 6,
  disability: 7,
  students: 8,
  leisure: 9,
  other: 10,
};
const categories = Object.keys(categoryOrder) as Category[];
const articleStatuses: ArticleStatus[] = ["draft", "published"];

export function isCategory(value: string): value is Category {
  return value in categoryOrder;
}

/** The console's words for categories and statuses, and choices for a select in the guide's order. */
export function useKnowledgeLabels() {
  const { t } = useTranslation("knowledge");
  return useMemo(
    () => ({
      category: (code: string) => t(`categories.${code}`, { defaultValue: code }),
      status: (code: string) => t(`statuses.${code}`, { defaultValue: code }),
      categoryChoices: categories.map((value) => ({ value, label: t(`categories.${value}`) })),
      statusChoices: articleStatuses.map((value) => ({ value, label: t(`statuses.${value}`) })),
    }),
    [t],
  );
}
