import { eraseCase, erasePerson, recordErasure } from "../conciergerie/erasure";
import { assertActor, useTenant } from "../context";
import { db, transact } from "../db";
import { eraseEnrolee } from "./ambassadors/erasure";
import { cancelFor } from "./registrations";

/**
 * The newcomer leaves the programme: their seats go back to the waitlists, then everything the
 * territory holds about them goes, through the same erasure the Conciergerie uses: the
 * programme's records (profile, letters sent, registrations, buddy request), their
 * Conciergerie requests, their questions to the assistant, their sessions and, when nothing
 * else uses it, their identity. One audit line without personal data says it happened.
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
  await eraseEnrolee(actor.email);

  const requests = await db()
    .entities.newcomerCase.query.byEmail({ tenantId, email: actor.email })
    .go({ pages: "all" });
  const visitorIds: string[] = [];
  for (const { caseId } of requests.data) {
    const { visitorId } = await eraseCase(caseId);
    if (visitorId) visitorIds.push(visitorId);
  }
  const removed = await erasePerson(actor.email, visitorIds);
  await recordErasure({
    reason: "left-programme",
    caseIds: requests.data.map(({ caseId }) => caseId),
    removed: { cases: requests.data.length, ...removed },
  });
  return { left: true };
}
