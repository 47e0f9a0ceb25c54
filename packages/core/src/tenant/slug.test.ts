import { describe, expect, it } from "vitest";
import { checkSlug } from "./slug";

describe("slug rules", () => {
  it.each(["grand-besancon", "bfc", "tours-metropole-2026", "a1b"])("accepts %s", (slug) => {
    expect(checkSlug(slug)).toEqual({ ok: true });
  });

  it.each([
    ["ab", "length"],
    ["x".repeat(41), "length"],
    ["Grand-Besancon", "characters"],
    ["grand_besancon", "characters"],
    ["besançon", "characters"],
    ["-tours", "hyphens"],
    ["tours-", "hyphens"],
    ["tours--metropole", "hyphens"],
    ["www", "reserved"],
    ["api", "reserved"],
    ["admin", "reserved"],
    ["console", "reserved"],
  ])("refuses %s for its %s", (slug, rule) => {
    const verdict = checkSlug(slug);
    expect(verdict).toMatchObject({ ok: false, rule });
  });
});
