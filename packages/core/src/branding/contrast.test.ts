import { describe, expect, it } from "vitest";
import { checkPrimaryColor } from "./contrast";

describe("primary colour contrast", () => {
  it.each(["#1d4ed8", "#0f5c4d", "#000000", "#767676"])("accepts %s (white text readable)", (color) => {
    expect(checkPrimaryColor(color).ok).toBe(true);
  });

  it.each(["#ffff00", "#ffffff", "#777777", "#60a5fa"])("refuses %s and says why", (color) => {
    const verdict = checkPrimaryColor(color);
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) expect(verdict.message).toMatch(/4\.5:1/);
  });

  it("refuses what is not a #RRGGBB colour", () => {
    expect(checkPrimaryColor("blue")).toMatchObject({ ok: false, message: expect.stringMatching(/#RRGGBB/) });
  });
});
