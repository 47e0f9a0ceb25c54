import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../api";
import { CheckField } from "../../ui/CheckField";
import { FormEnd } from "../../ui/FormEnd";
import { useFieldErrors } from "../../ui/fieldErrors";
import { Loading } from "../../ui/Loading";
import { TextField } from "../../ui/TextField";
import { useMembership } from "../consoleContext";
import { QueryFailure } from "../QueryFailure";
import { ReadOnlyNote } from "../ReadOnlyNote";
import { KnowledgePage } from "./KnowledgePage";
import { knowledgeRights } from "./rights";

type Settings = { reviewAfterMonths: number; generatedAnswers: boolean; version: number };
const fields = ["reviewAfterMonths", "generatedAnswers", "form"];

/** How often articles are due for review, and whether the assistant may write its answers. */
export function KnowledgeSettingsPage() {
  const { t } = useTranslation("knowledge");
  const { role } = useMembership();
  const canConfigure = knowledgeRights(role).configure;
  const trpc = useTRPC();
  const settings = useQuery(trpc.knowledge.settings.queryOptions());
  return (
    <KnowledgePage title={t("settings.title")}>
      {!canConfigure && <ReadOnlyNote role={role} what={t("settings.what")} />}
      {settings.isPending ? (
        <Loading />
      ) : settings.error ? (
        <QueryFailure error={settings.error} retry={() => settings.refetch()} />
      ) : (
        <SettingsForm saved={settings.data} readOnly={!canConfigure} />
      )}
    </KnowledgePage>
  );
}

function SettingsForm({ saved, readOnly }: { saved: Settings; readOnly: boolean }) {
  const { t } = useTranslation("knowledge");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const update = useMutation(trpc.knowledge.updateSettings.mutationOptions());
  const [version, setVersion] = useState(saved.version);
  const [months, setMonths] = useState(String(saved.reviewAfterMonths));
  const [generated, setGenerated] = useState(saved.generatedAnswers);
  const [status, setStatus] = useState("");
  const { errors, show, showFailure, clearing } = useFieldErrors(fields);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (update.isPending) return;
    setStatus("");
    const count = Number(months);
    if (
      show(Number.isInteger(count) && count >= 1 && count <= 60 ? {} : { reviewAfterMonths: t("settings.monthsError") })
    )
      return;
    update.mutate(
      { reviewAfterMonths: count, generatedAnswers: generated, expectedVersion: version },
      {
        onSuccess: (next) => {
          setVersion(next.version);
          setStatus(t("settings.saved"));
          void queryClient.invalidateQueries(trpc.knowledge.pathFilter());
        },
        onError: showFailure,
      },
    );
  }

  return (
    <form className="form" noValidate onSubmit={submit}>
      <fieldset disabled={readOnly} className="plain" role="none">
        <TextField
          id="reviewAfterMonths"
          label={t("settings.months")}
          hint={t("settings.monthsHint")}
          type="number"
          min={1}
          max={60}
          className="short"
          value={months}
          onChange={clearing(setMonths)}
          required
          errors={errors}
        />
        <CheckField
          id="generatedAnswers"
          label={t("settings.generated")}
          hint={t("settings.generatedHint")}
          checked={generated}
          onChange={clearing(setGenerated)}
          errors={errors}
        />
        <FormEnd submit={t("settings.save")} pending={update.isPending} status={status} errors={errors} />
      </fieldset>
    </form>
  );
}
