import type { Language } from "@escale/core/languages";
import type { TFunction } from "i18next";
import type { IntakeInput, Need, Question } from "../../conciergerie";
import type { FieldErrors } from "../../ui/fieldErrors";
import { otherCountry } from "./countries";

type ChildRow = { key: string; age: string };

/** The intake form as typed, before it becomes the API's input. Field ids are the API's paths. */
export type IntakeDraft = {
  name: string;
  email: string;
  phone: string;
  /** The language for messages; "" until the visitor picks one, meaning the page's language. */
  language: Language | "";
  adults: string;
  children: ChildRow[];
  partnerLooking: boolean;
  partnerField: string;
  /** A code from the list, `other` (then `otherCountry` holds the code), or "" before choosing. */
  country: string;
  otherCountry: string;
  region: string;
  city: string;
  arrivalDate: string;
  needs: Need[];
  answers: Record<string, string | boolean>;
  message: string;
  consent: boolean;
};

export const maxChildren = 15;

export function emptyDraft(): IntakeDraft {
  return {
    name: "",
    email: "",
    phone: "",
    language: "",
    adults: "1",
    children: [],
    partnerLooking: false,
    partnerField: "",
    country: "",
    otherCountry: "",
    region: "",
    city: "",
    arrivalDate: "",
    needs: [],
    answers: {},
    message: "",
    consent: false,
  };
}

function countryCode(draft: IntakeDraft): string {
  return (draft.country === otherCountry ? draft.otherCountry : draft.country).trim().toUpperCase();
}

const wholeNumber = (text: string, min: number, max: number) => {
  const value = Number(text);
  return text.trim() !== "" && Number.isInteger(value) && value >= min && value <= max;
};

/** The fields in the order the form shows them, so the first error is the one brought into view. */
export function fieldOrder(draft: IntakeDraft, questions: Question[]): string[] {
  return [
    "contact.name",
    "contact.email",
    "contact.phone",
    "contact.language",
    "household.adults",
    ...draft.children.map((_, index) => `household.children.${index}.age`),
    "household.partner.field",
    "origin.country",
    "origin.region",
    "origin.city",
    "arrivalDate",
    "needs",
    ...questions.map((question) => `answers.${question.id}`),
    "message",
    "consent.accepted",
    "form",
  ];
}

/** The API's rules that need no request, said in the visitor's language. */
export function check(draft: IntakeDraft, questions: Question[], t: TFunction): FieldErrors {
  const errors: FieldErrors = {};
  if (!draft.name.trim()) errors["contact.name"] = t("help.errors.name");
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(draft.email.trim())) errors["contact.email"] = t("help.errors.email");
  if (!/^[+0-9 ().-]*$/.test(draft.phone.trim())) errors["contact.phone"] = t("help.errors.phone");
  if (!wholeNumber(draft.adults, 1, 20)) errors["household.adults"] = t("help.errors.adults");
  draft.children.forEach((child, index) => {
    if (!wholeNumber(child.age, 0, 25)) errors[`household.children.${index}.age`] = t("help.errors.age");
  });
  if (!/^[A-Z]{2}$/.test(countryCode(draft))) errors["origin.country"] = t("help.errors.country");
  if (draft.needs.length === 0) errors.needs = t("help.errors.needs");
  for (const question of questions) {
    const answer = draft.answers[question.id];
    if (question.required && (answer === undefined || answer === ""))
      errors[`answers.${question.id}`] = t("help.errors.answer");
  }
  if (!draft.consent) errors["consent.accepted"] = t("help.errors.consent");
  return errors;
}

const optional = (text: string) => text.trim() || undefined;

export function toInput(
  draft: IntakeDraft,
  sent: {
    requestId: string;
    language: Language;
    notice: { version: string; language: Language };
    channelCode?: string;
  },
): IntakeInput {
  const country = countryCode(draft);
  return {
    requestId: sent.requestId,
    contact: {
      name: draft.name.trim(),
      email: draft.email.trim(),
      phone: optional(draft.phone),
      language: sent.language,
    },
    household: {
      adults: Number(draft.adults),
      children: draft.children.map((child) => ({ age: Number(child.age) })),
      partner: draft.partnerLooking ? { lookingForJob: true, field: optional(draft.partnerField) } : undefined,
    },
    origin: {
      country,
      region: country === "FR" && draft.region ? (draft.region as IntakeInput["origin"]["region"]) : undefined,
      city: optional(draft.city),
    },
    arrivalDate: optional(draft.arrivalDate),
    needs: draft.needs,
    message: optional(draft.message),
    answers: Object.fromEntries(Object.entries(draft.answers).filter(([, answer]) => answer !== "")),
    consent: { accepted: true, version: sent.notice.version, language: sent.notice.language },
    channelCode: sent.channelCode,
  };
}
