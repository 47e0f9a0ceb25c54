/** French regions, so that newcomers from within France are counted by region. */
export const frenchRegions = {
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
} as const;
export type FrenchRegion = keyof typeof frenchRegions;
export const frenchRegionCodes = Object.keys(frenchRegions) as [FrenchRegion, ...FrenchRegion[]];

/** The funnel's origin bucket: the country, or FR-<region> for moves within France. */
export function originKey(origin: { country: string; region?: string | null }): string {
  return origin.country === "FR" && origin.region ? `FR-${origin.region}` : origin.country;
}
