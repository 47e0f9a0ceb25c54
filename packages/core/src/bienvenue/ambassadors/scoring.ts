import defaultWeights from "./weights.json";

export type Weights = typeof defaultWeights;
export type Household = "single" | "couple" | "family";
export type Profile = { languages: string[]; commune: string; interests: string[]; household: Household };
export type Candidate = Profile & { capacity: number; buddies: number };

export type Score = {
  score: number;
  sharedLanguages: string[];
  sameCommune: boolean;
  sharedInterests: string[];
  sameHousehold: boolean;
};

/** Communes compared as people type them: case, accents, hyphens and spaces do not matter. */
export function sameCommune(a: string, b: string): boolean {
  const norm = (s: string) =>
    s
      .normalize("NFD")
      .replace(/\p{Diacritic}/gu, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, " ")
      .trim();
  return norm(a) !== "" && norm(a) === norm(b);
}

/**
 * How well an ambassador suits a newcomer. A shared language outweighs everything else
 * together (the weights say so: see `weights.json`), then the commune, shared interests (up
 * to a cap) and the same kind of household; free slots break ties.
 */
export function score(newcomer: Profile, ambassador: Candidate, weights: Weights = defaultWeights): Score {
  const theirs = new Set(ambassador.languages);
  const sharedLanguages = newcomer.languages.filter((language) => theirs.has(language));
  const interests = new Set(ambassador.interests);
  const sharedInterests = newcomer.interests.filter((interest) => interests.has(interest));
  const commune = sameCommune(newcomer.commune, ambassador.commune);
  const household = newcomer.household === ambassador.household;
  const value =
    (sharedLanguages.length ? weights.sharedLanguage : 0) +
    (commune ? weights.sameCommune : 0) +
    Math.min(sharedInterests.length, weights.maxSharedInterests) * weights.sharedInterest +
    (household ? weights.sameHousehold : 0) +
    Math.max(0, ambassador.capacity - ambassador.buddies) * weights.freeSlot;
  return { score: value, sharedLanguages, sameCommune: commune, sharedInterests, sameHousehold: household };
}

/** Candidates with a free slot, best first. */
export function rank<C extends Candidate>(newcomer: Profile, candidates: C[], weights: Weights = defaultWeights) {
  return candidates
    .filter((candidate) => candidate.buddies < candidate.capacity)
    .map((candidate) => ({ candidate, ...score(newcomer, candidate, weights) }))
    .sort((a, b) => b.score - a.score);
}
