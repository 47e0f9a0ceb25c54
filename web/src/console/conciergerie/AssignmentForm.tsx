import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../api";
import { FieldError, useFieldErrors } from "../../ui/fieldErrors";
import { SelectField } from "../../ui/SelectField";
import { useCase } from "./caseContext";
import { useAgents } from "./directory";

const nobody = "";

/** Who follows the case: oneself in one click, or anyone of the team who works cases. */
export function AssignmentForm() {
  const { t } = useTranslation("conciergerie");
  const { file, canWork, me, saved, conflicted } = useCase();
  const record = file.case;
  const current = record.assignee === "-" ? nobody : record.assignee;
  const trpc = useTRPC();
  const assign = useMutation(trpc.conciergerie.assign.mutationOptions());
  const agents = useAgents();
  const [chosen, setChosen] = useState(current);
  const [status, setStatus] = useState("");
  const { errors, setErrors, showFailure } = useFieldErrors(["assignee", "form"]);

  function save(assignee: string) {
    if (assign.isPending) return;
    setStatus("");
    setErrors({});
    assign.mutate(
      { caseId: record.caseId, assignee: assignee || null, expectedVersion: record.version },
      {
        onSuccess: () => {
          setChosen(assignee);
          setStatus(
            !assignee
              ? t("assignment.unassigned")
              : assignee === me
                ? t("assignment.assignedToYou")
                : t("assignment.assignedTo", { email: assignee }),
          );
          saved();
        },
        onError: (error) => {
          if (!conflicted(error)) showFailure(error);
        },
      },
    );
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    save(chosen);
  }

  const choices = [
    { value: nobody, label: t("nobody") },
    ...[...new Set([...agents, ...(current ? [current] : [])])].map((email) => ({
      value: email,
      label: email === me ? t("emailYou", { email }) : email,
    })),
  ];

  return (
    <section aria-labelledby="assignment-heading">
      <h2 id="assignment-heading">{t("assignment.heading")}</h2>
      <p>
        {t("assignment.followedBy")}{" "}
        <strong>
          {current
            ? current === me
              ? t("assignment.followedByYou", { email: me })
              : current
            : t("assignment.nobodyYet")}
        </strong>
      </p>
      <p role="status" className="status">
        {status}
      </p>
      {canWork && (
        <>
          {current !== me && (
            <button type="button" aria-disabled={assign.isPending} onClick={() => save(me)}>
              {t("assignment.assignToMe")}
            </button>
          )}
          <form className="form inline-form" noValidate onSubmit={submit} aria-label={t("assignment.assignToSomeone")}>
            <SelectField
              id="assignee"
              label={t("assignment.assignTo")}
              choices={choices}
              value={chosen}
              onChange={setChosen}
              errors={errors}
            />
            <button type="submit" className="secondary" aria-disabled={assign.isPending}>
              {t("assignment.save")}
            </button>
          </form>
          <FieldError errors={errors} field="form" />
        </>
      )}
    </section>
  );
}
