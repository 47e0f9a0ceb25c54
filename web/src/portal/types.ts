import type { AppRouter } from "@escale/functions/trpc/router";
import type { inferRouterOutputs } from "@trpc/server";

/** What the portal knows of its territory: brand, languages and words, nothing internal. */
export type PortalProfile = inferRouterOutputs<AppRouter>["portal"]["home"];
