import { withActor } from "../../context";
import { db, isConditionFailure } from "../../db";
import * as Tenant from "../../tenant";
import { today } from "../deals/catalog";
import * as Mail from "./mail";
import { endPair } from "./pairs";

/**
 * The pairs job: sends the one- and three-month check-ins that are due, once each (the
 * `…SentAt` mark is written with a condition before the e-mails go, so two runs at once send
 * once), and ends pairs that reached six months, which frees the ambassador's slot.
 */
export async function runPairs(now = new Date()): Promise<{ checkIns: number; completed: number }> {
  const totals = { checkIns: 0, completed: 0 };
  for (const { tenantId } of await withActor({ type: "system" }, () => Tenant.list())) {
    const done = await withActor({ type: "system", tenantId }, () => runTenant(tenantId, now));
    totals.checkIns += done.checkIns;
    totals.completed += done.completed;
  }
  return totals;
}

async function runTenant(tenantId: string, now: Date) {
  const day = today(now);
  const active = await db().entities.buddyPair.query.byStatus({ tenantId, status: "active" }).go({ pages: "all" });
  let checkIns = 0;
  let completed = 0;
  for (const pair of active.data) {
    if (pair.endsOn <= day) {
      await endPair(tenantId, pair.pairId, "completed", false).catch((error) => {
        if ((error as { code?: string }).code !== "pair_not_active") throw error;
      });
      completed++;
      continue;
    }
    for (const month of [1, 3] as const) {
      const due = month === 1 ? pair.checkIn1DueOn : pair.checkIn3DueOn;
      const sent = month === 1 ? pair.checkIn1SentAt : pair.checkIn3SentAt;
      if (due > day || sent) continue;
      if (await claimCheckIn(tenantId, pair.pairId, month, now)) {
        await Mail.checkIn(pair, month);
        checkIns++;
      }
    }
  }
  return { checkIns, completed };
}

async function claimCheckIn(tenantId: string, pairId: string, month: 1 | 3, now: Date) {
  const mark = month === 1 ? "checkIn1SentAt" : "checkIn3SentAt";
  try {
    await db()
      .entities.buddyPair.patch({ tenantId, pairId })
      .set({ [mark]: now.toISOString() })
      .where((a, { notExists }) => notExists(a[mark]))
      .go();
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}
