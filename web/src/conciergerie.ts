import { type FrenchRegion, frenchRegions } from "@escale/core/conciergerie/origins";
import type { AppRouter } from "@escale/functions/trpc/router";
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";

export type { ChannelType, Need, NeedProgress } from "@escale/core/conciergerie/needs";
export type { CloseReason, Status } from "@escale/core/conciergerie/pipeline";

/**
 * The Conciergerie's forms as the API defines them. The word lists themselves (needs,
 * statuses, regions) come from core's pure modules, which hold no database code.
 */
type Inputs = inferRouterInputs<AppRouter>;
type Outputs = inferRouterOutputs<AppRouter>;

export type IntakeInput = Inputs["help"]["submit"];
export type Question = Outputs["help"]["form"]["questions"][number];
export type Contact = IntakeInput["contact"];
export type Household = IntakeInput["household"];
export type Origin = IntakeInput["origin"];

/** Where a household comes from, named in `language`: "Ukraine", or "France (Bretagne)". */
export function originName(key: string, language: string): string {
  const [country = key, region] = key.split("-");
  const name = countryName(country, language);
  return region ? `${name} (${frenchRegions[region as FrenchRegion] ?? region})` : name;
}

/** A two-letter country code's name in `language`, or the code when the browser does not know it. */
export function countryName(code: string, language: string): string {
  try {
    return new Intl.DisplayNames([language], { type: "region" }).of(code) ?? code;
  } catch {
    return code;
  }
}
