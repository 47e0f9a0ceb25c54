import { withActor } from "../context";
import { db, isConditionFailure } from "../db";
import * as Tenant from "../tenant";
import { sendReminder } from "./events-mail";
import * as Settings from "./settings";

const day = 86_400_000;

/**
 * Reminds confirmed people of an event at the territory's offsets (default two days before).
 * Each offset is marked on the registration with a condition before the e-mail goes, so two
 * runs remind once; someone who registers after an offset passed gets that one reminder.
 */
export async function sendReminders(now = new Date()): Promise<{ reminded: number }> {
  let reminded = 0;
  for (const { tenantId } of await withActor({ type: "system" }, () => Tenant.list()))
    reminded += await withActor({ type: "system", tenantId }, () => remindTenant(tenantId, now));
  return { reminded };
}

async function remindTenant(tenantId: string, now: Date) {
  const { reminderOffsetsDays } = await Settings.load(tenantId);
  const furthest = Math.max(0, ...reminderOffsetsDays);
  if (reminderOffsetsDays.length === 0) return 0;
  const tenant = await Tenant.get(tenantId);
  if (!tenant) return 0;
  const soon = await db()
    .entities.event.query.byStart({ tenantId })
    .between({ startsAt: now.toISOString() }, { startsAt: new Date(now.getTime() + furthest * day).toISOString() })
    .go({ pages: "all" });
  let reminded = 0;
  for (const event of soon.data.filter((e) => e.status === "scheduled")) {
    const passed = reminderOffsetsDays.filter((offset) => Date.parse(event.startsAt) - offset * day <= now.getTime());
    if (passed.length === 0) continue;
    const registrations = await db()
      .entities.registration.query.byEvent({ tenantId, eventId: event.eventId })
      .go({ pages: "all" });
    for (const registration of registrations.data.filter((r) => r.status === "confirmed" && r.email)) {
      const pending = passed.filter((offset) => !(registration.remindersSent ?? []).includes(offset));
      if (pending.length === 0) continue;
      try {
        await db()
          .entities.registration.patch({ tenantId, eventId: event.eventId, who: registration.who })
          .add({ remindersSent: pending })
          .where((attr, { contains }) =>
            pending.map((offset) => `NOT ${contains(attr.remindersSent, offset)}`).join(" AND "),
          )
          .go();
      } catch (error) {
        if (isConditionFailure(error)) continue;
        throw error;
      }
      await sendReminder(tenant, event, registration);
      reminded++;
    }
  }
  return reminded;
}
