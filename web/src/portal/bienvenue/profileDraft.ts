import type { Language } from "@escale/core/languages";

/** What an enrolee tells the programme about themselves, as the enrolment and preferences forms edit it. */
export type ProfileDraft = {
  name: string;
  language: Language;
  languagesSpoken: Language[];
  adults: string;
  children: string;
  interests: string[];
  commune: string;
  arrivalDate: string;
};

export const profileFieldOrder = [
  "name",
  "language",
  "languagesSpoken",
  "household.adults",
  "household.children",
  "interests",
  "commune",
  "arrivalDate",
];

const whole = (text: string, min: number, max: number) => {
  const value = Number(text);
  return text.trim() !== "" && Number.isInteger(value) && value >= min && value <= max;
};

/** The errors the server would give, found before asking it: message keys of the `bienvenue` namespace. */
export function profileProblems(draft: ProfileDraft): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!draft.name.trim()) problems.name = "form.errors.name";
  if (!whole(draft.adults, 1, 20)) problems["household.adults"] = "form.errors.adults";
  if (!whole(draft.children, 0, 15)) problems["household.children"] = "form.errors.children";
  return problems;
}

/** The API's input for the profile part. */
export function profileInput(draft: ProfileDraft) {
  return {
    name: draft.name.trim(),
    language: draft.language,
    languagesSpoken: draft.languagesSpoken,
    household: { adults: Number(draft.adults), children: Number(draft.children) },
    interests: draft.interests,
    commune: draft.commune.trim() || undefined,
    arrivalDate: draft.arrivalDate || undefined,
  };
}
