import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { errorInfo, useTRPC } from "../../api";
import { isSignedIn } from "../../auth/tokens";
import { direction } from "../../languages";
import { ConfirmButton } from "../../ui/ConfirmButton";
import { Loading } from "../../ui/Loading";
import { usePageTitle } from "../../ui/usePageTitle";
import { inLanguage, usePortalLanguage } from "../language";
import { PageNotFound } from "../PageNotFound";
import type { PortalProfile } from "../types";
import { CalendarFeed } from "./CalendarFeed";
import { Failure, formatWhen, needsSignIn, SignInFirst, useMyBienvenue, useRefusal } from "./shared";

/** One event: what, when, where, seats, and the reader's own registration with its QR code. */
export default function EventPage({ profile }: { profile: PortalProfile }) {
  const { t, i18n } = useTranslation("bienvenue");
  const eventId = useParams().eventId ?? "";
  const language = usePortalLanguage();
  const trpc = useTRPC();
  const event = useQuery(trpc.bienvenue.event.queryOptions({ eventId, language }));
  const title = event.data && inLanguage(event.data.title, i18n.language, profile.defaultLanguage);
  usePageTitle(`${title?.text ?? t("events.title")} · ${profile.name}`);

  if (event.isPending) return <Loading />;
  if (event.error) {
    const { code } = errorInfo(event.error);
    if (code === "NOT_FOUND" || code === "BAD_REQUEST") return <PageNotFound />;
    return <Failure retry={() => event.refetch()} />;
  }
  const data = event.data;
  const text = (texts: Record<string, string>) => inLanguage(texts, i18n.language, profile.defaultLanguage);
  const description = text(data.description);
  const accessibility = text(data.accessibility);
  const now = new Date().toISOString();
  const open =
    (!data.opensAt || data.opensAt <= now) && (!data.closesAt || now <= data.closesAt) && now < data.startsAt;

  return (
    <>
      <p>
        <Link to="/bienvenue/events">{t("events.all")}</Link>
      </p>
      <h1 lang={title?.lang} dir={title && direction(title.lang)}>
        {title?.text}
      </h1>
      {data.status === "cancelled" && (
        <p role="status" className="failure">
          {t("event.cancelled")}
        </p>
      )}
      <dl className="details">
        <div>
          <dt>{t("event.when")}</dt>
          <dd>
            <time dateTime={data.startsAt}>{formatWhen(data.startsAt, i18n.language)}</time>
            {" – "}
            <time dateTime={data.endsAt}>{formatWhen(data.endsAt, i18n.language)}</time>
            <span className="hint"> {t("event.parisTime")}</span>
          </dd>
        </div>
        <div>
          <dt>{t("event.where")}</dt>
          <dd>
            {data.place}
            {data.onlineUrl && (
              <>
                {data.place && " · "}
                <a href={data.onlineUrl} rel="noopener noreferrer">
                  {t("event.onlineLink")}
                </a>
              </>
            )}
          </dd>
        </div>
        <div>
          <dt>{t("event.seats")}</dt>
          <dd>
            {data.seatsLeft > 0 ? t("event.seatsLeft", { count: data.seatsLeft }) : t("event.full")}
            {data.waiting > 0 && ` · ${t("event.waiting", { count: data.waiting })}`}
          </dd>
        </div>
      </dl>
      {description && (
        <div className="event-description" lang={description.lang} dir={direction(description.lang)}>
          {description.text}
        </div>
      )}
      {accessibility && (
        <section aria-labelledby="access-heading">
          <h2 id="access-heading">{t("event.accessibility")}</h2>
          <p lang={accessibility.lang} dir={direction(accessibility.lang)}>
            {accessibility.text}
          </p>
        </section>
      )}
      <Registration
        eventId={eventId}
        registration={data.registration}
        open={open && data.status === "scheduled"}
        seatsLeft={data.seatsLeft}
        maxSeats={data.maxSeatsPerRegistration}
      />
      <section aria-labelledby="calendar-heading">
        <h2 id="calendar-heading">{t("event.addToCalendar")}</h2>
        <ul className="actions">
          <li>
            <a href={data.calendar.ics} download="event.ics">
              {t("event.ics")}
            </a>
          </li>
          <li>
            <a href={data.calendar.google} rel="noopener noreferrer" target="_blank">
              {t("event.google")}
            </a>
          </li>
          <li>
            <a href={data.calendar.outlook} rel="noopener noreferrer" target="_blank">
              {t("event.outlook")}
            </a>
          </li>
        </ul>
      </section>
    </>
  );
}

type Held = {
  status: "confirmed" | "waitlisted" | "offered" | "attended";
  seats: number;
  code: string | null;
  qrSvg: string | null;
  offerExpiresAt: string | null;
} | null;

