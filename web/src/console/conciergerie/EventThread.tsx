import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../api";
import { FormEnd } from "../../ui/FormEnd";
import { useFieldErrors } from "../../ui/fieldErrors";
import { TextField } from "../../ui/TextField";
import { useFormat } from "../format";
import { HouseholdText, useHouseholdTranslations } from "../translation/HouseholdWords";
import { ReplyTranslation } from "../translation/ReplyTranslation";
import { useCase } from "./caseContext";

/** Each kind's words in the `conciergerie` catalog. */
const words = { message: "case.messages", note: "case.notes" } as const;

/**
 * The written lines of a case, messages or notes, oldest first, with a box to add one.
 * Messages go to the household; notes stay with the team.
 */
export function EventThread({ kind }: { kind: "message" | "note" }) {
  const { t } = useTranslation("conciergerie");
  const format = useFormat();
  const word = (key: string) => t(`${words[kind]}.${key}`);
  const { file, canWork, saved } = useCase();
  const trpc = useTRPC();
  const write = useMutation(
    kind === "message" ? trpc.conciergerie.sendMessage.mutationOptions() : trpc.conciergerie.addNote.mutationOptions(),
  );
  const headingId = useId();
  const inputId = `${kind}-text`;
  const [text, setText] = useState("");
  // The reply in the household's language, once drafted by machine: it is what gets sent.
  const [draft, setDraft] = useState<string>();
  const [status, setStatus] = useState("");
  const { errors, show, showFailure, clearing } = useFieldErrors([inputId, "message-translation", "form"]);
  const lines = file.timeline.filter((event) => event.kind === kind);
  const household = (file.case.contact as { language: string }).language;
  const translations = useHouseholdTranslations(file.case.caseId, household, kind === "message");

  function send(event: FormEvent) {
    event.preventDefault();
    if (write.isPending) return;
    setStatus("");
    if (show(text.trim() ? {} : { [inputId]: t("case.writeFirst") })) return;
    if (draft !== undefined && show(draft.trim() ? {} : { "message-translation": t("case.writeFirst") })) return;
    write.mutate(
      { caseId: file.case.caseId, text: draft ?? text },
      {
        onSuccess: () => {
          setText("");
          setDraft(undefined);
          setStatus(word("sent"));
          saved();
        },
        onError: showFailure,
      },
    );
  }

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{word("heading")}</h2>
      <p className="hint">{word("intro")}</p>
      {lines.length === 0 ? (
        <p>{word("empty")}</p>
      ) : (
        <ol className="thread">
          {lines.map((line) => {
            const detail = line.detail as { text?: string; from?: string };
            return (
              <li key={line.eventId} className={detail.from === "newcomer" ? "from-household" : undefined}>
                <p className="meta">
                  {detail.from === "newcomer" ? t("case.theHousehold") : line.by} ·{" "}
                  <time dateTime={line.at}>{format.moment(line.at)}</time>
                </p>
                {detail.from === "newcomer" ? (
                  <HouseholdText
                    original={detail.text ?? ""}
                    translated={translations.translated(line.eventId)}
                    language={household}
                  />
                ) : (
                  <p className="text" dir="auto">
                    {detail.text}
                  </p>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {canWork && (
        <form className="form" noValidate onSubmit={send}>
          <TextField
            id={inputId}
            label={word("field")}
            rows={3}
            maxLength={4000}
            value={text}
            onChange={clearing(setText)}
            errors={errors}
          />
          {kind === "message" && translations.replies && (
            <ReplyTranslation
              caseId={file.case.caseId}
              text={text}
              household={household}
              draft={draft}
              onDraft={clearing(setDraft)}
              errors={errors}
            />
          )}
          <FormEnd submit={word("submit")} pending={write.isPending} status={status} errors={errors} />
        </form>
      )}
    </section>
  );
}
