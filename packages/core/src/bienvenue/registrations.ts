import { randomBytes, randomUUID } from "node:crypto";
import * as z from "zod";
import { assertCan } from "../auth/roles";
import { assertActor, useTenant, withActor } from "../context";
import { cancellationReasons, db, type TransactItem, transact } from "../db";
import { VisibleError } from "../error";
import { fn } from "../fn";
import { singleLine } from "../single-line";
import * as Tenant from "../tenant";
import { languageCodes } from "../tenant/languages";
import { type EventRecord, eventId, mustFind } from "./event-record";
import { sendCalledOff, sendCancelled, sendConfirmed, sendOffered, sendWaitlisted } from "./events-mail";
import { email } from "./fields";
import { counterUpdates, eventSeats } from "./outcomes/counters";

const offerHours = 24;
/** Hundreds of people may claim one event's seats at once; each claim waits its turn. */
const contended = { retries: 60 };

type Person = { email?: string; phone?: string; name: string; language: string };
type Registration = NonNullable<Awaited<ReturnType<typeof findRegistration>>>;

const codeAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
/** Six characters a person can read out or type at the door (no 0/O, 1/I). */
function shortCode() {
  return [...randomBytes(6)].map((byte) => codeAlphabet[byte % codeAlphabet.length]).join("");
}

const whoOf = (person: Person) => person.email ?? `phone:${person.phone}`;

async function findRegistration(id: string, who: string) {
  return (await db().entities.registration.get({ tenantId: useTenant(), eventId: id, who }).go({ consistent: true }))
    .data;
}

/** The event's outcome counter: seats confirmed (negative when freed) and people checked in. */
const seatCounter = (tenantId: string, id: string, change: { confirmed?: number; attended?: number }) =>
  counterUpdates(tenantId, eventSeats({ eventId: id, ...change }));

const failedAt = (error: unknown, index: number) => cancellationReasons(error)[index] === "ConditionalCheckFailed";

/**
 * Claims seats for one person. A confirmed seat is taken in one transaction with the seat count,
 * on the condition that enough seats are free and nobody waits ahead; otherwise the person joins
 * the waitlist. Registering twice returns the first registration.
 */
async function claim(event: EventRecord, person: Person, seats: number, byStaff: boolean): Promise<Registration> {
  const { tenantId, eventId: id } = event;
  const now = new Date().toISOString();
  const who = whoOf(person);
  const base = {
    tenantId,
    eventId: id,
    who,
    ...person,
    seats,
    position: `${now}#${randomUUID().slice(0, 8)}`,
    code: shortCode(),
    byStaff,
    createdAt: now,
    updatedAt: now,
  };
  const registration = (status: "confirmed" | "waitlisted"): TransactItem => ({
    Put: db()
      .entities.registration.put({ ...base, status })
      .where((attr, { notExists, eq }) => `${notExists(attr.status)} OR ${eq(attr.status, "cancelled")}`)
      .params(),
  });
  const pointer: TransactItem[] = person.email
    ? [
        {
          Put: db()
            .entities.enroleeEvent.put({ tenantId, email: person.email, eventId: id, startsAt: event.startsAt })
            .params(),
        },
      ]
    : [];
  const tenant = await Tenant.current();
  try {
    await transact(
      [
        registration("confirmed"),
        {
          Update: db()
            .entities.event.patch({ tenantId, eventId: id })
            .add({ freeSeats: -seats, confirmedSeats: seats })
            .where(
              (attr, { gte, eq }) =>
                `${gte(attr.freeSeats, seats)} AND ${eq(attr.waiting, 0)} AND ${eq(attr.status, "scheduled")}`,
            )
            .params(),
        },
        ...pointer,
        ...seatCounter(tenantId, id, { confirmed: seats }),
      ],
      contended,
    );
    const confirmed = { ...base, status: "confirmed" as const };
    await sendConfirmed(tenant, event, confirmed);
    return confirmed as Registration;
  } catch (error) {
    if (failedAt(error, 0)) return (await findRegistration(id, who)) as Registration;
    if (!failedAt(error, 1)) throw error;
  }
  try {
    await transact(
      [
        registration("waitlisted"),
        {
          Update: db()
            .entities.event.patch({ tenantId, eventId: id })
            .add({ waiting: 1 })
            .where((attr, { eq }) => eq(attr.status, "scheduled"))
            .params(),
        },
        ...pointer,
      ],
      contended,
    );
  } catch (error) {
    if (failedAt(error, 0)) return (await findRegistration(id, who)) as Registration;
    if (failedAt(error, 1))
      throw new VisibleError("conflict", "event_cancelled", "eventId: this event has been cancelled.", "eventId");
    throw error;
  }
  await sendWaitlisted(tenant, event, base);
  // A seat may have been freed between the failed claim and joining the list: nobody is left waiting for it.
  await promote(id);
  return (await findRegistration(id, who)) as Registration;
}

