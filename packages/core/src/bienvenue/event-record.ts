import * as z from "zod";
import { useTenant } from "../context";
import { db } from "../db";
import { VisibleError } from "../error";

export const eventId = z.uuid("eventId must be a UUID.");

/** The event as stored, read strongly consistent: seat counts decide what happens next. */
export async function mustFind(id: string) {
  const event = (await db().entities.event.get({ tenantId: useTenant(), eventId: id }).go({ consistent: true })).data;
  if (!event) throw new VisibleError("not-found", "event_not_found", "eventId: no such event.", "eventId");
  return event;
}

export type EventRecord = Awaited<ReturnType<typeof mustFind>>;
