import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTRPC } from "../../api";
import { FieldError, useFieldErrors } from "../../ui/fieldErrors";
import { SelectField } from "../../ui/SelectField";
import { useCase } from "./caseContext";
import { useAgents } from "./directory";

const nobody = "";

/** Who follows the case: oneself in one click, or anyone of the team who works cases. */
export function AssignmentForm() {
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
          setStatus(assignee ? `Assigned to ${assignee === me ? "you" : assignee}.` : "Nobody is assigned any more.");
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
    { value: nobody, label: "Nobody" },
    ...[...new Set([...agents, ...(current ? [current] : [])])].map((email) => ({
      value: email,
      label: email === me ? `${email} (you)` : email,
    })),
  ];

  return (
    <section aria-labelledby="assignment-heading">
      <h2 id="assignment-heading">Assignment</h2>
      <p>
        Followed by: <strong>{current ? (current === me ? `you (${me})` : current) : "nobody yet"}</strong>
      </p>
      <p role="status" className="status">
        {status}
      </p>
      {canWork && (
        <>
          {current !== me && (
            <button type="button" aria-disabled={assign.isPending} onClick={() => save(me)}>
              Assign to me
            </button>
          )}
          <form className="form inline-form" noValidate onSubmit={submit} aria-label="Assign to someone">
            <SelectField
              id="assignee"
              label="Assign to"
              choices={choices}
              value={chosen}
              onChange={setChosen}
              errors={errors}
            />
            <button type="submit" className="secondary" aria-disabled={assign.isPending}>
              Save the assignment
            </button>
          </form>
          <FieldError errors={errors} field="form" />
        </>
      )}
    </section>
  );
}
