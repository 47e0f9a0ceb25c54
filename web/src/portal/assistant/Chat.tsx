import type { TFunction } from "i18next";
import { type FormEvent, type KeyboardEvent, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { errorInfo } from "../../api";
import { CheckField } from "../../ui/CheckField";
import { FormEnd } from "../../ui/FormEnd";
import { type FieldErrors, useFieldErrors } from "../../ui/fieldErrors";
import { TextField } from "../../ui/TextField";
import { AnswerView } from "./AnswerView";
import { type Reply, useConversation } from "./conversation";
import { plainText } from "./html";

/** The API refuses longer questions; the box stops there and shows how much is left. */
const maxLength = 1000;
const questionField = "assistant-question";
const fields = [questionField, "form"];

/** The API's refusal in the visitor's words, next to the question when it is about the question. */
function refusal(error: unknown, question: string, t: TFunction): FieldErrors {
  const info = errorInfo(error);
  if (info.code === "TOO_MANY_REQUESTS") {
    const seconds = info.retryAfterSeconds;
    return { form: seconds ? t("assistant.errors.tooMany", { seconds }) : info.message };
  }
  if (info.field === "question")
    return { [questionField]: question.length > maxLength ? t("assistant.errors.tooLong") : info.message };
  return { form: info.code ? info.message : t("assistant.errors.failed") };
}

/** What the live region reads once an answer arrives: the answer, then its sources. */
function spoken(reply: Reply, t: TFunction): string {
  const sources = reply.citations.map((citation) => citation.title).join(", ");
  return [plainText(reply.answerHtml), sources && `${t("assistant.sources")}: ${sources}`].filter(Boolean).join(" ");
}

/**
 * The conversation and the question box, in the widget and on the full page. Answers are read
 * out by a live region; the keyboard stays in the question box, ready for the next one.
 * `autoFocus` puts the keyboard there at once, for the widget's dialog.
 */
export default function Chat({ onLeave, autoFocus = false }: { onLeave?: () => void; autoFocus?: boolean }) {
  const { t } = useTranslation();
  const { turns, pending, send, draft, setDraft, plainLanguage, setPlainLanguage } = useConversation();
  const { errors, show, clearing } = useFieldErrors(fields);
  const newest = useRef<HTMLLIElement>(null);
  const latest = turns[turns.length - 1];

  useEffect(() => {
    if (autoFocus) document.getElementById(questionField)?.focus();
  }, [autoFocus]);

  // The newest question comes into view, then its answer below it, read from its start.
  useEffect(() => {
    if (turns.length > 0 || pending) newest.current?.scrollIntoView({ block: "start" });
  }, [turns.length, pending]);

  function submit(event?: FormEvent) {
    event?.preventDefault();
    const question = draft.trim();
    if (show(question ? {} : { [questionField]: t("assistant.errors.empty") })) return;
    send(question, (error) => show(refusal(error, question, t)));
  }

  /** Enter asks, Shift+Enter starts a new line, as in most chats. */
  function enterAsks(event: KeyboardEvent<HTMLFormElement>) {
    const inBox = event.target instanceof HTMLTextAreaElement;
    if (inBox && event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing) submit(event);
  }

  return (
    <div className="chat">
      {turns.length === 0 && !pending ? (
        <p className="hint">{t("assistant.empty")}</p>
      ) : (
        <ol className="chat-log">
          {turns.map((turn, index) => (
            <li key={turn.id} ref={!pending && index === turns.length - 1 ? newest : undefined}>
              <Question text={turn.question} lang={turn.reply.language} />
              <AnswerView turn={turn} onLeave={onLeave} />
            </li>
          ))}
          {pending && (
            <li ref={newest}>
              <Question text={pending} />
              <p className="searching">{t("assistant.searching")}</p>
            </li>
          )}
        </ol>
      )}
      <div role="status" className="visually-hidden" lang={pending ? undefined : latest?.reply.language}>
        {pending ? t("assistant.searching") : latest ? spoken(latest.reply, t) : ""}
      </div>
      <form className="form chat-form" noValidate onSubmit={submit} onKeyDown={enterAsks}>
        <TextField
          id={questionField}
          label={t("assistant.question")}
          hint={
            <>
              <span>{t("assistant.keys")}</span>
              <span className="counter">{t("assistant.counter", { count: draft.length, max: maxLength })}</span>
            </>
          }
          rows={2}
          maxLength={maxLength}
          value={draft}
          onChange={clearing(setDraft)}
          dir="auto"
          errors={errors}
        />
        <CheckField
          id="assistant-plain"
          label={t("assistant.plain")}
          checked={plainLanguage}
          onChange={setPlainLanguage}
        />
        <FormEnd submit={t("assistant.send")} pending={Boolean(pending)} errors={errors} />
      </form>
    </div>
  );
}

/** The visitor's question; its language is the one the API detected, once it has answered. */
function Question({ text, lang }: { text: string; lang?: string }) {
  const { t } = useTranslation();
  return (
    <div className="asked">
      <p className="meta">{t("assistant.you")}</p>
      <p className="text" lang={lang} dir="auto">
        {text}
      </p>
    </div>
  );
}
