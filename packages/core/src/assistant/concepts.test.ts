import { describe, expect, it } from "vitest";
import type { Language } from "../tenant/languages";
import { plainSentences } from "./answer";
import { ConceptMatcher } from "./concepts";
import { questionConcepts } from "./topics";
import { vocabulary } from "./vocabulary";

const ids = (question: string, language: Language) => questionConcepts(question, language).map((c) => c.id);

describe("multilingual topics", () => {
  it.each([
    ["Ми шукаємо сімейного лікаря для дітей", "uk", "doctor"],
    ["أبحث عن طبيب للعائلة", "ar", "doctor"],
    ["Wir suchen einen Hausarzt", "de", "doctor"],
    ["Busco guardería para mi bebé", "es", "childcare"],
    ["C'è un pulmino per la scuola?", "it", "school-bus"],
    ["Preciso de um médico de família", "pt", "doctor"],
    ["Чи є в бібліотеці книги?", "uk", "library"],
    ["My mother is 84 years old", "en", "elderly"],
  ] as const)("%s names %s", (question, language, concept) => {
    expect(ids(question, language)).toContain(concept);
  });

  it("prefers the longer term: a driving licence is not a hunting permit", () => {
    expect(ids("Comment échanger mon permis de conduire ?", "fr")).toContain("driving-licence");
    expect(ids("Comment échanger mon permis de conduire ?", "fr")).not.toContain("hunting");
  });

  it("matches short words as written, not by their stem", () => {
    expect(ids("comment il va au collège", "fr")).not.toContain("bike");
  });

  it("lets one word between the words of a term", () => {
    const matcher = new ConceptMatcher([{ id: "x", weight: 1, en: "dairy farm" }], "en");
    expect(matcher.find("a dairy cattle farm").map((hit) => hit.concept.id)).toEqual(["x"]);
    expect(matcher.find("a dairy in the next village with a farm")).toEqual([]);
  });

  it("has unique topic ids and terms in every language", () => {
    const seen = new Set<string>();
    for (const concept of vocabulary) {
      expect(seen.has(concept.id), concept.id).toBe(false);
      seen.add(concept.id);
      for (const language of ["fr", "en", "es", "de", "it", "pt", "ar", "uk"] as const)
        expect(concept[language], `${concept.id}.${language}`).toBeTruthy();
    }
  });
});

describe("plain language", () => {
  const text =
    "Before you sign or start any work, book an appointment with the Maison de l'Habitat, whose advice is free and independent, and ask for a home visit from an adviser who will list the priority work. The visit is free. Bring your last tax notice.\n- Call 03 00 00 00 12 on weekdays.\n- Or write to habitat@example.org.";

  it("keeps short sentences and list items whole, one per line", () => {
    expect(plainSentences(text)).toEqual([
      "The visit is free.",
      "Bring your last tax notice.",
      "Call 03 00 00 00 12 on weekdays.",
      "Or write to habitat@example.org.",
    ]);
  });

  it("never cuts a sentence: when every sentence is long, the shortest is kept whole", () => {
    const [only, ...rest] = plainSentences(text.split(". The visit")[0] as string);
    expect(rest).toEqual([]);
    expect(only).toMatch(/^Before you sign .* the priority work\.$/);
  });
});
