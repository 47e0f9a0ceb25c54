import i18next from "i18next";
import { describe, expect, it } from "vitest";
import enErrors from "./console/i18n/en/errors.json";
import frErrors from "./console/i18n/fr/errors.json";
import { errorWordsFrom } from "./errorWords";
import ukErrors from "./portal/i18n/uk/errors.json";

async function wordsIn(language: string) {
  const i18n = i18next.createInstance();
  await i18n.init({
    resources: { fr: { errors: frErrors }, en: { errors: enErrors }, uk: { errors: ukErrors } },
    lng: language,
    fallbackLng: "fr",
    interpolation: { escapeValue: false },
  });
  return errorWordsFrom(i18n);
}

describe("server refusals in the reader's language", () => {
  it("says a refusal the catalog knows by its code, in French", async () => {
    const say = await wordsIn("fr");
    expect(
      say({ message: "a territory keeps at least one owner.", code: "CONFLICT", field: "email", reason: "last_owner" }),
    ).toMatch(/^Un territoire garde toujours au moins un propriétaire/);
  });

  it("names the field and the bound of a refused input, never in English", async () => {
    const fr = await wordsIn("fr");
    const refused = {
      message: "Too big: expected string to have <=254 characters",
      code: "BAD_REQUEST",
      field: "contact.email",
      reason: "invalid_input",
      issue: { issue: "too_big", maximum: 254, origin: "string" },
    };
    expect(fr(refused)).toBe("Adresse e-mail : 254 caractères au plus.");
    expect((await wordsIn("uk"))(refused)).toBe("Адреса електронної пошти: не більше 254 символів.");
    expect(fr({ ...refused, issue: { issue: "too_small", minimum: 1, origin: "string" } })).toBe(
      "Adresse e-mail : à remplir.",
    );
  });

  it("falls back on the kind of refusal in French, and on the server's own sentence in English", async () => {
    const unknown = {
      message: "host: example.org already serves a territory.",
      code: "CONFLICT",
      reason: "some_new_code",
    };
    expect((await wordsIn("fr"))(unknown)).toBe(
      "Quelque chose a changé entre-temps : rechargez la page, puis réessayez.",
    );
    expect((await wordsIn("en"))(unknown)).toBeUndefined();
    expect((await wordsIn("fr"))({ message: "Failed to fetch" })).toBe(
      "Quelque chose n'a pas fonctionné. Réessayez dans un instant.",
    );
  });
});
