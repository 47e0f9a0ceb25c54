import { randomUUID } from "node:crypto";
import * as z from "zod";
import { assertCan } from "../auth/roles";
import { assertActor, useTenant } from "../context";
import { db, isConditionFailure, transact, unlessChanged } from "../db";
import { VisibleError } from "../error";
import { fn } from "../fn";
import { singleLine } from "../single-line";
import * as Tenant from "../tenant";
import { languageCodes } from "../tenant/languages";
import { addToCalendarLinks, type CalendarEvent, calendarFile, icsPath, inLanguage } from "./calendar";
import { type EventRecord, eventId, mustFind } from "./event-record";
import { counterUpdates, eventDescribed } from "./outcomes/counters";
import { fromParis, parisTime, toParis } from "./paris-time";
import { cancelEveryone, promote } from "./registrations";

const perLanguage = (max: number) => z.partialRecord(z.enum(languageCodes), z.string().trim().min(1).max(max));
const perLanguageLine = (max: number) => z.partialRecord(z.enum(languageCodes), singleLine(max).min(1));

const audience = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("all") }),
  z.object({ kind: z.literal("cohort"), cohort: z.string().regex(/^\d{4}-\d{2}$/, "Use a month like 2026-09.") }),
  z.object({ kind: z.literal("interest"), interest: z.string().max(40) }),
]);

const eventFields = z.object({
  title: perLanguageLine(200).refine(
    (titles) => Object.keys(titles).length > 0,
    "Give the title in at least one language.",
  ),
  description: perLanguage(4000).default({}),
  accessibility: perLanguage(1000).default({}),
  place: singleLine(300).optional(),
  onlineUrl: z.url("Give the full link, starting with https://").max(500).optional(),
  starts: parisTime,
  /** Defaults to two hours after the start. */
  ends: parisTime.optional(),
  capacity: z.number().int().min(1, "At least one seat.").max(100_000),
  maxSeatsPerRegistration: z.number().int().min(1).max(20).default(6),
  opens: parisTime.optional(),
  closes: parisTime.optional(),
  audience: audience.default({ kind: "all" }),
  promotion: z.enum(["auto", "offer"]).default("auto"),
});

function instants(input: z.output<typeof eventFields>) {
  const startsAt = fromParis(input.starts);
  const endsAt = input.ends ? fromParis(input.ends) : new Date(Date.parse(startsAt) + 2 * 3_600_000).toISOString();
  if (endsAt <= startsAt)
    throw new VisibleError("input", "ends_before_start", "ends: the event must end after it starts.", "ends");
  const opensAt = input.opens ? fromParis(input.opens) : undefined;
  const closesAt = input.closes ? fromParis(input.closes) : undefined;
  if (opensAt && closesAt && closesAt <= opensAt)
    throw new VisibleError("input", "closes_before_opens", "closes: registration must close after it opens.", "closes");
  return { startsAt, endsAt, opensAt, closesAt };
}

/** The stored fields an editor sets (capacity aside, which moves the seat counts). */
function editable(input: z.output<typeof eventFields>) {
  const { starts: _s, ends: _e, opens: _o, closes: _c, capacity: _cap, ...rest } = input;
  const { opensAt, closesAt, ...times } = instants(input);
  return {
    ...rest,
    ...times,
    ...(opensAt ? { opensAt } : {}),
    ...(closesAt ? { closesAt } : {}),
  };
}

/** The outcome counter naming the event, written with every change to it. */
async function described(
  tenantId: string,
  id: string,
  input: { title: Record<string, string>; capacity: number },
  startsAt: string,
) {
  const tenant = await Tenant.current();
  return counterUpdates(
    tenantId,
    eventDescribed({
      eventId: id,
      title: inLanguage(input.title, tenant.defaultLanguage),
      startsAt,
      capacity: input.capacity,
    }),
  );
}

