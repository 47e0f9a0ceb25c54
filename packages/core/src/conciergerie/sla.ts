import { config } from "../config";
import { withActor } from "../context";
import { db, isConditionFailure } from "../db";
import * as Mail from "../mail";
import * as Tenant from "../tenant";

type Overdue = { caseId: string; assignee: string; firstContactDueAt: string; contact?: unknown };

/**
 * Flags cases still waiting for a first contact past their deadline and tells the assignee,
 * or the tenant's admins when nobody is assigned: one digest e-mail per person per run,
 * listing their cases. Each case is escalated once: the flag is set with a condition, so two
 * runs at once list a case in one digest only.
 */
export async function escalateOverdue(now = new Date()): Promise<{ escalated: number; emails: number }> {
  let escalated = 0;
  let emails = 0;
  for (const { tenantId } of await withActor({ type: "system" }, () => Tenant.list())) {
    const sent = await withActor({ type: "system", tenantId }, () => escalateTenant(tenantId, now));
    escalated += sent.escalated;
    emails += sent.emails;
  }
  return { escalated, emails };
}

async function escalateTenant(tenantId: string, now: Date): Promise<{ escalated: number; emails: number }> {
  const nowIso = now.toISOString();
  const tenant = await Tenant.get(tenantId);
  if (!tenant) return { escalated: 0, emails: 0 };
  const claimed: Overdue[] = [];
  let cursor: string | null = null;
  // The inbox index is ordered by registration, so overdue cases come first; stop at a page with none.
  do {
    const page: { data: (Overdue & { slaEscalatedAt?: string })[]; cursor: string | null } = await db()
      .entities.case.query.byStatus({ tenantId, status: "registered" })
      .go({ limit: 100, cursor });
    const overdue = page.data.filter((record) => record.firstContactDueAt < nowIso);
    for (const record of overdue.filter((r) => !r.slaEscalatedAt))
      if (await claim(tenantId, record.caseId, nowIso)) claimed.push(record);
    cursor = overdue.length ? page.cursor : null;
  } while (cursor);
  if (!claimed.length) return { escalated: 0, emails: 0 };

  const members = await db().entities.membership.query.byEmail({ tenantId }).go({ pages: "all" });
  const admins = members.data.filter((m) => m.role === "owner" || m.role === "admin").map((m) => m.email);
  const recipientsOf = (record: Overdue) => (record.assignee !== "-" ? [record.assignee] : admins);
  const digests = new Map<string, Overdue[]>();
  for (const record of claimed)
    for (const to of recipientsOf(record)) digests.set(to, [...(digests.get(to) ?? []), record]);

  const consoleUrl = `${config().publicUrl}/console/cases`;
  for (const [to, cases] of digests)
    await Mail.send({
      template: "escalationDigest",
      data: {
        cases: cases.map((record) => ({
          // An erased household has no name left: its reference stands in.
          name: (record.contact as { name?: string } | undefined)?.name ?? record.caseId.slice(0, 8),
          dueAt: record.firstContactDueAt,
          link: `${consoleUrl}/${record.caseId}`,
          assignedToYou: record.assignee === to,
        })),
        link: consoleUrl,
      },
      to,
      language: await Mail.staffLanguage(to),
      brand: Mail.territoryBrand(tenant),
    });
  for (const record of claimed)
    await db()
      .entities.caseEvent.put({
        tenantId,
        caseId: record.caseId,
        at: nowIso,
        eventId: `sla-${nowIso}`,
        kind: "email",
        by: "system",
        detail: { template: "first-contact-overdue", to: recipientsOf(record) },
      })
      .go();
  return { escalated: claimed.length, emails: digests.size };
}

async function claim(tenantId: string, caseId: string, nowIso: string): Promise<boolean> {
  try {
    await db()
      .entities.case.patch({ tenantId, caseId })
      .set({ slaEscalatedAt: nowIso })
      .where((attr, { notExists }) => notExists(attr.slaEscalatedAt))
      .go();
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}
