import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useId, useState } from "react";
import { useTRPC } from "../../api";
import { FormEnd } from "../../ui/FormEnd";
import { useFieldErrors } from "../../ui/fieldErrors";
import { TextField } from "../../ui/TextField";
import { useCase } from "./caseContext";
import { formatMoment } from "./format";

/**
 * The written lines of a case, messages or notes, oldest first, with a box to add one.
 * Messages go to the household; notes stay with the team.
 */
export function EventThread({
  kind,
  heading,
  intro,
  empty,
  field,
  submit,
  sent,
}: {
  kind: "message" | "note";
  heading: string;
  intro: string;
  empty: string;
  field: string;
  submit: string;
  sent: string;
}) {
  const { file, canWork, saved } = useCase();
  const trpc = useTRPC();
  const write = useMutation(
    kind === "message" ? trpc.conciergerie.sendMessage.mutationOptions() : trpc.conciergerie.addNote.mutationOptions(),
  );
  const headingId = useId();
  const inputId = `${kind}-text`;
  const [text, setText] = useState("");
  const [status, setStatus] = useState("");
  const { errors, show, showFailure, clearing } = useFieldErrors([inputId, "form"]);
  const lines = file.timeline.filter((event) => event.kind === kind);

  function send(event: FormEvent) {
    event.preventDefault();
    if (write.isPending) return;
    setStatus("");
    if (show(text.trim() ? {} : { [inputId]: "Write something first." })) return;
    write.mutate(
      { caseId: file.case.caseId, text },
      {
        onSuccess: () => {
          setText("");
          setStatus(sent);
          saved();
        },
        onError: showFailure,
      },
    );
  }

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      <p className="hint">{intro}</p>
      {lines.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ol className="thread">
          {lines.map((line) => {
            const detail = line.detail as { text?: string; from?: string };
            return (
              <li key={line.eventId} className={detail.from === "newcomer" ? "from-household" : undefined}>
                <p className="meta">
                  {detail.from === "newcomer" ? "The household" : line.by} ·{" "}
                  <time dateTime={line.at}>{formatMoment(line.at)}</time>
                </p>
                <p className="text" dir="auto">
                  {detail.text}
                </p>
              </li>
            );
          })}
        </ol>
      )}
      {canWork && (
        <form className="form" noValidate onSubmit={send}>
          <TextField
            id={inputId}
            label={field}
            rows={3}
            maxLength={4000}
            value={text}
            onChange={clearing(setText)}
            errors={errors}
          />
          <FormEnd submit={submit} pending={write.isPending} status={status} errors={errors} />
        </form>
      )}
    </section>
  );
}
