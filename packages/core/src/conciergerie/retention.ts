import { subMonths } from "date-fns";
import { withActor } from "../context";
import { db } from "../db";
import * as Tenant from "../tenant";
import { eraseCase, recordErasure } from "./erasure";
import * as Settings from "./settings";

/**
 * Closed cases are kept for the territory's retention period (`retentionMonths` in its
 * Conciergerie settings, 24 by default) counted from their registration, then erased as staff
 * would erase them, each with its audit line. Safe to run twice: an erased case is skipped.
 */
export async function eraseExpired(now = new Date()): Promise<{ erased: number }> {
  let erased = 0;
  for (const { tenantId } of await withActor({ type: "system" }, () => Tenant.list())) {
    erased += await withActor({ type: "system", tenantId }, () => eraseTenantExpired(tenantId, now));
  }
  return { erased };
}

async function eraseTenantExpired(tenantId: string, now: Date): Promise<number> {
  const tenant = await Tenant.get(tenantId);
  if (!tenant) return 0;
  const { retentionMonths } = await Settings.load(tenantId, tenant.name);
  const cutoff = subMonths(now, retentionMonths ?? Settings.defaultRetentionMonths).toISOString();
  let erased = 0;
  // The inbox index orders a status's cases by registration: only those before the cutoff are read.
  const { data } = await db()
    .entities.case.query.byStatus({ tenantId, status: "closed" })
    .lt({ registeredAt: cutoff })
    .go({ pages: "all" });
  for (const record of data.filter((r) => !r.erasedAt)) {
    // The case only: the person may have newer requests, and their questions to the assistant
    // expired long ago (90 days).
    await eraseCase(record.caseId);
    await recordErasure({
      reason: "retention",
      caseIds: [record.caseId],
      removed: { cases: 1, questions: 0, sessions: 0, identity: false },
    });
    erased++;
  }
  return erased;
}
