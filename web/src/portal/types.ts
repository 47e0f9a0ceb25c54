import type { AppRouter } from "@escale/functions/trpc/router";
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";

/** What the portal knows of its territory: brand, languages and words, nothing internal. */
export type PortalProfile = inferRouterOutputs<AppRouter>["portal"]["home"];

/** A topic of the welcome guide, as the API names it. */
export type GuideCategory = NonNullable<inferRouterInputs<AppRouter>["assistant"]["guide"]["category"]>;
