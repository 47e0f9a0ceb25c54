import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTRPC } from "../api";
import { type LanguageCode, languageCodes, languages } from "../languages";
import { describe, errorsFrom, FieldError, type FieldErrors, focusFirstError } from "../ui/fieldErrors";
import { Loading } from "../ui/Loading";
import { usePageTitle } from "../ui/usePageTitle";
import { useMembership } from "./consoleContext";
import { QueryFailure } from "./QueryFailure";
import { ReadOnlyNote } from "./ReadOnlyNote";
import type { TenantSettings } from "./types";

const fields = ["languages", "defaultLanguage", "form"];

export function LanguagesPage() {
  const { name, role, canManage } = useMembership();
  usePageTitle(`Languages · ${name} · Escale console`);
  const trpc = useTRPC();
  const settings = useQuery(trpc.console.settings.queryOptions());
  return (
    <>
      <h1>Languages</h1>
      <p>Newcomers choose among these languages on your portal. They first see it in the default language.</p>
      {!canManage && <ReadOnlyNote role={role} what="the languages" />}
      {settings.isPending ? (
        <Loading />
      ) : settings.error ? (
        <QueryFailure error={settings.error} retry={() => settings.refetch()} />
      ) : (
        <LanguagesForm tenant={settings.data.tenant} readOnly={!canManage} />
      )}
    </>
  );
}

function LanguagesForm({ tenant, readOnly }: { tenant: TenantSettings; readOnly: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const save = useMutation(trpc.console.updateLanguages.mutationOptions());
  const [version, setVersion] = useState(tenant.version);
  const [enabled, setEnabled] = useState(() => tenant.languages as LanguageCode[]);
  const [defaultLanguage, setDefaultLanguage] = useState(tenant.defaultLanguage as LanguageCode);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState("");

  function changed() {
    setStatus("");
    setErrors({});
  }

  function toggle(code: LanguageCode, on: boolean) {
    setEnabled((current) => (on ? [...current, code] : current.filter((language) => language !== code)));
    changed();
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    setStatus("");
    const found: FieldErrors = {};
    if (enabled.length === 0) found.languages = "Enable at least one language.";
    else if (!enabled.includes(defaultLanguage))
      found.languages = "The default language must be one of the enabled languages.";
    setErrors(found);
    if (Object.keys(found).length > 0) return focusFirstError(found, fields);
    // Kept in the catalogue's order, so the portal's language menu does not depend on click order.
    const ordered = languageCodes.filter((code) => enabled.includes(code));
    save.mutate(
      { defaultLanguage, languages: ordered, expectedVersion: version },
      {
        onSuccess: (next) => {
          setVersion(next.version);
          void queryClient.invalidateQueries(trpc.console.settings.queryFilter());
          setStatus("Languages saved.");
        },
        onError: (error) => {
          const failed = errorsFrom(error, fields);
          setErrors(failed);
          focusFirstError(failed, fields);
        },
      },
    );
  }

  return (
    <form className="form" noValidate onSubmit={submit}>
      <fieldset disabled={readOnly} className="plain" role="none">
        <fieldset id="languages" tabIndex={-1} {...describe(errors, "languages")}>
          <legend>Languages</legend>
          <div className="checks">
            {languageCodes.map((code) => (
              <div key={code} className="check">
                <input
                  type="checkbox"
                  id={`language-${code}`}
                  checked={enabled.includes(code)}
                  onChange={(event) => toggle(code, event.target.checked)}
                />
                <label htmlFor={`language-${code}`} lang={code}>
                  {languages[code].name}
                </label>
              </div>
            ))}
          </div>
          <FieldError errors={errors} field="languages" />
        </fieldset>

        <div className="field">
          <label htmlFor="defaultLanguage">Default language</label>
          <select
            id="defaultLanguage"
            value={defaultLanguage}
            onChange={(event) => {
              setDefaultLanguage(event.target.value as LanguageCode);
              changed();
            }}
            {...describe(errors, "defaultLanguage")}
          >
            {languageCodes.map((code) => (
              <option key={code} value={code} lang={code}>
                {languages[code].name}
              </option>
            ))}
          </select>
          <FieldError errors={errors} field="defaultLanguage" />
        </div>

        <div className="form-end">
          <button type="submit" aria-disabled={save.isPending}>
            Save languages
          </button>
          <p role="status" className="status">
            {status}
          </p>
          <FieldError errors={errors} field="form" />
        </div>
      </fieldset>
    </form>
  );
}
