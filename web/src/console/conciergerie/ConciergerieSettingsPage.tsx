import { needs } from "@escale/core/conciergerie/needs";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTRPC } from "../../api";
import { direction, languageName } from "../../languages";
import { CheckboxesField } from "../../ui/CheckboxesField";
import { FormEnd } from "../../ui/FormEnd";
import { FieldError, useFieldErrors } from "../../ui/fieldErrors";
import { TextField } from "../../ui/TextField";
import { useMembership } from "../consoleContext";
import { QueriesPending } from "../QueriesPending";
import { ReadOnlyNote } from "../ReadOnlyNote";
import { ConciergeriePage } from "./ConciergeriePage";
import { needLabels } from "./labels";
import { QuestionsEditor } from "./QuestionsEditor";
import { check, draftOf, fieldOrder, type Settings, type SettingsDraft, toInput } from "./settingsDraft";

/** How the territory runs its Conciergerie: what it offers, what it asks, how fast it answers. */
export function ConciergerieSettingsPage() {
  const { role, canManage } = useMembership();
  const trpc = useTRPC();
  const settings = useQuery(trpc.conciergerie.settings.queryOptions());
  const tenant = useQuery(trpc.console.settings.queryOptions());
  return (
    <ConciergeriePage
      title="Conciergerie settings"
      intro="What newcomers can ask for on your portal, and how your team answers."
    >
      {!canManage && <ReadOnlyNote role={role} what="these settings" />}
      {settings.data && tenant.data ? (
        <SettingsForm saved={settings.data} languages={tenant.data.tenant.languages} readOnly={!canManage} />
      ) : (
        <QueriesPending queries={[settings, tenant]} />
      )}
    </ConciergeriePage>
  );
}

function SettingsForm({ saved, languages, readOnly }: { saved: Settings; languages: string[]; readOnly: boolean }) {
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
    if (show(check(draft, base, languages))) return;
    update.mutate(toInput(draft, base.version), {
      onSuccess: (next) => {
        setBase(next);
        setStatus("Settings saved.");
        void queryClient.invalidateQueries(trpc.conciergerie.settings.queryFilter());
      },
      onError: showFailure,
    });
  }

  return (
    <form className="form wide" noValidate onSubmit={submit} aria-label="Conciergerie settings">
      <fieldset disabled={readOnly} className="plain" role="none">
        <CheckboxesField
          id="needs"
          legend="Help offered"
          hint="The kinds of help newcomers can tick on the intake form."
          choices={needs.map((value) => ({ value, label: needLabels[value] }))}
          checked={draft.needs}
          onChange={(next) => edit({ needs: next })}
          errors={errors}
        />
        <TextField
          id="firstContactHours"
          label="First-contact deadline, in working hours"
          hint="Working hours run Monday to Friday, 9:00 to 17:00: 16 hours is two working days. Past it, the case is marked overdue and its agent (or, when nobody is assigned, the admins) gets an e-mail."
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
          <legend>Privacy notice</legend>
          <p className="hint">
            Shown in full above the consent box of the intake form. Each consent records the version accepted: give a
            new version whenever you change the text. A language without a notice shows the French one, or any other.
          </p>
          <FieldError errors={errors} field="privacyNotice" />
          {languages.map((code) => {
            const notice = draft.notice[code] ?? { text: "", version: "" };
            const set = (patch: Partial<typeof notice>) =>
              edit({ notice: { ...draft.notice, [code]: { ...notice, ...patch } } });
            return (
              <div key={code} className="language-texts">
                <TextField
                  id={`privacyNotice.${code}.text`}
                  label={`Notice (${languageName(code)})`}
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
                  label={`Version of the ${languageName(code)} notice`}
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
        <FormEnd submit="Save the settings" pending={update.isPending} status={status} errors={errors} />
      </fieldset>
    </form>
  );
}
