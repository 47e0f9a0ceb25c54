import { randomUUID } from "node:crypto";
import type { IntakeInput } from "@escale/core/conciergerie";

/** A complete, valid intake as the portal form sends it. */
export function intake(overrides: Partial<IntakeInput> = {}): IntakeInput {
  return {
    requestId: randomUUID(),
    contact: {
      name: "Oksana Melnyk",
      email: `oksana-${randomUUID().slice(0, 8)}@example.org`,
      phone: "+33 6 00 00 00 01",
      language: "en",
    },
    household: { adults: 2, children: [{ age: 4 }, { age: 9 }], partner: { lookingForJob: true, field: "nursing" } },
    origin: { country: "UA", city: "Lviv" },
    arrivalDate: "2027-03-01",
    needs: ["job", "housing", "school"],
    message: "We are moving in March; my husband is a nurse.",
    answers: {},
    consent: { accepted: true, version: "default-1" },
    ...overrides,
  };
}