function view(registration: Registration) {
  return {
    eventId: registration.eventId,
    email: registration.email ?? null,
    phone: registration.phone ?? null,
    name: registration.name,
    status: registration.status,
    seats: registration.seats,
    code: registration.status === "confirmed" || registration.status === "attended" ? registration.code : null,
    offerExpiresAt: registration.offerExpiresAt ?? null,
  };
}

/** A signed-in enrolee registers on the portal, within the window and the event's audience. */
export const register = fn(
  z.object({ eventId, seats: z.number().int().min(1).max(20).default(1) }),
  async ({ eventId: id, seats }) => {
    const actor = assertActor("newcomer");
    const tenantId = useTenant();
    const [event, enrolee] = await Promise.all([
      mustFind(id),
      db().entities.enrolee.get({ tenantId, email: actor.email }).go(),
    ]);
    const person = enrolee.data;
    if (!person)
      throw new VisibleError("forbidden", "not_enrolled", "Join the Bienvenue programme to register for its events.");
    const now = new Date().toISOString();
    if ((event.opensAt && now < event.opensAt) || (event.closesAt && now > event.closesAt) || now > event.startsAt)
      throw new VisibleError("conflict", "registration_closed", "eventId: registration is not open.", "eventId");
    const audience = event.audience as { kind: string; cohort?: string; interest?: string };
    const inAudience =
      audience.kind === "all" ||
      (audience.kind === "cohort" && person.enrolledOn.startsWith(audience.cohort ?? "")) ||
      (audience.kind === "interest" && (person.interests ?? []).includes(audience.interest ?? ""));
    if (!inAudience)
      throw new VisibleError("forbidden", "not_in_audience", "This event is for another group of the programme.");
    const household = person.household as { adults?: number; children?: number } | undefined;
    const householdSize = household
      ? (household.adults ?? 1) + (household.children ?? 0)
      : event.maxSeatsPerRegistration;
    if (seats > Math.min(event.maxSeatsPerRegistration, householdSize))
      throw new VisibleError(
        "input",
        "too_many_seats",
        `seats: at most ${Math.min(event.maxSeatsPerRegistration, householdSize)} for your registration.`,
        "seats",
      );
    return view(await claim(event, { email: actor.email, name: person.name, language: person.language }, seats, false));
  },
);

/** Staff register someone, e.g. a guest who phoned and is not enrolled; so does the operator's CLI. */
export const registerByStaff = fn(
  z
    .object({
      eventId,
      name: singleLine(120).min(1, "Give the person's name."),
      email: email.optional(),
      phone: z
        .string()
        .trim()
        .max(30)
        .regex(/^\+?[0-9 ().-]{6,}$/, "Use digits, spaces and + only.")
        .optional(),
      language: z.enum(languageCodes).default("fr"),
      seats: z.number().int().min(1).max(20).default(1),
    })
    .refine((input) => input.email || input.phone, { path: ["email"], message: "Give an e-mail or a phone number." }),
  async ({ eventId: id, seats, ...person }) => {
    assertCan("enrolees.manage");
    const event = await mustFind(id);
    if (seats > event.maxSeatsPerRegistration)
      throw new VisibleError(
        "input",
        "too_many_seats",
        `seats: at most ${event.maxSeatsPerRegistration} per registration for this event.`,
        "seats",
      );
    const phone = person.phone?.replace(/[^+0-9]/g, "");
    return view(await claim(event, { ...person, phone }, seats, true));
  },
);

