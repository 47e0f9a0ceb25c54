import { z } from "zod";
import { assertCan } from "../auth/roles";
import { useTenant } from "../context";
import { db, type TransactItem, transact } from "../db";
import { fn } from "../fn";
import { eventPut, mustFind } from "./case-file";
import { countUpdate, finderDeletes } from "./finders";

/**
 * Erases a case's personal data: contact, household details, message, answers, notes and
 * messages go; the case keeps its status, dates and the anonymous buckets (cohort, channel,
 * origin) so the funnel counters, which never held personal data, stay true.
 */
export const erase = fn(z.object({ caseId: z.uuid("caseId must be a UUID.") }), async ({ caseId }) => {
  assertCan("cases.erase");
  const record = await mustFind(caseId);
  const tenantId = useTenant();
  const file = await db().collections.caseFile({ tenantId, caseId }).go({ pages: "all" });
  const contact = (record.contact ?? {}) as { name?: string; email?: string; phone?: string };
  const email = contact.email;
  const writes: TransactItem[] = [
    {
      Update: db()
        .entities.case.patch({ tenantId, caseId })
        .remove(["contact", "household", "origin", "arrivalDate", "message", "answers", "installedCommune"])
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
  return { caseId, erased: true };
});
