import type { AppRouter } from "@escale/functions/trpc/router";
import type { inferRouterInputs } from "@trpc/server";

export type SignUpInput = inferRouterInputs<AppRouter>["platform"]["signUp"];
export type Kind = SignUpInput["kind"];

/** The sign-up form as typed, kept across the round trip to the sign-in pages. */
export type SignUpDraft = SignUpInput & { email: string };

const key = "escale.signup";

export const emptyDraft: SignUpDraft = {
  name: "",
  kind: "metropole",
  country: "FR",
  slug: "",
  defaultLanguage: "fr",
  languages: ["fr"],
  email: "",
};

export function loadDraft(): SignUpDraft | undefined {
  try {
    const saved = JSON.parse(sessionStorage.getItem(key) ?? "null");
    return saved ? { ...emptyDraft, ...saved } : undefined;
  } catch {
    return undefined;
  }
}

export function saveDraft(draft: SignUpDraft): void {
  sessionStorage.setItem(key, JSON.stringify(draft));
}

export function clearDraft(): void {
  sessionStorage.removeItem(key);
}

export function signUpInput({ email: _email, ...draft }: SignUpDraft): SignUpInput {
  return { ...draft, name: draft.name.trim(), country: draft.country.trim().toUpperCase(), slug: draft.slug.trim() };
}