/** The seat-count change that gives back what a registration held. */
function released(event: EventRecord, registration: Registration): TransactItem[] {
  const { tenantId, eventId: id } = event;
  const patch = db().entities.event.patch({ tenantId, eventId: id });
  const seats = registration.seats;
  if (registration.status === "waitlisted") return [{ Update: patch.add({ waiting: -1 }).params() }];
  const counter = registration.status === "confirmed" ? seatCounter(tenantId, id, { confirmed: -seats }) : [];
  const counts =
    registration.status === "confirmed"
      ? patch.add({ freeSeats: seats, confirmedSeats: -seats })
      : patch.add({ freeSeats: seats, offeredSeats: -seats });
  const offer =
    registration.status === "offered" && registration.offerExpiresAt
      ? [
          {
            Delete: db()
              .entities.seatOffer.delete({
                tenantId,
                expiresAt: registration.offerExpiresAt,
                eventId: id,
                who: registration.who,
              })
              .params(),
          },
        ]
      : [];
  return [{ Update: counts.params() }, ...offer, ...counter];
}

/**
 * Cancels a registration and gives its seats to the waitlist, in order. The status it had is
 * the condition, so a registration promoted or checked in meanwhile is read again first.
 */
async function cancel(id: string, who: string, expected?: Registration["status"]) {
  const event = await mustFind(id);
  for (let attempt = 0; attempt < 5; attempt++) {
    const registration = await findRegistration(id, who);
    if (!registration)
      throw new VisibleError("not-found", "registration_not_found", "No registration for this person.", "email");
    if (registration.status === "cancelled") return view(registration);
    if (registration.status === "attended")
      throw new VisibleError("conflict", "already_attended", "This person has already been checked in.");
    if (expected && registration.status !== expected) return view(registration);
    try {
      await transact(
        [
          {
            Update: db()
              .entities.registration.patch({ tenantId: event.tenantId, eventId: id, who })
              .set({ status: "cancelled", updatedAt: new Date().toISOString() })
              .where((attr, { eq }) => eq(attr.status, registration.status))
              .params(),
          },
          ...released(event, registration),
        ],
        contended,
      );
    } catch (error) {
      if (failedAt(error, 0)) continue;
      throw error;
    }
    if (registration.status !== "waitlisted") await sendCancelled(await Tenant.current(), event, registration);
    await promote(id);
    return view({ ...registration, status: "cancelled" });
  }
  throw new VisibleError("conflict", "busy", "This registration is changing right now. Please try again.");
}

/**
 * The event is cancelled as a whole: every registration still holding a seat, an offer or a
 * place in line is cancelled (each on the status it had) and its person told. Returns how many.
 */
export async function cancelEveryone(event: EventRecord): Promise<number> {
  const { tenantId, eventId: id } = event;
  const tenant = await Tenant.current();
  const registrations = await db()
    .entities.registration.query.byEvent({ tenantId, eventId: id })
    .go({ pages: "all", consistent: true });
  let cancelled = 0;
  for (const registration of registrations.data) {
    if (registration.status === "cancelled" || registration.status === "attended") continue;
    try {
      await transact(
        [
          {
            Update: db()
              .entities.registration.patch({ tenantId, eventId: id, who: registration.who })
              .set({ status: "cancelled", updatedAt: new Date().toISOString() })
              .where((attr, { eq }) => eq(attr.status, registration.status))
              .params(),
          },
          ...released(event, registration),
        ],
        contended,
      );
    } catch (error) {
      // Cancelled by the person meanwhile: they were told then.
      if (failedAt(error, 0)) continue;
      throw error;
    }
    await sendCalledOff(tenant, event, registration);
    cancelled++;
  }
  return cancelled;
}

/** Gives back whatever seats the person holds at an event (nothing if they hold none). */
export async function cancelFor(id: string, who: string) {
  const registration = await findRegistration(id, who);
  if (registration && registration.status !== "cancelled" && registration.status !== "attended") await cancel(id, who);
}

export const cancelMine = fn(z.object({ eventId }), async ({ eventId: id }) => {
  const actor = assertActor("newcomer");
  return cancel(id, actor.email);
});