export const create = fn(eventFields, async (input) => {
  assertCan("events.write");
  const tenantId = useTenant();
  const id = randomUUID();
  const fields = editable(input);
  await transact([
    {
      Put: db()
        .entities.event.create({
          tenantId,
          eventId: id,
          ...fields,
          capacity: input.capacity,
          freeSeats: input.capacity,
          createdAt: new Date().toISOString(),
        })
        .params(),
    },
    ...(await described(tenantId, id, input, fields.startsAt)),
  ]);
  return editorView(await mustFind(id));
});

/**
 * Changes an event. Attendees' calendars follow (SEQUENCE is raised); more seats promote the
 * waitlist at once, fewer seats never unseat anyone already confirmed.
 */
export const update = fn(
  eventFields.extend({ eventId, expectedVersion: z.number().int().min(1) }),
  async ({ eventId: id, expectedVersion, ...input }) => {
    assertCan("events.write");
    const tenantId = useTenant();
    const current = await mustFind(id);
    if (current.status === "cancelled")
      throw new VisibleError("conflict", "event_cancelled", "eventId: this event has been cancelled.", "eventId");
    const added = input.capacity - current.capacity;
    const fields = editable(input);
    // What the editor left empty is removed: a window cleared, a place replaced by an online link.
    const cleared = (["place", "onlineUrl", "opensAt", "closesAt"] as const).filter(
      (name) => fields[name] === undefined,
    );
    const patch = db()
      .entities.event.patch({ tenantId, eventId: id })
      .set({ ...fields, capacity: input.capacity })
      .add({ freeSeats: added, sequence: 1, version: 1 });
    const counter = await described(tenantId, id, input, fields.startsAt);
    await unlessChanged("this event", () =>
      transact([
        {
          Update: (cleared.length ? patch.remove([...cleared]) : patch)
            .where((attr, { eq }) => eq(attr.version, expectedVersion))
            .params(),
        },
        ...counter,
      ]),
    );
    if (added > 0) await promote(id);
    return editorView(await mustFind(id));
  },
);

/**
 * Cancels the whole event: it leaves the lists, and every person holding a seat, an offer or a
 * place on the waitlist is told, with a METHOD:CANCEL file for their calendar.
 */
export const cancel = fn(
  z.object({ eventId, expectedVersion: z.number().int().min(1) }),
  async ({ eventId: id, expectedVersion }) => {
    assertCan("events.write");
    const tenantId = useTenant();
    try {
      await db()
        .entities.event.patch({ tenantId, eventId: id })
        .set({ status: "cancelled" })
        .add({ sequence: 1, version: 1 })
        .where((attr, { eq }) => `${eq(attr.version, expectedVersion)} AND ${eq(attr.status, "scheduled")}`)
        .go();
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      const current = await mustFind(id);
      if (current.status === "cancelled") return { ...editorView(current), cancelledRegistrations: 0 };
      throw new VisibleError(
        "conflict",
        "stale_version",
        "This event changed meanwhile. Reload it.",
        "expectedVersion",
      );
    }
    const cancelledRegistrations = await cancelEveryone(await mustFind(id));
    return { ...editorView(await mustFind(id)), cancelledRegistrations };
  },
);

/** What the portal shows of an event: no registrations, seats left. */
function publicView(event: EventRecord) {
  return {
    eventId: event.eventId,
    title: event.title as Record<string, string>,
    description: (event.description ?? {}) as Record<string, string>,
    accessibility: (event.accessibility ?? {}) as Record<string, string>,
    place: event.place ?? null,
    onlineUrl: event.onlineUrl ?? null,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    capacity: event.capacity,
    seatsLeft: Math.max(0, event.waiting > 0 ? 0 : event.freeSeats),
    waiting: event.waiting,
    maxSeatsPerRegistration: event.maxSeatsPerRegistration,
    opensAt: event.opensAt ?? null,
    closesAt: event.closesAt ?? null,
    audience: event.audience,
    status: event.status,
  };
}

/** What the events editor works on: the event as entered, in Paris time, with its version. */
function editorView(event: EventRecord) {
  return {
    id: event.eventId,
    ...publicView(event),
    starts: toParis(event.startsAt),
    ends: toParis(event.endsAt),
    opens: event.opensAt ? toParis(event.opensAt) : null,
    closes: event.closesAt ? toParis(event.closesAt) : null,
    promotion: event.promotion,
    sequence: event.sequence,
    version: event.version,
  };
}

