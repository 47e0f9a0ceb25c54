import type { AppRouter } from "@escale/functions/trpc/router";
import type { inferRouterInputs } from "@trpc/server";

type ArticleInput = inferRouterInputs<AppRouter>["knowledge"]["create"];
export type Category = ArticleInput["category"];
export type ArticleStatus = NonNullable<ArticleInput["status"]>;

/**
 * The console's words for the guide's categories, in the guide's order. The list itself lives
 * in core with the database code, so the browser keeps this `Record`, which the compiler keeps
 * complete.
 */
export const categoryLabels: Record<Category, string> = {
  housing: "Housing",
  jobs: "Jobs",
  childcare: "Childcare",
  school: "School",
  health: "Health",
  mobility: "Mobility",
  admin: "Administrative steps",
  disability: "Disability",
  students: "Students",
  leisure: "Leisure and culture",
  other: "Other",
};

export const articleStatusLabels: Record<ArticleStatus, string> = {
  draft: "Draft",
  published: "Published",
};

export function isCategory(value: string): value is Category {
  return value in categoryLabels;
}
