import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../api";
import { FormEnd } from "../../ui/FormEnd";
import { useFieldErrors } from "../../ui/fieldErrors";
import { RadiosField } from "../../ui/RadiosField";
import { TextField } from "../../ui/TextField";
import { useMembership } from "../consoleContext";
import { QueriesPending } from "../QueriesPending";
import { ReadOnlyNote } from "../ReadOnlyNote";
import { EmployersSection } from "./EmployersSection";
import { employerRights } from "./rights";

type Mode = "immediate" | "approval";

/** Whether job offers need approval, and the spending per household behind the impact estimate. */
export function EmployerSettingsPage() {
  const { t } = useTranslation("employers-console");
  const trpc = useTRPC();
  const { role } = useMembership();
  const settings = useQuery(trpc.employersConsole.settings.queryOptions());
  return (
    <EmployersSection title={t("settings.title")} intro={t("settings.intro")}>
      {!employerRights(role).manage && <ReadOnlyNote role={role} what={t("settings.what")} />}
      {settings.data ? (
        <SettingsForm key={settings.data.version} saved={settings.data} canManage={employerRights(role).manage} />
      ) : (
        <QueriesPending queries={[settings]} />
      )}
    </EmployersSection>
  );
}

function SettingsForm({
  saved,
  canManage,
}: {
  saved: { jobModeration: Mode; spendingPerHouseholdEur: number; version: number };
  canManage: boolean;
}) {
  const { t } = useTranslation("employers-console");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const update = useMutation(trpc.employersConsole.updateSettings.mutationOptions());
  const [mode, setMode] = useState<Mode>(saved.jobModeration);
  const [spending, setSpending] = useState(String(saved.spendingPerHouseholdEur));
  const [status, setStatus] = useState("");
  const { errors, show, showFailure, clearing } = useFieldErrors(["jobModeration", "spendingPerHouseholdEur", "form"]);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (update.isPending || !canManage) return;
    const amount = Number(spending);
    if (!Number.isInteger(amount) || amount < 0 || amount > 1_000_000)
      if (show({ spendingPerHouseholdEur: t("settings.errors.spending") })) return;
    update.mutate(
      { jobModeration: mode, spendingPerHouseholdEur: amount, expectedVersion: saved.version },
      {
        onSuccess: () => {
          setStatus(t("settings.saved"));
          void queryClient.invalidateQueries(trpc.employersConsole.pathFilter());
        },
        onError: showFailure,
      },
    );
  }

  return (
    <form className="form" noValidate onSubmit={submit}>
      <RadiosField
        id="jobModeration"
        legend={t("settings.moderation")}
        choices={[
          { value: "approval", label: t("settings.approval") },
          { value: "immediate", label: t("settings.immediate") },
        ]}
        value={mode}
        onChange={clearing(setMode)}
        errors={errors}
      />
      <TextField
        id="spendingPerHouseholdEur"
        label={t("settings.spending")}
        hint={t("settings.spendingHint")}
        type="number"
        min={0}
        className="short"
        value={spending}
        onChange={clearing(setSpending)}
        errors={errors}
      />
      {canManage && <FormEnd submit={t("settings.save")} pending={update.isPending} status={status} errors={errors} />}
    </form>
  );
}
