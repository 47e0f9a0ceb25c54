import { describe, expect, it } from "vitest";
import { isValidSiret } from "./siret";

describe("SIRET check", () => {
  it.each([
    ["73282932000074", true], // a real establishment (the Luhn sum is a multiple of 10)
    ["35600000049837", true], // La Poste: digit sum a multiple of 5
    ["73282932000075", false], // one digit changed
    ["35600000049838", false],
    ["7328293200007", false], // 13 digits
    ["7328293200007A", false],
  ])("%s → %s", (siret, valid) => {
    expect(isValidSiret(siret)).toBe(valid);
  });
});
