import { describe, expect, it } from "vitest";
import { detectLanguage } from "./language";

describe("language detection", () => {
  it.each([
    ["Où est-ce que je peux inscrire mon fils au collège ?", "fr"],
    ["Where can my children catch the school bus?", "en"],
    ["¿Dónde puedo encontrar un médico de cabecera?", "es"],
    ["Wo finde ich einen Hausarzt für meine Familie?", "de"],
    ["Dove posso trovare un medico di base per la famiglia?", "it"],
    ["Onde posso encontrar um médico de família para os miúdos?", "pt"],
    ["أين أجد طبيبا للعائلة؟", "ar"],
    ["Де знайти сімейного лікаря для дітей?", "uk"],
  ])("routes %s to %s", (question, language) => {
    expect(detectLanguage(question)).toEqual({ language, detected: true });
  });

  it("takes Arabic and Cyrillic script at its word, whatever the page's language", () => {
    expect(detectLanguage("مرحبا", "fr").language).toBe("ar");
    expect(detectLanguage("Привіт", "en").language).toBe("uk");
  });

  it("takes the page's language for a word or two, keeping the detector's guess as an alternative", () => {
    expect(detectLanguage("market day", "fr")).toEqual({ language: "fr", detected: false, alternative: "en" });
    expect(detectLanguage("coworking", "it")).toMatchObject({ language: "it", detected: false });
    expect(detectLanguage("123 ?", "it")).toEqual({ language: "it", detected: false });
  });

  it("keeps a clear detection over the page's language", () => {
    expect(detectLanguage("How do I register my child at the town hall?", "fr").language).toBe("en");
  });
});
