import * as z from "zod";
import { assertActor, useTenant } from "../context";
import { db } from "../db";
import { VisibleError } from "../error";
import { fn } from "../fn";
import * as Tenant from "../tenant";
import { type CalendarEvent, calendarFile } from "./calendar";
import { verify } from "./tokens";

/**
 * An enrolee's personal calendar feed (a signed URL a calendar app subscribes to): the events
 * they hold seats for; cancelled ones stay in it as cancelled so the app removes them.
 */
export const feed = fn(z.object({ token: z.string().max(600) }), async ({ token }) => {
  assertActor("visitor", "newcomer", "system");
  const tenantId = useTenant();
  const email = verify("calendar", tenantId, token);
  if (!email) throw new VisibleError("not-found", "invalid_token", "This calendar link is not valid.");
  const [enrolee, pointers] = await Promise.all([
    db().entities.enrolee.get({ tenantId, email }).go(),
    db().entities.enroleeEvent.query.byEnrolee({ tenantId, email }).go({ pages: "all" }),
  ]);
  const ids = pointers.data.map(({ eventId }) => ({ tenantId, eventId }));
  const [events, registrations] = ids.length
    ? await Promise.all([
        db().entities.event.get(ids).go(),
        db()
          .entities.registration.get(ids.map((key) => ({ ...key, who: email })))
          .go(),
      ])
    : [{ data: [] }, { data: [] }];
  const status = new Map(registrations.data.map((r) => [r.eventId, r.status]));
  const held = events.data
    .filter((event) => ["confirmed", "attended", "offered", "cancelled"].includes(status.get(event.eventId) ?? ""))
    .map((event) => ({
      ...(event as unknown as CalendarEvent),
      status: status.get(event.eventId) === "cancelled" ? ("cancelled" as const) : event.status,
    }));
  const tenant = await Tenant.current();
  return calendarFile(tenant.slug, held, {
    language: enrolee.data?.language ?? tenant.defaultLanguage,
    method: "publish",
    name: tenant.name,
  });
});
