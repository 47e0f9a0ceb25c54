import * as Mail from "../mail";
import type * as Tenant from "../tenant";
import type { Language } from "../tenant/languages";
import { addToCalendarLinks, type CalendarEvent, calendarFile, eventLink, inLanguage } from "./calendar";
import type { EventRecord } from "./event-record";
import { when } from "./messages";

type Registration = {
  email?: string;
  name: string;
  language: string;
  seats: number;
  code: string;
  offerExpiresAt?: string;
};

const asCalendar = (event: EventRecord) => event as unknown as CalendarEvent;

/** What every event e-mail says, in the reader's language and Paris time; undefined for phone guests. */
function mention(tenant: Tenant.Tenant, event: EventRecord, registration: Registration) {
  if (!registration.email) return undefined;
  const language = registration.language as Language;
  return {
    to: registration.email,
    language,
    brand: Mail.territoryBrand(tenant),
    values: {
      name: registration.name,
      title: inLanguage(event.title as Record<string, string>, language),
      when: when(language, event.startsAt),
      link: eventLink(tenant.slug, event.eventId),
    },
  };
}

async function ics(tenant: Tenant.Tenant, event: EventRecord, language: string, method: "publish" | "cancel") {
  return {
    filename: "event.ics",
    contentType: `text/calendar; charset=utf-8; method=${method.toUpperCase()}`,
    content: await calendarFile(tenant.slug, [asCalendar(event)], { language, method }),
  };
}

const where = (event: EventRecord) => event.place ?? event.onlineUrl ?? "";

/** The seat is theirs: the calendar file attached, and links for Google and Outlook. */
export async function sendConfirmed(tenant: Tenant.Tenant, event: EventRecord, registration: Registration) {
  const m = mention(tenant, event, registration);
  if (!m) return;
  await Mail.send({
    template: "eventConfirmed",
    data: {
      ...m.values,
      where: where(event),
      seats: registration.seats,
      code: registration.code,
      ...addToCalendarLinks(tenant.slug, asCalendar(event), m.language),
    },
    to: m.to,
    language: m.language,
    brand: m.brand,
    attachments: [await ics(tenant, event, m.language, "publish")],
  });
}

export async function sendWaitlisted(tenant: Tenant.Tenant, event: EventRecord, registration: Registration) {
  const m = mention(tenant, event, registration);
  if (!m) return;
  await Mail.send({ template: "eventWaitlisted", data: m.values, to: m.to, language: m.language, brand: m.brand });
}

/** A freed seat held for them until the offer expires; they take it on the event page. */
export async function sendOffered(tenant: Tenant.Tenant, event: EventRecord, registration: Registration) {
  const m = mention(tenant, event, registration);
  if (!m || !registration.offerExpiresAt) return;
  await Mail.send({
    template: "eventOffered",
    data: { ...m.values, until: when(m.language, registration.offerExpiresAt) },
    to: m.to,
    language: m.language,
    brand: m.brand,
  });
}

/** The registration is cancelled; a METHOD:CANCEL file removes the entry from their calendar. */
export async function sendCancelled(tenant: Tenant.Tenant, event: EventRecord, registration: Registration) {
  const m = mention(tenant, event, registration);
  if (!m) return;
  await Mail.send({
    template: "eventCancelled",
    data: m.values,
    to: m.to,
    language: m.language,
    brand: m.brand,
    attachments: [await ics(tenant, event, m.language, "cancel")],
  });
}

/** The organisers cancelled the whole event: the entry leaves their calendar, the link shows other events. */
export async function sendCalledOff(tenant: Tenant.Tenant, event: EventRecord, registration: Registration) {
  const m = mention(tenant, event, registration);
  if (!m) return;
  await Mail.send({
    template: "eventCalledOff",
    data: { ...m.values, link: m.values.link.replace(/\/[^/]+$/, "") },
    to: m.to,
    language: m.language,
    brand: m.brand,
    attachments: [await ics(tenant, event, m.language, "cancel")],
  });
}

export async function sendReminder(tenant: Tenant.Tenant, event: EventRecord, registration: Registration) {
  const m = mention(tenant, event, registration);
  if (!m) return;
  await Mail.send({
    template: "eventReminder",
    data: { ...m.values, where: where(event), code: registration.code },
    to: m.to,
    language: m.language,
    brand: m.brand,
  });
}
