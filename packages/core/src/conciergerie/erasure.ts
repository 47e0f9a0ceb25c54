import { randomUUID } from "node:crypto";
import * as z from "zod";
import { askers, forgetAskers } from "../assistant/forget";
import { assertCan } from "../auth/roles";
import { forget } from "../auth/sessions";
import { useActor, useTenant } from "../context";
import { db, type TransactItem, transact } from "../db";
import { fn } from "../fn";
import { eventPut, mustFind } from "./case-file";
import { countUpdate, finderDeletes } from "./finders";

/** Why personal data was erased, as the audit line says it. */
export type ErasureReason = "staff" | "retention" | "left-programme";

/** Audit lines are kept as long as the table's other audit trails. */
const auditYears = 5;

/**
 * The audit line of an erasure: when, why, by whom (a role, never a person's address) and how
 * much went. It names the case by its id only; nothing in it is about the erased person.
 */
export async function recordErasure(entry: {
  reason: ErasureReason;
  caseIds: string[];
  removed: { cases: number; questions: number; sessions: number; identity: boolean };
}) {
  const actor = useActor();
  const at = new Date().toISOString();
  await db()
    .entities.erasureRecord.put({
      tenantId: useTenant(),
      at,
      erasureId: randomUUID(),
      reason: entry.reason,
      by: actor.type === "staff" ? `staff:${actor.role}` : actor.type,
      caseIds: entry.caseIds,
      ...entry.removed,
      expiresAt: Math.floor(Date.now() / 1000) + auditYears * 365 * 86_400,
    })
    .go();
}

/**
 * What the person left outside their cases: the questions they asked the assistant (as a
 * visitor on the devices they wrote from, or signed in) and the gap text kept from them, their
 * sessions, and their identity when nothing else uses it.
 */
export async function erasePerson(email: string | undefined, visitorIds: string[]) {
  const who = [...visitorIds.map(askers.visitor), ...(email ? [askers.person(email)] : [])];
  const questions = await forgetAskers(useTenant(), who);
  const { sessions, identityRemoved } = email ? await forget(email) : { sessions: 0, identityRemoved: false };
  return { questions, sessions, identity: identityRemoved };
}

/**
 * Erases a case's personal data: contact, household details, message, answers, notes and
 * messages go; the case keeps its status, dates and the anonymous buckets (cohort, channel,
 * origin) so the funnel counters, which never held personal data, stay true. No permission is
 * checked here: the callers (staff, the retention job, the person leaving) have.
 */
export async function eraseCase(caseId: string) {
  const record = await mustFind(caseId);
  const tenantId = useTenant();
  const file = await db().collections.caseFile({ tenantId, caseId }).go({ pages: "all" });
  const contact = (record.contact ?? {}) as { name?: string; email?: string; phone?: string };
  const email = contact.email;
  const writes: TransactItem[] = [
    {
      Update: db()
        .entities.case.patch({ tenantId, caseId })
        .remove([
          "contact",
          "household",
          "origin",
          "arrivalDate",
          "message",
          "answers",
          "installedCommune",
          "visitorId",
        ])
        .set({ erasedAt: new Date().toISOString() })
        .add({ version: 1 })
        .params(),
    },
    ...file.data.caseEvent
      .filter((event) => event.personal)
      .map((event) => ({ Delete: db().entities.caseEvent.delete(event).params() })),
    ...file.data.caseTask.map((task) => ({ Delete: db().entities.caseTask.delete(task).params() })),
    ...(email ? [{ Delete: db().entities.newcomerCase.delete({ tenantId, email, caseId }).params() }] : []),
    eventPut(caseId, "status", { erased: true }),
    ...finderDeletes(tenantId, caseId, contact),
    countUpdate(tenantId, { [record.status]: -1 }),
  ];
  // A transaction holds at most 100 writes; a long case is erased in chunks, case item first.
  for (let i = 0; i < writes.length; i += 100) await transact(writes.slice(i, i + 100));
  return { email, visitorId: record.visitorId };
}

/** Staff erase a case (on the person's request): the case, then what the person left elsewhere. */
export const erase = fn(z.object({ caseId: z.uuid("caseId must be a UUID.") }), async ({ caseId }) => {
  assertCan("cases.erase");
  const { email, visitorId } = await eraseCase(caseId);
  const removed = await erasePerson(email, visitorId ? [visitorId] : []);
  await recordErasure({ reason: "staff", caseIds: [caseId], removed: { cases: 1, ...removed } });
  return { caseId, erased: true };
});
