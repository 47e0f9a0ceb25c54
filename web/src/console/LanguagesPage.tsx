import { type Language, languageCodes } from "@escale/core/languages";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../api";
import { FormEnd } from "../ui/FormEnd";
import { type FieldErrors, useFieldErrors } from "../ui/fieldErrors";
import { DefaultLanguageField, LanguagesField, languagesProblem } from "../ui/LanguagesField";
import { SettingsPage } from "./SettingsPage";
import { LanguageWarnings } from "./translation/LanguageWarnings";
import type { TenantSettings } from "./types";

const fields = ["languages", "defaultLanguage", "form"];

export function LanguagesPage() {
  const { t } = useTranslation("settings");
  return (
    <SettingsPage
      title={t("languages.title")}
      intro={t("languages.intro")}
      what={t("languages.what")}
      form={(tenant, readOnly) => (
        <>
          <LanguagesForm tenant={tenant} readOnly={readOnly} />
          <LanguageWarnings />
        </>
      )}
    />
  );
}

function LanguagesForm({ tenant, readOnly }: { tenant: TenantSettings; readOnly: boolean }) {
  const { t } = useTranslation("settings");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const save = useMutation(trpc.console.updateLanguages.mutationOptions());
  const [version, setVersion] = useState(tenant.version);
  const [enabled, setEnabled] = useState(() => tenant.languages as Language[]);
  const [defaultLanguage, setDefaultLanguage] = useState(tenant.defaultLanguage as Language);
  const { errors, setErrors, show, showFailure } = useFieldErrors(fields);
  const [status, setStatus] = useState("");

  /** A setter that also clears the last save's status and errors, which no longer apply. */
  function changing<T>(set: (value: T) => void) {
    return (value: T) => {
      set(value);
      setStatus("");
      setErrors({});
    };
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    setStatus("");
    const found: FieldErrors = {};
    const problem = languagesProblem(enabled, defaultLanguage);
    if (problem) found.languages = t(problem, { ns: "common" });
    if (show(found)) return;
    // Kept in the catalogue's order, so the portal's language menu does not depend on click order.
    const ordered = languageCodes.filter((code) => enabled.includes(code));
    save.mutate(
      { defaultLanguage, languages: ordered, expectedVersion: version },
      {
        onSuccess: (next) => {
          setVersion(next.version);
          void queryClient.invalidateQueries(trpc.console.settings.queryFilter());
          setStatus(t("languages.saved"));
        },
        onError: showFailure,
      },
    );
  }

  return (
    <form className="form" noValidate onSubmit={submit}>
      <fieldset disabled={readOnly} className="plain" role="none">
        <LanguagesField enabled={enabled} onChange={changing(setEnabled)} errors={errors} />
        <DefaultLanguageField value={defaultLanguage} onChange={changing(setDefaultLanguage)} errors={errors} />
        <FormEnd submit={t("languages.save")} pending={save.isPending} status={status} errors={errors} />
      </fieldset>
    </form>
  );
}
