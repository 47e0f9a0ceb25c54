import { useMutation, useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { errorInfo, useTRPC } from "../../api";
import { isSignedIn } from "../../auth/tokens";
import { FormEnd } from "../../ui/FormEnd";
import { useFieldErrors } from "../../ui/fieldErrors";
import { TextField } from "../../ui/TextField";
import { usePageTitle } from "../../ui/usePageTitle";
import { formatDate } from "./format";
import { AskErasure, DownloadMyData } from "./MyData";
import { HelpFailure, needsSignIn, SignedInAs, SignInPrompt } from "./SignInPrompt";

/** One request: where it stands, each need's progress, and the conversation with the advisor. */
export default function RequestPage() {
  const { t, i18n } = useTranslation();
  const { caseId = "" } = useParams();
  const title = t("help.request.title");
  usePageTitle(title);
  const trpc = useTRPC();
  const request = useQuery({ ...trpc.help.myRequest.queryOptions({ caseId }), enabled: isSignedIn() });

  if (needsSignIn(request.error)) return <SignInPrompt title={title} />;
  const back = (
    <p>
      <Link to="/help/requests">{t("help.request.back")}</Link>
    </p>
  );
  if (request.isPending)
    return (
      <p role="status" className="loading">
        {t("loading")}
      </p>
    );
  if (request.error)
    return (
      <>
        <h1>{title}</h1>
        {errorInfo(request.error).code === "NOT_FOUND" ? (
          <p>{t("help.request.notFound")}</p>
        ) : (
          <HelpFailure retry={() => request.refetch()} />
        )}
        {back}
      </>
    );

  const { status, registeredAt, needs, message, timeline, erasureRequestedAt } = request.data;
  // The conversation starts with what they wrote when asking: the assistant hands its unanswered question over there.
  const opening = message ? [{ at: registeredAt, kind: "message", detail: { text: message, from: "newcomer" } }] : [];
  return (
    <>
      {back}
      <h1>{t("help.requests.of", { date: formatDate(registeredAt, i18n.language) })}</h1>
      <SignedInAs />
      <p>
        <span className="badge">{t(`help.status.${status}`)}</span> {t(`help.statusText.${status}`)}
      </p>

      <section aria-labelledby="needs-heading">
        <h2 id="needs-heading">{t("help.request.needs")}</h2>
        <ul className="needs">
          {Object.entries(needs).map(([need, progress]) => (
            <li key={need}>
              {t(`help.need.${need}`)}: <strong>{t(`help.progress.${progress}`)}</strong>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="conversation-heading">
        <h2 id="conversation-heading">{t("help.request.conversation")}</h2>
        <ol className="conversation">
          {lines([...opening, ...timeline]).map((line) => (
            <li key={`${line.at}-${line.who}`} className={`line-${line.who}`}>
              <p className="meta">
                {t(`help.request.from.${line.who}`)} ·{" "}
                <time dateTime={line.at}>{formatDate(line.at, i18n.language, true)}</time>
              </p>
              <p className="text" dir="auto">
                {line.who === "status" ? t(`help.status.${line.text}`) : line.text}
              </p>
            </li>
          ))}
        </ol>
        <MessageForm caseId={caseId} onSent={() => request.refetch()} />
      </section>

      <section aria-labelledby="data-heading">
        <h2 id="data-heading">{t("help.data.title")}</h2>
        <DownloadMyData />
        <AskErasure caseId={caseId} requestedAt={erasureRequestedAt} />
      </section>
    </>
  );
}

type Timeline = { at: string; kind: string; detail: { text?: string; from?: string; to?: string } }[];

/** Messages both ways, and the status changes between them (a status's `text` is its name). */
function lines(timeline: Timeline) {
  return timeline.flatMap(({ at, kind, detail }) => {
    if (kind === "message")
      return [{ at, who: detail.from === "newcomer" ? "you" : "advisor", text: detail.text ?? "" }];
    // An erasure request is a status line without a new status: not part of the conversation.
    return detail.to ? [{ at, who: "status", text: detail.to }] : [];
  });
}

function MessageForm({ caseId, onSent }: { caseId: string; onSent: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const send = useMutation(trpc.help.sendMessage.mutationOptions());
  const [text, setText] = useState("");
  const [status, setStatus] = useState("");
  const { errors, show, clearing } = useFieldErrors(["reply", "form"]);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (send.isPending) return;
    setStatus("");
    if (show(text.trim() ? {} : { reply: t("help.errors.message") })) return;
    send.mutate(
      { caseId, text },
      {
        onSuccess: () => {
          setText("");
          setStatus(t("help.request.sent"));
          onSent();
        },
        onError: () => show({ form: t("help.errors.send") }),
      },
    );
  }

  return (
    <form className="form" noValidate onSubmit={submit}>
      <TextField
        id="reply"
        label={t("help.request.write")}
        rows={4}
        maxLength={4000}
        value={text}
        onChange={clearing(setText)}
        required
        errors={errors}
      />
      <FormEnd submit={t("help.request.send")} pending={send.isPending} status={status} errors={errors} />
    </form>
  );
}