/** Upcoming events, soonest first: one Query. */
export const upcoming = fn(
  z.object({ from: z.iso.datetime().max(40).optional(), limit: z.number().int().min(1).max(100).default(50) }),
  async ({ from, limit }) => {
    assertActor("visitor", "newcomer", "staff", "system");
    const since = from ?? new Date().toISOString();
    const page = await db()
      .entities.event.query.byStart({ tenantId: useTenant() })
      .gte({ startsAt: since })
      .go({ limit });
    return page.data.filter((event) => event.status === "scheduled").map(publicView);
  },
);

/**
 * The portal's event page: the event, and the signed-in person's registration (two reads at most),
 * with the links that put it in a calendar and, once the seat is theirs, the QR code staff scan.
 */
export const page = fn(
  z.object({ eventId, language: z.enum(languageCodes).optional() }),
  async ({ eventId: id, language }) => {
    const actor = assertActor("visitor", "newcomer");
    const tenantId = useTenant();
    const [event, mine, tenant] = await Promise.all([
      db().entities.event.get({ tenantId, eventId: id }).go(),
      actor.type === "newcomer"
        ? db().entities.registration.get({ tenantId, eventId: id, who: actor.email }).go()
        : null,
      Tenant.current(),
    ]);
    if (!event.data) throw new VisibleError("not-found", "event_not_found", "eventId: no such event.", "eventId");
    const registration = mine?.data;
    const holds = registration?.status === "confirmed" || registration?.status === "attended";
    const reader = language ?? tenant.defaultLanguage;
    return {
      ...publicView(event.data),
      calendar: {
        ics: icsPath(id, reader),
        ...addToCalendarLinks(tenant.slug, event.data as unknown as CalendarEvent, reader),
      },
      registration:
        registration && registration.status !== "cancelled"
          ? {
              status: registration.status,
              seats: registration.seats,
              code: holds ? registration.code : null,
              // The code alone: the check-in page reads it the same whether scanned or typed.
              qrSvg: holds
                ? await import("qrcode").then(({ default: QRCode }) =>
                    QRCode.toString(registration.code, { type: "svg", margin: 2 }),
                  )
                : null,
              offerExpiresAt: registration.offerExpiresAt ?? null,
            }
          : null,
    };
  },
);

/** The staff view: the event with seat counts and every registration, in waitlist order. */
export const show = fn(z.object({ eventId }), async ({ eventId: id }) => {
  assertCan("enrolees.read");
  const file = await db()
    .collections.eventFile({ tenantId: useTenant(), eventId: id })
    .go({ pages: "all", consistent: true });
  const event = file.data.event[0];
  if (!event) throw new VisibleError("not-found", "event_not_found", "eventId: no such event.", "eventId");
  const registrations = file.data.registration.sort((a, b) => a.position.localeCompare(b.position));
  const seats = (status: string) =>
    registrations.filter((r) => r.status === status).reduce((sum, r) => sum + r.seats, 0);
  return {
    ...editorView(event),
    confirmed: seats("confirmed") + seats("attended"),
    waitlisted: seats("waitlisted"),
    offered: seats("offered"),
    attended: seats("attended"),
    registrations: registrations.map((r) => ({
      email: r.email ?? null,
      phone: r.phone ?? null,
      name: r.name,
      status: r.status,
      seats: r.seats,
      code: r.code,
      byStaff: r.byStaff,
      offerExpiresAt: r.offerExpiresAt ?? null,
      attendedAt: r.attendedAt ?? null,
      registeredAt: r.createdAt,
    })),
  };
});

/** The event's calendar file, as published on its page. */
export const ics = fn(z.object({ eventId, language: z.enum(languageCodes).optional() }), async (input) => {
  assertActor("visitor", "newcomer", "staff", "system");
  const tenant = await Tenant.current();
  const event = await mustFind(input.eventId);
  return calendarFile(tenant.slug, [event as Parameters<typeof calendarFile>[1][number]], {
    language: input.language ?? tenant.defaultLanguage,
    method: "publish",
  });
});
