import type { AppRouter } from "@escale/functions/trpc/router";
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";

/**
 * The Conciergerie's vocabulary as the API defines it. Only types come from the server: its
 * module also holds database code that has no place in the browser, so lists the pages need
 * are `Record`s keyed by these types, which the compiler keeps complete.
 */
type Inputs = inferRouterInputs<AppRouter>;
type Outputs = inferRouterOutputs<AppRouter>;

export type IntakeInput = Inputs["help"]["submit"];
export type Need = IntakeInput["needs"][number];
type FrenchRegion = NonNullable<IntakeInput["origin"]["region"]>;
export type Status = Inputs["conciergerie"]["move"]["to"];
export type CloseReason = NonNullable<Inputs["conciergerie"]["move"]["closedReason"]>;
export type NeedProgress = Inputs["conciergerie"]["updateNeed"]["progress"];
export type ChannelType = Inputs["conciergerie"]["createChannel"]["type"];
export type Question = Outputs["help"]["form"]["questions"][number];
export type Contact = IntakeInput["contact"];
export type Household = IntakeInput["household"];
export type Origin = IntakeInput["origin"];

/** Every status, in pipeline order. */
export const statuses = ["registered", "contacted", "accompanied", "installed", "closed"] as const satisfies Status[];

/** French regions by their official names, which do not change with the reader's language. */
export const frenchRegions: Record<FrenchRegion, string> = {
  ARA: "Auvergne-Rhône-Alpes",
  BFC: "Bourgogne-Franche-Comté",
  BRE: "Bretagne",
  CVL: "Centre-Val de Loire",
  COR: "Corse",
  GES: "Grand Est",
  HDF: "Hauts-de-France",
  IDF: "Île-de-France",
  NOR: "Normandie",
  NAQ: "Nouvelle-Aquitaine",
  OCC: "Occitanie",
  PDL: "Pays de la Loire",
  PAC: "Provence-Alpes-Côte d'Azur",
  GUA: "Guadeloupe",
  MTQ: "Martinique",
  GUF: "Guyane",
  REU: "La Réunion",
  MAY: "Mayotte",
};

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
