import "./checkin.css";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { errorInfo, useTRPC } from "../../../api";
import { Loading } from "../../../ui/Loading";
import { usePageTitle } from "../../../ui/usePageTitle";
import { useFormat } from "../../format";
import { QueryFailure } from "../../QueryFailure";
import { eventTitle } from "./eventTitle";
import { Scanner } from "./Scanner";

/** What a ticket's QR code or a typed code becomes: six letters and digits, as printed. */
const asCode = (text: string) => text.trim().toUpperCase().replace(/\s+/g, "");
const codeShape = /^[A-Z0-9]{6}$/;

type Outcome = { kind: "in" | "again" | "refused"; text: string };

/**
 * The door of one event, on a phone: scan each ticket's QR code (or type its short code) to
 * mark the person present; the page lists who has come and who is still expected.
 */
export default function CheckInPage() {
  const { t, i18n } = useTranslation("checkin");
  const eventId = useParams().eventId ?? "";
  const format = useFormat();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  // Several staff may check people in at once: each phone follows the others.
  const event = useQuery({ ...trpc.bienvenueConsole.event.queryOptions({ eventId }), refetchInterval: 15_000 });
  const checkIn = useMutation(trpc.bienvenueConsole.checkIn.mutationOptions());
  const [code, setCode] = useState("");
  const [scanning, setScanning] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  const field = useRef<HTMLInputElement>(null);
  const title = event.data ? eventTitle(event.data.title, i18n.language) : t("page.title");
  usePageTitle(t("page.pageTitle", { event: title }));

  function mark(raw: string) {
    const typed = asCode(raw);
    if (!codeShape.test(typed)) {
      setOutcome({ kind: "refused", text: t("result.shape") });
      return;
    }
    checkIn.mutate(
      { eventId, code: typed },
      {
        onSuccess: (registration) => {
          setCode("");
          setOutcome({
            kind: registration.alreadyCheckedIn ? "again" : "in",
            text: t(registration.alreadyCheckedIn ? "result.again" : "result.in", {
              name: registration.name,
              count: registration.seats,
            }),
          });
          void queryClient.invalidateQueries(trpc.bienvenueConsole.event.queryFilter({ eventId }));
        },
        onError: (error) => {
          const { reason } = errorInfo(error);
          setOutcome({ kind: "refused", text: t(`result.${reason}`, { defaultValue: errorInfo(error).message }) });
        },
        onSettled: () => {
          if (!scanning) field.current?.focus();
        },
      },
    );
  }

  function submit(submitted: FormEvent) {
    submitted.preventDefault();
    if (!checkIn.isPending) mark(code);
  }

  if (event.isPending) return <Loading />;
  if (event.error) return <QueryFailure error={event.error} retry={() => event.refetch()} />;
  const registrations = event.data.registrations;
  const came = registrations.filter((r) => r.status === "attended");
  const expected = registrations.filter((r) => r.status === "confirmed");

  return (
    <div className="checkin">
      <p>
        <Link to="/console/bienvenue/checkin">{t("page.otherEvent")}</Link>
      </p>
      <h1>{title}</h1>
      <p className="hint">{format.moment(event.data.startsAt)}</p>
      <p className="checkin-count">
        {t("page.count", { attended: event.data.attended, confirmed: event.data.confirmed })}
      </p>
      <form className="form inline-form" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="code">{t("page.code")}</label>
          <input
            id="code"
            ref={field}
            value={code}
            onChange={(changed) => setCode(changed.target.value)}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={12}
            aria-describedby="code-hint"
          />
          <p id="code-hint" className="hint">
            {t("page.codeHint")}
          </p>
        </div>
        <button type="submit" aria-disabled={checkIn.isPending}>
          {t("page.checkIn")}
        </button>
      </form>
      <p role="status" className={outcome ? `checkin-result ${outcome.kind}` : "checkin-result"}>
        {outcome?.text ?? ""}
      </p>
      {scanning ? (
        <Scanner onCode={mark} onClose={() => setScanning(false)} />
      ) : (
        <p>
          <button type="button" onClick={() => setScanning(true)}>
            {t("scan.open")}
          </button>
        </p>
      )}
      <section aria-labelledby="came-heading">
        <h2 id="came-heading">{t("lists.came", { count: came.length })}</h2>
        {came.length === 0 ? (
          <p>{t("lists.nobodyYet")}</p>
        ) : (
          <ul className="requests">
            {came
              .sort((a, b) => (b.attendedAt ?? "").localeCompare(a.attendedAt ?? ""))
              .map((r) => (
                <li key={r.code}>
                  {r.name} <span className="badge">{t("lists.seats", { count: r.seats })}</span>
                  {r.attendedAt && <p className="hint">{t("lists.at", { time: format.moment(r.attendedAt) })}</p>}
                </li>
              ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="expected-heading">
        <h2 id="expected-heading">{t("lists.expected", { count: expected.length })}</h2>
        {expected.length === 0 ? (
          <p>{t("lists.allHere")}</p>
        ) : (
          <ul className="requests">
            {expected
              .sort((a, b) => a.name.localeCompare(b.name))
              .map((r) => (
                <li key={r.code}>
                  {r.name} <span className="badge">{t("lists.seats", { count: r.seats })}</span>
                </li>
              ))}
          </ul>
        )}
      </section>
    </div>
  );
}
