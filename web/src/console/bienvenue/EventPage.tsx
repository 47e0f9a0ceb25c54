import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { errorInfo, useTRPC } from "../../api";
import { ConfirmButton } from "../../ui/ConfirmButton";
import { FormEnd } from "../../ui/FormEnd";
import { useFieldErrors } from "../../ui/fieldErrors";
import { Loading } from "../../ui/Loading";
import { TextField } from "../../ui/TextField";
import { useDownload } from "../../ui/useDownload";
import { useFormat } from "../format";
import { QueryFailure } from "../QueryFailure";
import { BienvenuePage, inLanguage, useTenantLanguages } from "./BienvenuePage";
import { type EventDraft, EventForm, eventInput } from "./EventForm";

/** One event for its organisers: its details to edit, its registrations, guests who phoned, cancelling it. */
export function EventPage() {
  const { eventId = "" } = useParams();
  const { t, i18n } = useTranslation("bienvenue");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { defaultLanguage, ready } = useTenantLanguages();
  const event = useQuery(trpc.bienvenueConsole.event.queryOptions({ eventId }));
  const update = useMutation(trpc.bienvenueConsole.updateEvent.mutationOptions());
  const cancelEvent = useMutation(trpc.bienvenueConsole.cancelEvent.mutationOptions());
  const [status, setStatus] = useState("");
  const refresh = () => queryClient.invalidateQueries(trpc.bienvenueConsole.pathFilter());

  if (event.isPending || !ready)
    return (
      <BienvenuePage title={t("event.title")}>
        <Loading />
      </BienvenuePage>
    );
  if (event.error)
    return (
      <BienvenuePage title={t("event.title")}>
        <QueryFailure error={event.error} retry={() => event.refetch()} />
      </BienvenuePage>
    );
  const current = event.data;
  const title = inLanguage(current.title, i18n.language, defaultLanguage);
  const audience = current.audience as { kind: "all" | "cohort" | "interest"; cohort?: string; interest?: string };
  const draft: EventDraft = {
    title: current.title,
    description: current.description,
    accessibility: current.accessibility,
    where: current.onlineUrl ? "online" : "place",
    place: current.place ?? "",
    onlineUrl: current.onlineUrl ?? "",
    starts: current.starts,
    ends: current.ends,
    capacity: String(current.capacity),
    maxSeatsPerRegistration: String(current.maxSeatsPerRegistration),
    opens: current.opens ?? "",
    closes: current.closes ?? "",
    audience: audience.kind,
    cohort: audience.cohort ?? "",
    interest: audience.interest ?? "",
    promotion: current.promotion,
  };
  const cancelled = current.status === "cancelled";

  return (
    <BienvenuePage title={title}>
      <p role="status" className="status">
        {status}
      </p>
      <p>
        {cancelled
          ? t("event.cancelledNote")
          : t("event.counts", {
              confirmed: current.confirmed,
              capacity: current.capacity,
              waitlisted: current.waitlisted,
              offered: current.offered,
              attended: current.attended,
            })}
      </p>
      <Registrations eventId={eventId} registrations={current.registrations} onChange={refresh} />
      {!cancelled && <GuestRegistration eventId={eventId} onRegistered={refresh} />}
      {!cancelled && (
        <section aria-labelledby="edit-heading">
          <h2 id="edit-heading">{t("event.edit")}</h2>
          <EventForm
            key={current.version}
            initial={draft}
            submit={t("eventForm.save")}
            pending={update.isPending}
            onSubmit={async (changed) => {
              await update.mutateAsync({ eventId, expectedVersion: current.version, ...eventInput(changed) });
              setStatus(t("event.saved"));
              await refresh();
            }}
          />
        </section>
      )}
      {!cancelled && (
        <section aria-labelledby="cancel-heading">
          <h2 id="cancel-heading">{t("event.cancelTitle")}</h2>
          <p>{t("event.cancelIntro")}</p>
          <ConfirmButton
            label={t("event.cancel")}
            question={t("event.cancelQuestion", { title })}
            confirm={t("event.cancelConfirm")}
            cancel={t("event.keep")}
            pending={cancelEvent.isPending}
            onConfirm={async () => {
              try {
                const result = await cancelEvent.mutateAsync({ eventId, expectedVersion: current.version });
                setStatus(t("event.cancelledStatus", { count: result.cancelledRegistrations }));
              } catch (error) {
                setStatus(errorInfo(error).message);
              }
              await refresh();
            }}
          />
        </section>
      )}
    </BienvenuePage>
  );
}

type Registration = {
  email: string | null;
  phone: string | null;
  name: string;
  status: string;
  seats: number;
  code: string;
  attendedAt: string | null;
  offerExpiresAt: string | null;
};

