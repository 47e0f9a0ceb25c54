import { describe, expect, it } from "vitest";
import type { Concept } from "./concepts";
import { confident, fit, thresholds } from "./scoring";

const doctor: Concept = { id: "doctor", domain: "health", weight: 3 };
const health: Concept = { id: "health", domain: "health", weight: 1 };
const cost: Concept = { id: "cost", weight: 0.5 };
const autism: Concept = { id: "autism", domain: "disability", implies: ["disability"], weight: 3 };
const idf = () => 1;

describe("answer or hand over", () => {
  it("answers when the article is about the question's subject", () => {
    const match = fit(
      [doctor, health, cost],
      new Map([
        ["doctor", 1],
        ["health", 1],
      ]),
      idf,
    );
    expect(match.coverage).toBeCloseTo(4 / 4.5);
    expect(confident(match)).toBe(true);
  });

  it("hands over when the subject is only mentioned in passing", () => {
    const match = fit([doctor], new Map([["doctor", 0.6]]), idf);
    expect(match.main).toBeLessThan(thresholds.main);
    expect(confident(match)).toBe(false);
  });

  it("hands over when the article lacks the subject and only shares its area", () => {
    const match = fit([doctor], new Map([["health", 1]]), idf);
    expect(match.coverage).toBeCloseTo(0.2);
    expect(confident(match)).toBe(false);
  });

  it("lets an article about the broader kind answer a narrower topic", () => {
    const match = fit([autism], new Map([["disability", 1]]), idf);
    expect(match.coverage).toBeCloseTo(0.8);
    expect(confident(match)).toBe(true);
  });

  it("hands over on details alone, however well covered", () => {
    const weekday: Concept = { id: "weekday", weight: 0.5 };
    const match = fit(
      [cost, weekday],
      new Map([
        ["cost", 1],
        ["weekday", 1],
      ]),
      idf,
    );
    expect(match.matched).toBeLessThan(thresholds.matched);
    expect(confident(match)).toBe(false);
  });

  it("hands over when half of what is asked is missing", () => {
    const permit: Concept = { id: "residence-permit", domain: "admin", weight: 3 };
    const renovation: Concept = { id: "renovation", domain: "housing", weight: 3 };
    const match = fit([permit, renovation], new Map([["renovation", 1]]), idf);
    expect(match.coverage).toBe(0.5);
    expect(confident(match)).toBe(false);
  });

  it("hands over a question that names no known topic", () => {
    expect(confident(fit([], new Map([["doctor", 1]]), idf))).toBe(false);
  });
});
