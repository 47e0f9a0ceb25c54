import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Candidate, type Profile, rank, sameCommune, score } from "./scoring";
import weights from "./weights.json";

const newcomer: Profile = {
  languages: ["uk", "ru"],
  commune: "Besançon",
  interests: ["hiking", "music", "cooking"],
  household: "family",
};
const ambassador = (overrides: Partial<Candidate>): Candidate => ({
  languages: ["fr"],
  commune: "Dole",
  interests: [],
  household: "single",
  capacity: 2,
  buddies: 0,
  ...overrides,
});

describe("buddy scoring", () => {
  it("ranks a shared language first, then the commune, interests and household", () => {
    const ranked = rank(newcomer, [
      { id: "household", ...ambassador({ household: "family" }) },
      { id: "language", ...ambassador({ languages: ["fr", "uk"] }) },
      { id: "commune", ...ambassador({ commune: "besancon" }) },
      { id: "interests", ...ambassador({ interests: ["music", "hiking"] }) },
      { id: "full", ...ambassador({ languages: ["uk"], capacity: 1, buddies: 1 }) },
    ]);
    expect(ranked.map((r) => r.candidate.id)).toEqual(["language", "commune", "interests", "household"]);
    expect(ranked[0]).toMatchObject({ sharedLanguages: ["uk"], sameCommune: false });
    expect(ranked[1]).toMatchObject({ sameCommune: true });
    expect(ranked[2]?.sharedInterests).toEqual(["hiking", "music"]);
  });

  it("compares communes as people type them", () => {
    expect(sameCommune("Saint-Vit", "saint vit")).toBe(true);
    expect(sameCommune("Besançon", "BESANCON ")).toBe(true);
    expect(sameCommune("", "")).toBe(false);
    expect(sameCommune("Dole", "Dôle-sur-Mer")).toBe(false);
  });

  it("never lets commune, interests and household together outweigh a shared language", () => {
    const profile = fc.record({
      languages: fc.uniqueArray(fc.constantFrom("fr", "en", "uk", "ar", "es"), { minLength: 1, maxLength: 3 }),
      commune: fc.constantFrom("Besançon", "Dole", "Pontarlier"),
      interests: fc.uniqueArray(fc.constantFrom("music", "hiking", "cooking", "football", "reading"), { maxLength: 5 }),
      household: fc.constantFrom("single" as const, "couple" as const, "family" as const),
    });
    const candidate = fc.record({
      languages: fc.uniqueArray(fc.constantFrom("fr", "en", "uk", "ar", "es"), { minLength: 1, maxLength: 3 }),
      commune: fc.constantFrom("Besançon", "Dole", "Pontarlier"),
      interests: fc.uniqueArray(fc.constantFrom("music", "hiking", "cooking", "football", "reading"), { maxLength: 5 }),
      household: fc.constantFrom("single" as const, "couple" as const, "family" as const),
      capacity: fc.integer({ min: 1, max: 3 }),
      buddies: fc.constant(0),
    });
    fc.assert(
      fc.property(profile, candidate, candidate, (person, a, b) => {
        const sa = score(person, a);
        const sb = score(person, b);
        if (sa.sharedLanguages.length > 0 && sb.sharedLanguages.length === 0)
          expect(sa.score).toBeGreaterThan(sb.score);
      }),
    );
  });

  it("reads its weights as data", () => {
    const heavyCommune = { ...weights, sameCommune: 500 };
    const a = ambassador({ languages: ["uk"] });
    const b = ambassador({ commune: "Besançon" });
    expect(score(newcomer, a).score).toBeGreaterThan(score(newcomer, b).score);
    expect(score(newcomer, b, heavyCommune).score).toBeGreaterThan(score(newcomer, a, heavyCommune).score);
  });
});
