import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "../../api";
import type { Need, NeedProgress } from "../../conciergerie";
import { FieldError, useFieldErrors } from "../../ui/fieldErrors";
import { useCase } from "./caseContext";
import { label, needLabels, progressLabels } from "./labels";

/** Each need the household asked help with, and how far the agent has got with it. */
export function NeedsChecklist() {
  const { file, canWork, saved, conflicted } = useCase();
  const record = file.case;
  const trpc = useTRPC();
  const update = useMutation(trpc.conciergerie.updateNeed.mutationOptions());
  const { errors, setErrors, showFailure } = useFieldErrors(["form"]);
  const needs = Object.entries(record.needs) as [Need, NeedProgress][];

  function mark(need: Need, progress: NeedProgress) {
    if (update.isPending) return;
    setErrors({});
    update.mutate(
      { caseId: record.caseId, need, progress, expectedVersion: record.version },
      {
        onSuccess: saved,
        onError: (error) => {
          if (!conflicted(error)) showFailure(error);
        },
      },
    );
  }

  return (
    <section aria-labelledby="needs-heading">
      <h2 id="needs-heading">Needs</h2>
      <ul className="checklist">
        {needs.map(([need, progress]) => (
          <li key={need} className={progress === "done" ? "done" : undefined}>
            <span className="mark" aria-hidden="true">
              {progress === "done" ? "✓" : progress === "in-progress" ? "…" : "○"}
            </span>
            <span>{label(needLabels, need)}</span>
            <span className="state">{progressLabels[progress]}</span>
            {canWork &&
              (Object.keys(progressLabels) as NeedProgress[])
                .filter((other) => other !== progress)
                .map((other) => (
                  <button
                    key={other}
                    type="button"
                    className="secondary small"
                    aria-disabled={update.isPending}
                    aria-label={`Mark ${label(needLabels, need)} as ${progressLabels[other].toLowerCase()}`}
                    onClick={() => mark(need, other)}
                  >
                    {progressLabels[other]}
                  </button>
                ))}
          </li>
        ))}
      </ul>
      <FieldError errors={errors} field="form" />
    </section>
  );
}
