import { describe, expect, it } from "vitest";
import { redact } from "./redact";

describe("redaction before storage", () => {
  it.each([
    ["Écrivez-moi à jean.dupont@example.fr", "Écrivez-moi à [e-mail]"],
    ["my mail is ana @ example.org thanks", "my mail is [e-mail] thanks"],
    ["Appelez le 06 12 34 56 78 svp", "Appelez le [phone] svp"],
    ["call +33 6 12 34 56 78", "call [phone]"],
    ["tel 0612345678.", "tel [phone]."],
    ["мій номер +380 67 123 4567", "мій номер [phone]"],
    ["(555) 123-4567", "[phone]"],
    ["02.00.00.00.11", "[phone]"],
  ])("%s", (text, redacted) => {
    expect(redact(text)).toBe(redacted);
  });

  it.each([
    "Ma mère a 84 ans, née le 12/05/1941",
    "Une prime jusqu'à 4 000 € en 2026",
    "My 18-month-old needs daycare from 1 September",
  ])("keeps what is not a contact detail: %s", (text) => {
    expect(redact(text)).toBe(text);
  });
});
