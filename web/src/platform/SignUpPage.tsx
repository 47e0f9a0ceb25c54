import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import type { TFunction } from "i18next";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
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

const kinds: Kind[] = ["metropole", "departement", "region", "communes", "other"];

const fieldOrder = ["form", "name", "kind", "country", "slug", "defaultLanguage", "languages", "email"];

/** The server's rules for the fields it can check without a request (the slug asks it). */
function check(draft: SignUpDraft, t: TFunction<"platform">): FieldErrors {
  const errors: FieldErrors = {};
  if (draft.name.trim().length < 2) errors.name = t("signUp.errors.name");
  if (!/^[A-Za-z]{2}$/.test(draft.country.trim())) errors.country = t("signUp.errors.country");
  const languagesWrong = languagesProblem(draft.languages, draft.defaultLanguage);
  if (languagesWrong) errors.languages = t(languagesWrong, { ns: "common" });
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(draft.email.trim())) errors.email = t("signUp.errors.email");
  return errors;
}

export function SignUpPage() {
  const { t } = useTranslation("platform");
  usePageTitle(t("signUp.pageTitle"));
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
    const found = check(draft, t);
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
      <h1>{t("signUp.title")}</h1>
      <p>{t("signUp.intro")}</p>
      <form className="form" noValidate onSubmit={submit}>
        <FieldError errors={errors} field="form" />

        <TextField
          id="name"
          label={t("signUp.name")}
          value={draft.name}
          onChange={(text) => update("name", text)}
          required
          maxLength={120}
          autoComplete="organization"
          errors={errors}
        />

        <div className="field">
          <label htmlFor="kind">{t("signUp.kind")}</label>
          <select id="kind" value={draft.kind} onChange={(event) => update("kind", event.target.value as Kind)}>
            {kinds.map((kind) => (
              <option key={kind} value={kind}>
                {t(`signUp.kinds.${kind}`)}
              </option>
            ))}
          </select>
        </div>

        <TextField
          id="country"
          label={t("signUp.country")}
          hint={t("signUp.countryHint")}
          className="short"
          value={draft.country}
          onChange={(text) => update("country", text)}
          required
          maxLength={2}
          autoComplete="country"
          errors={errors}
        />

        <div className="field">
          <label htmlFor="slug">{t("signUp.slug")}</label>
          <p id="slug-hint" className="hint">
            {t("signUp.slugHint")} <strong>{portalOrigin(draft.slug.trim() || t("signUp.slugPlaceholder"))}</strong>
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
          label={t("signUp.email")}
          hint={t("signUp.emailHint")}
          type="email"
          value={draft.email}
          onChange={(text) => update("email", text)}
          required
          autoComplete="email"
          errors={errors}
        />

        <button type="submit" aria-disabled={submitting}>
          {t("signUp.submit")}
        </button>
      </form>
    </>
  );
}