function Registration({
  eventId,
  registration,
  open,
  seatsLeft,
  maxSeats,
}: {
  eventId: string;
  registration: Held;
  open: boolean;
  seatsLeft: number;
  maxSeats: number;
}) {
  const { t, i18n } = useTranslation("bienvenue");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refusal = useRefusal();
  const mine = useMyBienvenue();
  const household = mine.data?.enrolled
    ? mine.data.profile.household.adults + mine.data.profile.household.children
    : maxSeats;
  const most = Math.max(1, Math.min(maxSeats, household));
  const [seats, setSeats] = useState(1);
  const done = () =>
    Promise.all([
      queryClient.invalidateQueries(trpc.bienvenue.event.queryFilter()),
      queryClient.invalidateQueries(trpc.bienvenue.mine.queryFilter()),
    ]);
  const register = useMutation(trpc.bienvenue.register.mutationOptions({ onSuccess: done }));
  const cancel = useMutation(trpc.bienvenue.cancel.mutationOptions({ onSuccess: done }));
  const accept = useMutation(trpc.bienvenue.acceptOffer.mutationOptions({ onSuccess: done }));
  const failed = register.error ?? cancel.error ?? accept.error;
  const heading = (
    <h2 id="registration-heading" tabIndex={-1}>
      {t("registration.title")}
    </h2>
  );

  let body: React.ReactNode;
  if (!isSignedIn() || needsSignIn(mine.error)) body = <SignInFirst why={t("registration.signInWhy")} />;
  else if (mine.isPending) body = <Loading />;
  else if (mine.error) body = <Failure retry={() => mine.refetch()} />;
  else if (!mine.data.enrolled)
    body = (
      <p>
        {t("registration.joinFirst")} <Link to="/bienvenue/join">{t("enrol.title")}</Link>
      </p>
    );
  else if (registration?.status === "confirmed" || registration?.status === "attended")
    body = (
      <>
        <p role="status" className="note">
          {registration.status === "attended"
            ? t("registration.attended")
            : t("registration.confirmed", { count: registration.seats })}
        </p>
        {registration.status === "confirmed" && registration.code && (
          <figure className="ticket">
            {registration.qrSvg && (
              <img
                src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(registration.qrSvg)}`}
                alt={t("registration.qrAlt", { code: registration.code })}
                width={200}
                height={200}
              />
            )}
            <figcaption>
              {t("registration.code")}{" "}
              <strong className="code" dir="ltr">
                {registration.code}
              </strong>
            </figcaption>
          </figure>
        )}
        {registration.status === "confirmed" && <CancelButton onConfirm={() => cancel.mutate({ eventId })} />}
      </>
    );
  else if (registration?.status === "waitlisted")
    body = (
      <>
        <p role="status" className="note">
          {t("registration.waitlisted", { count: registration.seats })}
        </p>
        <CancelButton onConfirm={() => cancel.mutate({ eventId })} />
      </>
    );
  else if (registration?.status === "offered")
    body = (
      <>
        <p role="status" className="note">
          {t("registration.offered", {
            count: registration.seats,
            until: registration.offerExpiresAt ? formatWhen(registration.offerExpiresAt, i18n.language) : "",
          })}
        </p>
        <p>
          <button type="button" onClick={() => accept.mutate({ eventId })} aria-disabled={accept.isPending}>
            {t("registration.accept")}
          </button>
        </p>
        <CancelButton onConfirm={() => cancel.mutate({ eventId })} decline />
      </>
    );
  else if (!open) body = <p>{t("registration.closed")}</p>;
  else
    body = (
      <form
        className="form inline-form"
        onSubmit={(submitted) => {
          submitted.preventDefault();
          if (!register.isPending) register.mutate({ eventId, seats });
        }}
      >
        {most > 1 && (
          <div className="field">
            <label htmlFor="seats">{t("registration.seats")}</label>
            <select id="seats" value={seats} onChange={(changed) => setSeats(Number(changed.target.value))}>
              {Array.from({ length: most }, (_, index) => index + 1).map((count) => (
                <option key={count} value={count}>
                  {count}
                </option>
              ))}
            </select>
          </div>
        )}
        <button type="submit" aria-disabled={register.isPending}>
          {seatsLeft >= seats ? t("registration.register") : t("registration.joinWaitlist")}
        </button>
        {seatsLeft < seats && <p className="hint">{t("registration.waitlistHint")}</p>}
      </form>
    );

  return (
    <section aria-labelledby="registration-heading" className="registration">
      {heading}
      {body}
      {failed && (
        <p role="alert" className="field-error">
          {refusal(failed)}
        </p>
      )}
      {mine.data?.enrolled && registration && <CalendarFeed url={mine.data.calendarFeed} />}
    </section>
  );
}

function CancelButton({ onConfirm, decline }: { onConfirm: () => void; decline?: boolean }) {
  const { t } = useTranslation("bienvenue");
  return (
    <ConfirmButton
      label={decline ? t("registration.decline") : t("registration.cancel")}
      question={t("registration.cancelQuestion")}
      confirm={decline ? t("registration.decline") : t("registration.cancelConfirm")}
      cancel={t("registration.keep")}
      onConfirm={onConfirm}
    />
  );
}
