import { allowedMoves, statuses } from "@escale/core/conciergerie/pipeline";
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../api";
import type { CloseReason, Household, Status } from "../../conciergerie";
import { FormEnd } from "../../ui/FormEnd";
import { FieldError, type FieldErrors, useFieldErrors } from "../../ui/fieldErrors";
import { SelectField } from "../../ui/SelectField";
import { TextField } from "../../ui/TextField";
import { today, useFormat } from "../format";
import { useCase } from "./caseContext";
import { useLabels } from "./labels";

const fields = ["installed.on", "installed.commune", "installed.childrenSchooled", "closedReason", "form"];

/** Where the case stands in the pipeline, and the moves the API allows from there. */
export function PipelineActions() {
  const { t } = useTranslation("conciergerie");
  const { label, choices } = useLabels();
  const format = useFormat();
  const { file, canWork, saved, conflicted } = useCase();
  const record = file.case;
  const trpc = useTRPC();
  const move = useMutation(trpc.conciergerie.move.mutationOptions());
  const [opened, setOpened] = useState<"installed" | "closed" | null>(null);
  const [installedOn, setInstalledOn] = useState(today);
  const [commune, setCommune] = useState("");
  const [schooled, setSchooled] = useState("0");
  const [reason, setReason] = useState<CloseReason>("not-reachable");
  const [status, setStatus] = useState("");
  const { errors, show, showFailure, clearing } = useFieldErrors(fields);
  const children = ((record.household as Household | undefined)?.children ?? []).length;
  const steps = allowedMoves(record.status);

  function go(
    to: Status,
    extra: { installed?: { on: string; commune: string; childrenSchooled: number }; closedReason?: CloseReason } = {},
  ) {
    if (move.isPending) return;
    setStatus("");
    move.mutate(
      { caseId: record.caseId, to, expectedVersion: record.version, ...extra },
      {
        onSuccess: () => {
          setOpened(null);
          setStatus(t("pipeline.nowAt", { status: label("statuses", to) }));
          saved();
        },
        onError: (error) => {
          if (!conflicted(error)) showFailure(error);
        },
      },
    );
  }

  function install(event: FormEvent) {
    event.preventDefault();
    const found: FieldErrors = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(installedOn)) found["installed.on"] = t("pipeline.errors.settledOn");
    if (!commune.trim()) found["installed.commune"] = t("pipeline.errors.commune");
    const count = Number(schooled);
    if (!Number.isInteger(count) || count < 0 || count > children)
      found["installed.childrenSchooled"] = t("pipeline.errors.childrenSchooled", { max: children });
    if (show(found)) return;
    go("installed", { installed: { on: installedOn, commune: commune.trim(), childrenSchooled: count } });
  }

  return (
    <section aria-labelledby="pipeline-heading">
      <h2 id="pipeline-heading">{t("pipeline.heading")}</h2>
      <ol className="pipeline">
        {statuses.map((step) => (
          <li key={step} aria-current={step === record.status ? "step" : undefined}>
            {label("statuses", step)}
          </li>
        ))}
      </ol>
      <p>
        {t("pipeline.status")} <strong>{label("statuses", record.status)}</strong>
        {record.status === "installed" &&
          t("pipeline.installedOn", {
            date: format.day(record.installedAt ?? ""),
            commune: record.installedCommune ?? "?",
            schooled: record.childrenSchooled ?? 0,
            children,
          })}
        {record.status === "closed" &&
          record.closedReason &&
          t("pipeline.closedBecause", { reason: label("closeReasons", record.closedReason) })}
      </p>
      <p role="status" className="status">
        {status}
      </p>
      {canWork && steps.length > 0 && (
        <div className="actions">
          {steps.includes("contacted") && (
            <button type="button" aria-disabled={move.isPending} onClick={() => go("contacted")}>
              {t("pipeline.markContacted")}
            </button>
          )}
          {steps.includes("accompanied") && (
            <button type="button" aria-disabled={move.isPending} onClick={() => go("accompanied")}>
              {t("pipeline.markAccompanied")}
            </button>
          )}
          {steps.includes("installed") && (
            <button
              type="button"
              aria-expanded={opened === "installed"}
              onClick={() => setOpened(opened === "installed" ? null : "installed")}
            >
              {t("pipeline.recordInstallation")}
            </button>
          )}
          <button
            type="button"
            className="secondary"
            aria-expanded={opened === "closed"}
            onClick={() => setOpened(opened === "closed" ? null : "closed")}
          >
            {t("pipeline.close")}
          </button>
        </div>
      )}
      {opened === null && <FieldError errors={errors} field="form" />}
      {opened === "installed" && (
        <form className="form" noValidate onSubmit={install} aria-label={t("pipeline.installationForm")}>
          <TextField
            id="installed.on"
            label={t("pipeline.settledOn")}
            type="date"
            className="short"
            value={installedOn}
            onChange={clearing(setInstalledOn)}
            required
            errors={errors}
          />
          <TextField
            id="installed.commune"
            label={t("pipeline.commune")}
            value={commune}
            onChange={clearing(setCommune)}
            required
            maxLength={120}
            errors={errors}
          />
          <TextField
            id="installed.childrenSchooled"
            label={t("pipeline.childrenSchooled")}
            hint={t("pipeline.childrenSchooledHint", { count: children })}
            type="number"
            min={0}
            max={children}
            className="short"
            value={schooled}
            onChange={clearing(setSchooled)}
            required
            errors={errors}
          />
          <FormEnd submit={t("pipeline.markInstalled")} pending={move.isPending} errors={errors} />
        </form>
      )}
      {opened === "closed" && (
        <form
          className="form"
          noValidate
          aria-label={t("pipeline.closeForm")}
          onSubmit={(event) => {
            event.preventDefault();
            go("closed", { closedReason: reason });
          }}
        >
          <SelectField
            id="closedReason"
            label={t("pipeline.whyClosed")}
            choices={choices("closeReasons")}
            value={reason}
            onChange={setReason}
            errors={errors}
          />
          <FormEnd submit={t("pipeline.closeSubmit")} pending={move.isPending} errors={errors} />
        </form>
      )}
    </section>
  );
}
