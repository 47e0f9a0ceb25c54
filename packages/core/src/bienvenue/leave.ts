import { assertActor, useTenant } from "../context";
import { db, transact } from "../db";
import { cancelFor } from "./registrations";

/**
 * The newcomer leaves the programme: their seats go back to the waitlists, then everything the
 * programme holds about them (profile, letters sent, registrations) is deleted. Their
 * Conciergerie requests follow that room's own erasure.
 */
export async function leave() {
  const actor = assertActor("newcomer");
  const tenantId = useTenant();
  const file = await db().collections.enroleeFile({ tenantId, email: actor.email }).go({ pages: "all" });
  for (const { eventId } of file.data.enroleeEvent) await cancelFor(eventId, actor.email);
  const writes = [
    ...file.data.enrolee.map((item) => ({ Delete: db().entities.enrolee.delete(item).params() })),
    ...file.data.letterSend.map((item) => ({ Delete: db().entities.letterSend.delete(item).params() })),
    ...file.data.enroleeEvent.flatMap((item) => [
      { Delete: db().entities.enroleeEvent.delete(item).params() },
      { Delete: db().entities.registration.delete({ tenantId, eventId: item.eventId, who: actor.email }).params() },
    ]),
  ];
  for (let i = 0; i < writes.length; i += 100) await transact(writes.slice(i, i + 100));
  return { left: true };
}