function Registrations({
  eventId,
  registrations,
  onChange,
}: {
  eventId: string;
  registrations: Registration[];
  onChange: () => Promise<unknown>;
}) {
  const { t } = useTranslation("bienvenue");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const format = useFormat();
  const cancel = useMutation(trpc.bienvenueConsole.cancelRegistration.mutationOptions());
  const { save, failed } = useDownload();
  const [message, setMessage] = useState("");
  return (
    <section aria-labelledby="registrations-heading">
      <h2 id="registrations-heading">{t("registrations.title")}</h2>
      <p role="status" className="status">
        {message}
      </p>
      {registrations.length === 0 ? (
        <p>{t("registrations.none")}</p>
      ) : (
        <table>
          <caption>{t("registrations.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("registrations.name")}</th>
              <th scope="col">{t("registrations.contact")}</th>
              <th scope="col">{t("registrations.seats")}</th>
              <th scope="col">{t("registrations.status")}</th>
              <th scope="col">{t("registrations.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {registrations.map((registration) => (
              <tr key={registration.email ?? registration.phone}>
                <th scope="row">{registration.name}</th>
                <td>{registration.email ?? registration.phone}</td>
                <td>{format.number(registration.seats)}</td>
                <td>
                  {t(`registrations.statuses.${registration.status}`)}
                  {registration.offerExpiresAt &&
                    ` — ${t("registrations.until", { when: format.moment(registration.offerExpiresAt) })}`}
                </td>
                <td>
                  {registration.status !== "cancelled" && registration.status !== "attended" && (
                    <button
                      type="button"
                      className="secondary small"
                      aria-label={t("registrations.cancelOf", { name: registration.name })}
                      onClick={async () => {
                        try {
                          await cancel.mutateAsync({
                            eventId,
                            ...(registration.email
                              ? { email: registration.email }
                              : { phone: registration.phone ?? "" }),
                          });
                          setMessage(t("registrations.cancelled", { name: registration.name }));
                        } catch (error) {
                          setMessage(errorInfo(error).message);
                        }
                        await onChange();
                      }}
                    >
                      {t("registrations.cancel")}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button
        type="button"
        className="secondary"
        onClick={() =>
          save(async () => ({
            name: `attendance-${eventId.slice(0, 8)}.csv`,
            content: await queryClient.fetchQuery(trpc.bienvenueConsole.attendanceExport.queryOptions({ eventId })),
            type: "text/csv;charset=utf-8",
          }))
        }
      >
        {t("registrations.csv")}
      </button>
      {failed && (
        <p role="alert" className="field-error">
          {t("registrations.csvFailed")}
        </p>
      )}
    </section>
  );
}

const guestOrder = ["name", "email", "phone", "seats"];

/** Someone phoned: staff register them, with an e-mail or only a phone number. */
function GuestRegistration({ eventId, onRegistered }: { eventId: string; onRegistered: () => Promise<unknown> }) {
  const { t } = useTranslation("bienvenue");
  const trpc = useTRPC();
  const register = useMutation(trpc.bienvenueConsole.registerGuest.mutationOptions());
  const [guest, setGuest] = useState({ name: "", email: "", phone: "", seats: "1" });
  const [status, setStatus] = useState("");
  const { errors, showFailure, clearing } = useFieldErrors(guestOrder);
  const set = clearing((patch: Partial<typeof guest>) => setGuest((current) => ({ ...current, ...patch })));
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (register.isPending) return;
    try {
      const result = await register.mutateAsync({
        eventId,
        name: guest.name,
        ...(guest.email.trim() ? { email: guest.email.trim() } : {}),
        ...(guest.phone.trim() ? { phone: guest.phone.trim() } : {}),
        seats: Number(guest.seats),
      });
      setStatus(t("guest.registered", { name: guest.name, status: t(`registrations.statuses.${result.status}`) }));
      setGuest({ name: "", email: "", phone: "", seats: "1" });
      await onRegistered();
    } catch (error) {
      showFailure(error);
    }
  }
  return (
    <section aria-labelledby="guest-heading">
      <h2 id="guest-heading">{t("guest.title")}</h2>
      <p>{t("guest.intro")}</p>
      <form onSubmit={submit} noValidate>
        <TextField
          id="name"
          label={t("guest.name")}
          maxLength={120}
          value={guest.name}
          onChange={(name) => set({ name })}
          required
          errors={errors}
        />
        <TextField
          id="email"
          type="email"
          label={t("guest.email")}
          maxLength={254}
          value={guest.email}
          onChange={(email) => set({ email })}
          errors={errors}
        />
        <TextField
          id="phone"
          type="tel"
          label={t("guest.phone")}
          maxLength={30}
          value={guest.phone}
          onChange={(phone) => set({ phone })}
          errors={errors}
        />
        <TextField
          id="seats"
          type="number"
          label={t("guest.seats")}
          min={1}
          max={20}
          value={guest.seats}
          onChange={(seats) => set({ seats })}
          errors={errors}
        />
        <FormEnd submit={t("guest.submit")} pending={register.isPending} status={status} errors={errors} />
      </form>
    </section>
  );
}
