import { config } from "../config";
import { withActor } from "../context";
import { db, isConditionFailure } from "../db";
import * as Mail from "../mail";
import * as Tenant from "../tenant";

/**
 * Flags cases still waiting for a first contact past their deadline and tells the assignee,
 * or the tenant's admins when nobody is assigned. Each case is escalated once: the flag is
 * set with a condition, so two runs at once send one e-mail.
 */
export async function escalateOverdue(now = new Date()): Promise<{ escalated: number }> {
  let escalated = 0;
  for (const { tenantId } of await withActor({ type: "system" }, () => Tenant.list())) {
    escalated += await withActor({ type: "system", tenantId }, () => escalateTenant(tenantId, now));
  }
  return { escalated };
}

async function escalateTenant(tenantId: string, now: Date): Promise<number> {
  const nowIso = now.toISOString();
  const tenant = await Tenant.get(tenantId);
  if (!tenant) return 0;
  let escalated = 0;
  let cursor: string | null = null;
  // The inbox index is ordered by registration, so overdue cases come first; stop at a page with none.
  do {
    const page: {
      data: { caseId: string; firstContactDueAt: string; slaEscalatedAt?: string; assignee: string }[];
      cursor: string | null;
    } = await db().entities.case.query.byStatus({ tenantId, status: "registered" }).go({ limit: 100, cursor });
    const overdue = page.data.filter((record) => record.firstContactDueAt < nowIso);
    for (const record of overdue.filter((r) => !r.slaEscalatedAt))
      if (await escalate(tenant, record, nowIso)) escalated++;
    cursor = overdue.length ? page.cursor : null;
  } while (cursor);
  return escalated;
}

async function escalate(
  tenant: NonNullable<Awaited<ReturnType<typeof Tenant.get>>>,
  record: { caseId: string; assignee: string },
  nowIso: string,
) {
  try {
    await db()
      .entities.case.patch({ tenantId: tenant.tenantId, caseId: record.caseId })
      .set({ slaEscalatedAt: nowIso })
      .where((attr, { notExists }) => notExists(attr.slaEscalatedAt))
      .go();
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
  const members = await db().entities.membership.query.byEmail({ tenantId: tenant.tenantId }).go({ pages: "all" });
  const recipients =
    record.assignee !== "-"
      ? [record.assignee]
      : members.data.filter((m) => m.role === "owner" || m.role === "admin").map((m) => m.email);
  const link = `${config().publicUrl}/console/cases/${record.caseId}`;
  for (const to of recipients)
    await Mail.send({
      to,
      subject: `${tenant.name}: a household is waiting for a first contact`,
      text: `A household's request has passed its first-contact deadline without being contacted.\n\nOpen the case: ${link}\n\n${record.assignee === "-" ? "Nobody is assigned to it yet." : "It is assigned to you."}`,
    });
  await db()
    .entities.caseEvent.put({
      tenantId: tenant.tenantId,
      caseId: record.caseId,
      at: nowIso,
      eventId: `sla-${nowIso}`,
      kind: "email",
      by: "system",
      detail: { template: "first-contact-overdue", to: recipients },
    })
    .go();
  return true;
}
