import { withActor } from "@escale/core/context";
import { inbox as mailbox } from "@escale/local/inbox";
import ical, { type VEvent } from "node-ical";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { newTenant, staff } from "../../../../tests/support/actors";
import { calendarFile } from "./calendar";
import * as Events from "./events";
import { dashboard } from "./outcomes/dashboard";
import * as Registrations from "./registrations";

let tenantId: string;
/** The first event of a calendar file, as a calendar app's parser reads it. */
const vevent = (file: string) =>
  Object.values(ical.sync.parseICS(file)).find((item) => item?.type === "VEVENT") as VEvent;
const editor = () => staff(tenantId, "editor");
const agent = () => staff(tenantId, "agent");
const operator = <T>(run: () => T) => withActor({ type: "system", tenantId }, run);
const person = (n: number, tag: string) => ({ email: `${tag}-${n}@example.org`, name: `Person ${n}` });

beforeAll(async () => {
  ({
    tenant: { tenantId },
  } = await newTenant());
});

async function newEvent(capacity: number, extra: Partial<Parameters<typeof Events.create>[0]> = {}) {
  const event = await editor()(() =>
    Events.create({
      title: { fr: "Pique-nique d'accueil", en: "Welcome picnic" },
      starts: "2030-06-12T18:30",
      capacity,
      ...extra,
    }),
  );
  return event.id;
}

const register = (eventId: string, who: { email: string; name: string }, seats = 1) =>
  operator(() => Registrations.registerByStaff({ eventId, ...who, seats }));
const show = (eventId: string) => agent()(() => Events.show({ eventId }));
const statusOf = async (eventId: string, email: string) =>
  (await show(eventId)).registrations.find((r) => r.email === email)?.status;

