import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useState } from "react";
import { useLocation, useNavigate } from "react-router";
import { type ErrorInfo, useTRPC } from "../api";
import { signIn } from "../auth/session";
import { signedInEmail } from "../auth/tokens";
import { portalOrigin } from "../host";
import { slugify } from "../slug";
import { describe, FieldError, type FieldErrors, focusFirstError, useFieldErrors } from "../ui/fieldErrors";
import { DefaultLanguageField, LanguagesField, languagesProblem } from "../ui/LanguagesField";
import { TextField } from "../ui/TextField";
import { useDebounced } from "../ui/useDebounced";
import { usePageTitle } from "../ui/usePageTitle";
import { emptyDraft, type Kind, loadDraft, type SignUpDraft, saveDraft } from "./signUpDraft";

const kinds: Record<Kind, string> = {
  metropole: "Métropole (metropolitan area)",
  departement: "Département",
  region: "Région",
  communes: "Group of communes",
  other: "Other",
};

const fieldOrder = ["form", "name", "kind", "country", "slug", "defaultLanguage", "languages", "email"];

/** The server's rules for the fields it can check without a request (the slug asks it). */
function check(draft: SignUpDraft): FieldErrors {
  const errors: FieldErrors = {};
  if (draft.name.trim().length < 2) errors.name = "Give the territory's name (2 characters or more).";
  if (!/^[A-Za-z]{2}$/.test(draft.country.trim())) errors.country = "Use the two-letter country code, for example FR.";
  const languagesWrong = languagesProblem(draft.languages, draft.defaultLanguage);
  if (languagesWrong) errors.languages = languagesWrong;
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(draft.email.trim())) errors.email = "Give a valid e-mail address.";
  return errors;
}

export function SignUpPage() {
  usePageTitle("Create your territory · Escale");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const returned = (useLocation().state as { error?: ErrorInfo } | null)?.error;
  const [draft, setDraft] = useState<SignUpDraft>(() => loadDraft() ?? emptyDraft);
  const [slugTouched, setSlugTouched] = useState(() => draft.slug !== "");
  const [returnedErrors] = useState<FieldErrors>(() =>
    returned
      ? { [returned.field && fieldOrder.includes(returned.field) ? returned.field : "form"]: returned.message }
      : {},
  );
  const { errors, setErrors, show } = useFieldErrors(fieldOrder, returnedErrors);
  const [submitting, setSubmitting] = useState(false);

  // Back from a refused sign-up: point at what to change.
  useEffect(() => focusFirstError(returnedErrors, fieldOrder), [returnedErrors]);

  const slug = useDebounced(draft.slug.trim(), 300);
  const availability = useQuery({
    ...trpc.platform.slugAvailability.queryOptions({ slug }),
    enabled: slug !== "",
    placeholderData: keepPreviousData,
  });

  function update<K extends keyof SignUpDraft>(field: K, value: SignUpDraft[K]) {
    setDraft((previous) => ({
      ...previous,
      [field]: value,
      ...(field === "name" && !slugTouched ? { slug: slugify(String(value)) } : {}),
    }));
    setErrors(({ [field]: _fixed, form: _form, ...rest }) => rest);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (submitting) return;
    setSubmitting(true);
    const found = check(draft);
    const verdict = await queryClient
      .fetchQuery(trpc.platform.slugAvailability.queryOptions({ slug: draft.slug.trim() }))
      .catch(() => undefined);
    if (verdict && !verdict.available) found.slug = verdict.message;
    if (show(found)) {
      setSubmitting(false);
      return;
    }
    saveDraft(draft);
    const email = draft.email.trim();
    if (signedInEmail() === email.toLowerCase()) navigate("/signup/finish");
    else await signIn("/signup/finish", email);
  }

  return (
    <>
      <h1>Create your territory</h1>
      <p>
        Your portal is ready in a minute. We will e-mail you a code to confirm your address, and you become the
        territory's owner.
      </p>
      <form className="form" noValidate onSubmit={submit}>
        <FieldError errors={errors} field="form" />

        <TextField
          id="name"
          label="Territory name"
          value={draft.name}
          onChange={(text) => update("name", text)}
          required
          maxLength={120}
          autoComplete="organization"
          errors={errors}
        />

        <div className="field">
          <label htmlFor="kind">Kind of territory</label>
          <select id="kind" value={draft.kind} onChange={(event) => update("kind", event.target.value as Kind)}>
            {Object.entries(kinds).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>

        <TextField
          id="country"
          label="Country"
          hint="Two-letter code, for example FR."
          className="short"
          value={draft.country}
          onChange={(text) => update("country", text)}
          required
          maxLength={2}
          autoComplete="country"
          errors={errors}
        />

        <div className="field">
          <label htmlFor="slug">Web address (slug)</label>
          <p id="slug-hint" className="hint">
            Lowercase letters, digits and hyphens. Your portal's address will be{" "}
            <strong>{portalOrigin(draft.slug.trim() || "your-slug")}</strong>
          </p>
          <input
            id="slug"
            value={draft.slug}
            onChange={(event) => {
              setSlugTouched(true);
              update("slug", event.target.value);
            }}
            required
            maxLength={40}
            autoCapitalize="none"
            spellCheck={false}
            {...describe(errors, "slug", "slug-hint", "slug-status")}
          />
          <p
            id="slug-status"
            aria-live="polite"
            className={availability.data?.available ? "slug-status available" : "slug-status"}
          >
            {slug && availability.data?.message !== errors.slug && availability.data?.message}
          </p>
          <FieldError errors={errors} field="slug" />
        </div>

        <DefaultLanguageField
          value={draft.defaultLanguage}
          onChange={(language) => update("defaultLanguage", language)}
          errors={errors}
        />

        <LanguagesField enabled={draft.languages} onChange={(next) => update("languages", next)} errors={errors} />

        <TextField
          id="email"
          label="Your e-mail address"
          hint="We send your sign-in code there."
          type="email"
          value={draft.email}
          onChange={(text) => update("email", text)}
          required
          autoComplete="email"
          errors={errors}
        />

        <button type="submit" aria-disabled={submitting}>
          Create my territory
        </button>
      </form>
    </>
  );
}
