import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../api";
import { direction, languageNameIn } from "../../languages";
import { CheckboxesField } from "../../ui/CheckboxesField";
import { FormEnd } from "../../ui/FormEnd";
import { FieldError, useFieldErrors } from "../../ui/fieldErrors";
import { TextField } from "../../ui/TextField";
import { useMembership } from "../consoleContext";
import { QueriesPending } from "../QueriesPending";
import { ReadOnlyNote } from "../ReadOnlyNote";
import { ConciergeriePage } from "./ConciergeriePage";
import { useLabels } from "./labels";
import { QuestionsEditor } from "./QuestionsEditor";
import { check, draftOf, fieldOrder, type Settings, type SettingsDraft, toInput } from "./settingsDraft";

/** How the territory runs its Conciergerie: what it offers, what it asks, how fast it answers. */
export function ConciergerieSettingsPage() {
  const { t } = useTranslation("conciergerie");
  const { role, canManage } = useMembership();
  const trpc = useTRPC();
  const settings = useQuery(trpc.conciergerie.settings.queryOptions());
  const tenant = useQuery(trpc.console.settings.queryOptions());
  return (
    <ConciergeriePage title={t("settings.title")} intro={t("settings.intro")}>
      {!canManage && <ReadOnlyNote role={role} what={t("settings.what")} />}
      {settings.data && tenant.data ? (
        <SettingsForm saved={settings.data} languages={tenant.data.tenant.languages} readOnly={!canManage} />
      ) : (
        <QueriesPending queries={[settings, tenant]} />
      )}
    </ConciergeriePage>
  );
}

function SettingsForm({ saved, languages, readOnly }: { saved: Settings; languages: string[]; readOnly: boolean }) {
  const { t, i18n } = useTranslation("conciergerie");
  const { choices } = useLabels();
  const nameOf = (code: string) => languageNameIn(code, i18n.language);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const update = useMutation(trpc.conciergerie.updateSettings.mutationOptions());
  const [base, setBase] = useState(saved);
  const [draft, setDraft] = useState<SettingsDraft>(() => draftOf(saved, languages));
  const [status, setStatus] = useState("");
  const { errors, setErrors, show, showFailure } = useFieldErrors(fieldOrder(draft, languages));

  function edit(patch: Partial<SettingsDraft>) {
    setDraft((previous) => ({ ...previous, ...patch }));
    setStatus("");
    setErrors({});
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (update.isPending) return;
    if (show(check(draft, base, languages, t, nameOf))) return;
    update.mutate(toInput(draft, base.version), {
      onSuccess: (next) => {
        setBase(next);
        setStatus(t("settings.saved"));
        void queryClient.invalidateQueries(trpc.conciergerie.settings.queryFilter());
      },
      onError: showFailure,
    });
  }

  return (
    <form className="form wide" noValidate onSubmit={submit} aria-label={t("settings.title")}>
      <fieldset disabled={readOnly} className="plain" role="none">
        <CheckboxesField
          id="needs"
          legend={t("settings.helpOffered")}
          hint={t("settings.helpOfferedHint")}
          choices={choices("needs")}
          checked={draft.needs}
          onChange={(next) => edit({ needs: next })}
          errors={errors}
        />
        <TextField
          id="firstContactHours"
          label={t("settings.deadline")}
          hint={t("settings.deadlineHint")}
          type="number"
          min={1}
          max={200}
          className="short"
          value={draft.hours}
          onChange={(hours) => edit({ hours })}
          required
          errors={errors}
        />
        <QuestionsEditor
          questions={draft.questions}
          onChange={(questions) => edit({ questions })}
          languages={languages}
          errors={errors}
        />
        <fieldset id="privacyNotice" tabIndex={-1}>
          <legend>{t("settings.privacyNotice")}</legend>
          <p className="hint">{t("settings.privacyNoticeHint")}</p>
          <FieldError errors={errors} field="privacyNotice" />
          {languages.map((code) => {
            const notice = draft.notice[code] ?? { text: "", version: "" };
            const set = (patch: Partial<typeof notice>) =>
              edit({ notice: { ...draft.notice, [code]: { ...notice, ...patch } } });
            return (
              <div key={code} className="language-texts">
                <TextField
                  id={`privacyNotice.${code}.text`}
                  label={t("settings.notice", { language: nameOf(code) })}
                  lang={code}
                  dir={direction(code)}
                  rows={6}
                  maxLength={20_000}
                  value={notice.text}
                  onChange={(text) => set({ text })}
                  errors={errors}
                />
                <TextField
                  id={`privacyNotice.${code}.version`}
                  label={t("settings.noticeVersion", { language: nameOf(code) })}
                  className="short"
                  maxLength={40}
                  value={notice.version}
                  onChange={(version) => set({ version })}
                  errors={errors}
                />
              </div>
            );
          })}
        </fieldset>
        <FormEnd submit={t("settings.save")} pending={update.isPending} status={status} errors={errors} />
      </fieldset>
    </form>
  );
}