export const cancelByStaff = fn(
  z
    .object({ eventId, email: email.optional(), phone: z.string().trim().max(30).optional() })
    .refine((input) => input.email || input.phone, { path: ["email"], message: "Give an e-mail or a phone number." }),
  async ({ eventId: id, ...person }) => {
    assertCan("enrolees.manage");
    return cancel(id, person.email ?? `phone:${person.phone?.replace(/[^+0-9]/g, "")}`);
  },
);

/**
 * Gives freed seats to the waitlist, first come first served: the head of the list is confirmed
 * (or offered the seats for 24 hours) when its seats fit; a larger party at the head is not
 * skipped. Each step is a conditional transaction, so promoters running at once never overbook.
 */
export async function promote(id: string): Promise<number> {
  let promoted = 0;
  for (let step = 0; step < 1000; step++) {
    // The event item alone says whether anyone can move up: the whole file is read only then,
    // as every person joining the list of a full event asks.
    const counts = await db().entities.event.get({ tenantId: useTenant(), eventId: id }).go({ consistent: true });
    if (counts.data?.status !== "scheduled" || counts.data.waiting <= 0 || counts.data.freeSeats <= 0) break;
    const file = await db()
      .collections.eventFile({ tenantId: useTenant(), eventId: id })
      .go({ pages: "all", consistent: true });
    const event = file.data.event[0];
    if (event?.status !== "scheduled" || event.waiting <= 0 || event.freeSeats <= 0) break;
    const head = file.data.registration
      .filter((r) => r.status === "waitlisted")
      .sort((a, b) => a.position.localeCompare(b.position))[0];
    if (!head || head.seats > event.freeSeats) break;
    const offer = event.promotion === "offer";
    const now = new Date();
    const offerExpiresAt = offer ? new Date(now.getTime() + offerHours * 3_600_000).toISOString() : undefined;
    const key = { tenantId: event.tenantId, eventId: id };
    try {
      await transact(
        [
          {
            Update: db()
              .entities.registration.patch({ ...key, who: head.who })
              .set({
                status: offer ? "offered" : "confirmed",
                updatedAt: now.toISOString(),
                ...(offer ? { offerExpiresAt } : {}),
              })
              .where((attr, { eq }) => eq(attr.status, "waitlisted"))
              .params(),
          },
          {
            Update: db()
              .entities.event.patch(key)
              .add(
                offer
                  ? { freeSeats: -head.seats, offeredSeats: head.seats, waiting: -1 }
                  : { freeSeats: -head.seats, confirmedSeats: head.seats, waiting: -1 },
              )
              .where((attr, { gte }) => gte(attr.freeSeats, head.seats))
              .params(),
          },
          ...(offerExpiresAt
            ? [
                {
                  Put: db()
                    .entities.seatOffer.put({ ...key, expiresAt: offerExpiresAt, who: head.who })
                    .params(),
                },
              ]
            : seatCounter(event.tenantId, id, { confirmed: head.seats })),
        ],
        contended,
      );
    } catch (error) {
      // Another promoter or a cancellation moved first: look again.
      if (failedAt(error, 0) || failedAt(error, 1)) continue;
      throw error;
    }
    promoted++;
    const tenant = await Tenant.current();
    if (offer) await sendOffered(tenant, event, { ...head, offerExpiresAt });
    else await sendConfirmed(tenant, event, head);
  }
  return promoted;
}

