import { allowedMoves, statuses } from "@escale/core/conciergerie/pipeline";
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTRPC } from "../../api";
import type { CloseReason, Household, Status } from "../../conciergerie";
import { FormEnd } from "../../ui/FormEnd";
import { FieldError, type FieldErrors, useFieldErrors } from "../../ui/fieldErrors";
import { SelectField } from "../../ui/SelectField";
import { TextField } from "../../ui/TextField";
import { useCase } from "./caseContext";
import { formatDay, today } from "./format";
import { choicesOf, closeReasonLabels, label, statusLabels } from "./labels";

const fields = ["installed.on", "installed.commune", "installed.childrenSchooled", "closedReason", "form"];

/** Where the case stands in the pipeline, and the moves the API allows from there. */
export function PipelineActions() {
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
          setStatus(`The case is now ${statusLabels[to].toLowerCase()}.`);
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
    if (!/^\d{4}-\d{2}-\d{2}$/.test(installedOn)) found["installed.on"] = "Give the date they settled in.";
    if (!commune.trim()) found["installed.commune"] = "Name the commune they settled in.";
    const count = Number(schooled);
    if (!Number.isInteger(count) || count < 0 || count > children)
      found["installed.childrenSchooled"] = `Give a number from 0 to ${children}, the household's children.`;
    if (show(found)) return;
    go("installed", { installed: { on: installedOn, commune: commune.trim(), childrenSchooled: count } });
  }

  return (
    <section aria-labelledby="pipeline-heading">
      <h2 id="pipeline-heading">Pipeline</h2>
      <ol className="pipeline">
        {statuses.map((step) => (
          <li key={step} aria-current={step === record.status ? "step" : undefined}>
            {statusLabels[step]}
          </li>
        ))}
      </ol>
      <p>
        Status: <strong>{statusLabels[record.status]}</strong>
        {record.status === "installed" &&
          ` on ${formatDay(record.installedAt ?? "")} in ${record.installedCommune ?? "?"}, ${record.childrenSchooled ?? 0} of ${children} children schooled.`}
        {record.status === "closed" && record.closedReason && ` (${label(closeReasonLabels, record.closedReason)}).`}
      </p>
      <p role="status" className="status">
        {status}
      </p>
      {canWork && steps.length > 0 && (
        <div className="actions">
          {steps.includes("contacted") && (
            <button type="button" aria-disabled={move.isPending} onClick={() => go("contacted")}>
              Mark as contacted
            </button>
          )}
          {steps.includes("accompanied") && (
            <button type="button" aria-disabled={move.isPending} onClick={() => go("accompanied")}>
              Mark as accompanied
            </button>
          )}
          {steps.includes("installed") && (
            <button
              type="button"
              aria-expanded={opened === "installed"}
              onClick={() => setOpened(opened === "installed" ? null : "installed")}
            >
              Record the installation…
            </button>
          )}
          <button
            type="button"
            className="secondary"
            aria-expanded={opened === "closed"}
            onClick={() => setOpened(opened === "closed" ? null : "closed")}
          >
            Close the case…
          </button>
        </div>
      )}
      {opened === null && <FieldError errors={errors} field="form" />}
      {opened === "installed" && (
        <form className="form" noValidate onSubmit={install} aria-label="Record the installation">
          <TextField
            id="installed.on"
            label="Date they settled in"
            type="date"
            className="short"
            value={installedOn}
            onChange={clearing(setInstalledOn)}
            required
            errors={errors}
          />
          <TextField
            id="installed.commune"
            label="Commune"
            value={commune}
            onChange={clearing(setCommune)}
            required
            maxLength={120}
            errors={errors}
          />
          <TextField
            id="installed.childrenSchooled"
            label="Children schooled"
            hint={`Of the household's ${children} ${children === 1 ? "child" : "children"}, how many go to school here.`}
            type="number"
            min={0}
            max={children}
            className="short"
            value={schooled}
            onChange={clearing(setSchooled)}
            required
            errors={errors}
          />
          <FormEnd submit="Mark as installed" pending={move.isPending} errors={errors} />
        </form>
      )}
      {opened === "closed" && (
        <form
          className="form"
          noValidate
          aria-label="Close the case"
          onSubmit={(event) => {
            event.preventDefault();
            go("closed", { closedReason: reason });
          }}
        >
          <SelectField
            id="closedReason"
            label="Why is the case closed?"
            choices={choicesOf(closeReasonLabels)}
            value={reason}
            onChange={setReason}
            errors={errors}
          />
          <FormEnd submit="Close the case" pending={move.isPending} errors={errors} />
        </form>
      )}
    </section>
  );
}
