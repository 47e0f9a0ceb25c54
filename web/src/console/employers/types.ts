import type { AppRouter } from "@escale/functions/trpc/router";
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";

type Outputs = inferRouterOutputs<AppRouter>["employersConsole"];
export type Offer = Outputs["offers"][number];
export type OfferInput = inferRouterInputs<AppRouter>["employersConsole"]["createOffer"];
export type ModeratedJob = Outputs["jobs"][number];
export type KitItem = Outputs["kit"][number];
export type EmployerOutcome = Outputs["outcomes"][number];