/** The enrolee takes the seats offered to them, before the offer expires. */
export const acceptOffer = fn(z.object({ eventId }), async ({ eventId: id }) => {
  const actor = assertActor("newcomer");
  const tenantId = useTenant();
  const registration = await findRegistration(id, actor.email);
  const now = new Date().toISOString();
  if (registration?.status !== "offered" || !registration.offerExpiresAt || registration.offerExpiresAt < now)
    throw new VisibleError(
      "conflict",
      "no_offer",
      "eventId: there is no seat offered to you for this event.",
      "eventId",
    );
  const key = { tenantId, eventId: id };
  try {
    await transact([
      {
        Update: db()
          .entities.registration.patch({ ...key, who: actor.email })
          .set({ status: "confirmed", updatedAt: now })
          .remove(["offerExpiresAt"])
          .where((attr, { eq, gt }) => `${eq(attr.status, "offered")} AND ${gt(attr.offerExpiresAt, now)}`)
          .params(),
      },
      {
        Update: db()
          .entities.event.patch(key)
          .add({ offeredSeats: -registration.seats, confirmedSeats: registration.seats })
          .params(),
      },
      {
        Delete: db()
          .entities.seatOffer.delete({ ...key, expiresAt: registration.offerExpiresAt, who: actor.email })
          .params(),
      },
      ...seatCounter(tenantId, id, { confirmed: registration.seats }),
    ]);
  } catch (error) {
    if (failedAt(error, 0))
      throw new VisibleError("conflict", "offer_expired", "eventId: the offer has expired.", "eventId");
    throw error;
  }
  const confirmed = { ...registration, status: "confirmed" as const, offerExpiresAt: undefined };
  await sendConfirmed(await Tenant.current(), await mustFind(id), confirmed);
  return view(confirmed);
});

/** Offers not taken in time are withdrawn and their seats go to the next person waiting. */
export async function expireOffers(now = new Date()): Promise<{ expired: number }> {
  let expired = 0;
  for (const { tenantId } of await withActor({ type: "system" }, () => Tenant.list()))
    expired += await withActor({ type: "system", tenantId }, async () => {
      const due = await db()
        .entities.seatOffer.query.byExpiry({ tenantId })
        .lte({ expiresAt: now.toISOString() })
        .go({ pages: "all" });
      let count = 0;
      for (const offer of due.data) {
        const result = await cancel(offer.eventId, offer.who, "offered");
        if (result.status === "cancelled") count++;
        else await db().entities.seatOffer.delete(offer).go();
      }
      return count;
    });
  return { expired };
}

/** At the door: the code typed or scanned marks the registration attended, once. */
export const checkIn = fn(
  z.object({
    eventId,
    code: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z0-9]{6}$/, "Type the 6-character code."),
  }),
  async ({ eventId: id, code }) => {
    assertCan("enrolees.manage");
    const tenantId = useTenant();
    const registrations = await db()
      .entities.registration.query.byEvent({ tenantId, eventId: id })
      .go({ pages: "all", consistent: true });
    const found = registrations.data.find((r) => r.code === code && r.status !== "cancelled");
    if (!found) throw new VisibleError("not-found", "code_not_found", "code: no registration with this code.", "code");
    if (found.status === "attended") return { ...view(found), alreadyCheckedIn: true };
    if (found.status !== "confirmed")
      throw new VisibleError(
        "conflict",
        "not_confirmed",
        `code: this registration is ${found.status}, not confirmed.`,
        "code",
      );
    const attendedAt = new Date().toISOString();
    try {
      await transact([
        {
          Update: db()
            .entities.registration.patch({ tenantId, eventId: id, who: found.who })
            .set({ status: "attended", attendedAt, updatedAt: attendedAt })
            .where((attr, { eq }) => eq(attr.status, "confirmed"))
            .params(),
        },
        ...seatCounter(tenantId, id, { attended: found.seats }),
      ]);
    } catch (error) {
      // Scanned twice at once: the other scan checked them in.
      if (failedAt(error, 0)) return { ...view({ ...found, status: "attended" }), alreadyCheckedIn: true };
      throw error;
    }
    return { ...view({ ...found, status: "attended" }), alreadyCheckedIn: false };
  },
);

/** Who came: a CSV for the event's organisers. */
export const attendanceCsv = fn(z.object({ eventId }), async ({ eventId: id }) => {
  assertCan("enrolees.read");
  const { stringify } = await import("csv-stringify/sync");
  const registrations = await db()
    .entities.registration.query.byEvent({ tenantId: useTenant(), eventId: id })
    .go({ pages: "all" });
  const rows = registrations.data
    .filter((r) => r.status === "confirmed" || r.status === "attended")
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((r) => [
      r.name,
      r.email ?? "",
      r.phone ?? "",
      r.seats,
      r.status === "attended" ? "yes" : "no",
      r.attendedAt ?? "",
    ]);
  return stringify([["name", "email", "phone", "seats", "attended", "checked_in_at"], ...rows]);
});
