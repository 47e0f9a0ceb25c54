import { needProgress } from "@escale/core/conciergerie/needs";
import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../api";
import type { Need, NeedProgress } from "../../conciergerie";
import { FieldError, useFieldErrors } from "../../ui/fieldErrors";
import { useCase } from "./caseContext";
import { useLabels } from "./labels";

/** Each need the household asked help with, and how far the agent has got with it. */
export function NeedsChecklist() {
  const { t } = useTranslation("conciergerie");
  const { label } = useLabels();
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
      <h2 id="needs-heading">{t("needsChecklist.heading")}</h2>
      <ul className="checklist">
        {needs.map(([need, progress]) => (
          <li key={need} className={progress === "done" ? "done" : undefined}>
            <span className="mark" aria-hidden="true">
              {progress === "done" ? "✓" : progress === "in-progress" ? "…" : "○"}
            </span>
            <span>{label("needs", need)}</span>
            <span className="state">{label("progress", progress)}</span>
            {canWork &&
              needProgress
                .filter((other) => other !== progress)
                .map((other) => (
                  <button
                    key={other}
                    type="button"
                    className="secondary small"
                    aria-disabled={update.isPending}
                    aria-label={t("needsChecklist.mark", {
                      need: label("needs", need),
                      progress: label("progress", other),
                    })}
                    onClick={() => mark(need, other)}
                  >
                    {label("progress", other)}
                  </button>
                ))}
          </li>
        ))}
      </ul>
      <FieldError errors={errors} field="form" />
    </section>
  );
}