describe("registrations", () => {
  it("never overbooks: 12 at once for 5 seats, then a cancellation promotes the first in line", async () => {
    const eventId = await newEvent(5);
    const people = Array.from({ length: 12 }, (_, n) => person(n, "rush"));
    const results = await Promise.allSettled(people.map((p) => register(eventId, p)));
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    let event = await show(eventId);
    expect([event.confirmed, event.waitlisted]).toEqual([5, 7]);
    const firstWaiting = event.registrations.find((r) => r.status === "waitlisted");
    const aConfirmed = event.registrations.find((r) => r.status === "confirmed");
    await operator(() => Registrations.cancelByStaff({ eventId, email: aConfirmed?.email ?? "" }));
    event = await show(eventId);
    expect([event.confirmed, event.waitlisted]).toEqual([5, 6]);
    expect(await statusOf(eventId, firstWaiting?.email ?? "")).toBe("confirmed");
    const promoted = await mailbox(inject("inboxUrl")).latest(firstWaiting?.email ?? "", /Inscription confirmée/);
    expect(promoted.subject).toContain("Pique-nique");
  });

  it("registering twice keeps one registration", async () => {
    const eventId = await newEvent(3);
    const someone = person(1, "twice");
    await Promise.all([register(eventId, someone), register(eventId, someone)]);
    const event = await show(eventId);
    expect(event.registrations).toHaveLength(1);
    expect(event.confirmed).toBe(1);
  });

  it("promotes when the person cancels on the portal", async () => {
    const eventId = await newEvent(1);
    const [first, second] = [person(1, "self"), person(2, "self")];
    await register(eventId, first);
    await register(eventId, second);
    await withActor({ type: "newcomer", userId: "u", email: first.email, tenantId }, () =>
      Registrations.cancelMine({ eventId }),
    );
    expect(await statusOf(eventId, second.email)).toBe("confirmed");
  });

  it("promotes in order when capacity is raised, and never skips a larger party at the head", async () => {
    const eventId = await newEvent(2);
    await register(eventId, person(1, "cap"), 2);
    await register(eventId, person(2, "cap"), 2);
    await register(eventId, person(3, "cap"), 1);
    let event = await show(eventId);
    expect([event.confirmed, event.waitlisted]).toEqual([2, 3]);
    await editor()(() =>
      Events.update({
        eventId,
        title: { fr: "Pique-nique d'accueil" },
        starts: "2030-06-12T18:30",
        capacity: 3,
        expectedVersion: event.version,
      }),
    );
    event = await show(eventId);
    // One seat free, but the head of the line needs two: the single seat waits for them.
    expect([event.confirmed, event.waitlisted]).toEqual([2, 3]);
    await editor()(() =>
      Events.update({
        eventId,
        title: { fr: "Pique-nique d'accueil" },
        starts: "2030-06-12T18:30",
        capacity: 5,
        expectedVersion: event.version,
      }),
    );
    event = await show(eventId);
    expect([event.confirmed, event.waitlisted]).toEqual([5, 0]);
    expect(event.sequence).toBe(2);
  });

  it("offers a freed seat for 24 hours; an expired offer goes to the next person", async () => {
    const eventId = await newEvent(1, { promotion: "offer" });
    const [first, second, third] = [person(1, "offer"), person(2, "offer"), person(3, "offer")];
    for (const p of [first, second, third]) await register(eventId, p);
    await operator(() => Registrations.cancelByStaff({ eventId, email: first.email }));
    expect(await statusOf(eventId, second.email)).toBe("offered");
    await mailbox(inject("inboxUrl")).latest(second.email, /Une place s'est libérée/);
    // A day later, untaken: the job withdraws it and offers the seat to the third person.
    await Registrations.expireOffers(new Date(Date.now() + 25 * 3_600_000));
    expect(await statusOf(eventId, second.email)).toBe("cancelled");
    expect(await statusOf(eventId, third.email)).toBe("offered");
    await withActor({ type: "newcomer", userId: "u", email: third.email, tenantId }, () =>
      Registrations.acceptOffer({ eventId }),
    );
    const event = await show(eventId);
    expect([event.confirmed, event.offered, event.waitlisted]).toEqual([1, 0, 0]);
  });

  it("checks people in by their code, once", async () => {
    const eventId = await newEvent(2);
    await register(eventId, person(1, "door"));
    const { code } = (await show(eventId)).registrations[0] ?? { code: "" };
    const first = await agent()(() => Registrations.checkIn({ eventId, code: code.toLowerCase() }));
    expect(first).toMatchObject({ status: "attended", alreadyCheckedIn: false });
    const again = await agent()(() => Registrations.checkIn({ eventId, code }));
    expect(again.alreadyCheckedIn).toBe(true);
    const csv = await agent()(() => Registrations.attendanceCsv({ eventId }));
    expect(csv).toContain("door-1@example.org");
    expect(csv).toMatch(/yes/);
  });
});

describe("events as editors run them", () => {
  it("clears the registration window and swaps a place for an online link", async () => {
    const eventId = await newEvent(4, {
      place: "Salle des fêtes",
      opens: "2030-05-01T09:00",
      closes: "2030-06-10T18:00",
    });
    const { version } = await show(eventId);
    const changed = await editor()(() =>
      Events.update({
        eventId,
        title: { fr: "Pique-nique d'accueil" },
        onlineUrl: "https://visio.example.org/accueil",
        starts: "2030-06-12T18:30",
        capacity: 4,
        expectedVersion: version,
      }),
    );
    expect(changed).toMatchObject({
      opens: null,
      closes: null,
      place: null,
      onlineUrl: "https://visio.example.org/accueil",
    });
  });

  it("cancels a whole event: everyone holding a seat or waiting is told, with METHOD:CANCEL, and nobody can register", async () => {
    const eventId = await newEvent(1);
    const [seated, waiting] = [person(1, "calledoff"), person(2, "calledoff")];
    await register(eventId, seated);
    await register(eventId, waiting);
    const { version } = await show(eventId);
    const cancelled = await editor()(() => Events.cancel({ eventId, expectedVersion: version }));
    expect(cancelled).toMatchObject({ status: "cancelled", cancelledRegistrations: 2 });
    const event = await show(eventId);
    expect(event.registrations.map((r) => r.status)).toEqual(["cancelled", "cancelled"]);
    for (const who of [seated, waiting]) {
      const notice = await mailbox(inject("inboxUrl")).latest(who.email, /Événement annulé/);
      const attached = notice.attachments?.find((a) => a.contentType.startsWith("text/calendar"));
      const file = await (
        await fetch(`${inject("inboxUrl")}/email/${notice.id}/attachment/${attached?.generatedFileName}`)
      ).text();
      expect(file).toContain("METHOD:CANCEL");
      expect(vevent(file).uid).toContain(eventId);
    }
    await expect(register(eventId, person(3, "calledoff"))).rejects.toMatchObject({ code: "event_cancelled" });
    const listed = await operator(() => Events.upcoming({ from: "2030-01-01T00:00:00.000Z" }));
    expect(listed.map((e) => e.eventId)).not.toContain(eventId);
  });

  it("counts seats and check-ins on the outcomes dashboard as they happen", async () => {
    const eventId = await newEvent(3);
    await register(eventId, person(1, "fill"), 2);
    await register(eventId, person(2, "fill"));
    await register(eventId, person(3, "fill"));
    await operator(() => Registrations.cancelByStaff({ eventId, email: "fill-2@example.org" }));
    const { registrations } = await show(eventId);
    const code = registrations.find((r) => r.email === "fill-1@example.org")?.code ?? "";
    await agent()(() => Registrations.checkIn({ eventId, code }));
    const outcomes = await staff(tenantId, "admin")(() => dashboard({}));
    expect(outcomes.events.find((e) => e.eventId === eventId)).toMatchObject({
      title: "Pique-nique d'accueil",
      capacity: 3,
      confirmed: 3,
      attended: 2,
      fillRate: 1,
    });
  });
});

describe("calendar files", () => {
  it("parses: stable UID, SUMMARY, DTSTART in Paris time, the event link, SEQUENCE raised on change", async () => {
    const eventId = await newEvent(10);
    const entry = vevent(await operator(() => Events.ics({ eventId })));
    expect(entry.uid).toContain(eventId);
    expect(entry.summary).toBe("Pique-nique d'accueil");
    expect(new Date(entry.start).toISOString()).toBe("2030-06-12T16:30:00.000Z");
    expect(String(entry.description)).toContain(`/bienvenue/events/${eventId}`);
    const { version } = await show(eventId);
    await editor()(() =>
      Events.update({
        eventId,
        title: { fr: "Grand pique-nique" },
        starts: "2030-06-12T19:00",
        capacity: 10,
        expectedVersion: version,
      }),
    );
    const changed = vevent(await operator(() => Events.ics({ eventId })));
    expect(changed.uid).toBe(entry.uid);
    expect(Number(changed.sequence)).toBeGreaterThan(Number(entry.sequence));
  });

  it("cancels with METHOD:CANCEL and the same UID", async () => {
    const file = await calendarFile(
      "demo",
      [
        {
          eventId: "e1",
          title: { fr: "Atelier" },
          startsAt: "2030-01-01T10:00:00.000Z",
          endsAt: "2030-01-01T12:00:00.000Z",
          sequence: 3,
          status: "scheduled",
        },
      ],
      { language: "fr", method: "cancel" },
    );
    expect(file).toContain("METHOD:CANCEL");
    const parsed = vevent(file);
    expect(parsed.uid).toBe("e1@demo.escale");
    expect(parsed.status).toBe("CANCELLED");
    expect(Number(parsed.sequence)).toBe(4);
  });
});
