import * as z from "zod";
import { assertCan } from "../../auth/roles";
import * as Settings from "../../conciergerie/settings";
import { assertActor, useTenant } from "../../context";
import { db, isConditionFailure } from "../../db";
import { VisibleError } from "../../error";
import { fn } from "../../fn";
import * as Tenant from "../../tenant";
import charter from "./charter.json";
import { consent, email, profile } from "./profile";

export const charterVersion = charter.version;

const volunteerSchema = profile.extend({
  availability: z.string().trim().min(1, "Say when you are available.").max(500),
  capacity: z.number().int().min(1, "Welcome 1 to 3 newcomers.").max(3, "Welcome 1 to 3 newcomers."),
  charter: z.object({
    accepted: z.literal(true, "Please accept the ambassadors' charter."),
    version: z.string().max(40),
  }),
  consent,
});

/**
 * A resident signed in on the portal volunteers as an ambassador, or updates what they said.
 * Their capacity may not fall below the newcomers they already accompany.
 */
export const volunteer = fn(volunteerSchema, async (input) => {
  const actor = assertActor("newcomer");
  const tenant = await Tenant.current();
  if (input.charter.version !== charterVersion)
    throw new VisibleError(
      "conflict",
      "charter_changed",
      "charter: the charter has changed; please read it again.",
      "charter",
    );
  const notice = Settings.noticeFor(
    await Settings.load(tenant.tenantId, tenant.name),
    input.consent.language ?? input.language,
  );
  if (notice.version !== input.consent.version)
    throw new VisibleError(
      "conflict",
      "notice_changed",
      "consent: the privacy notice has changed. Please read it again and accept it.",
      "consent",
    );
  const at = new Date().toISOString();
  const { charter: _, consent: __, ...details } = input;
  const record = {
    ...details,
    consent: { at, charterVersion, noticeVersion: notice.version, language: notice.language },
  };
  const key = { tenantId: tenant.tenantId, email: actor.email };
  try {
    await db()
      .entities.ambassador.create({ ...key, createdAt: at, ...record })
      .go();
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
    // Already an ambassador: their pairs and status stay, the rest is what they say now.
    try {
      await db()
        .entities.ambassador.patch(key)
        .set(record)
        .add({ version: 1 })
        .where((a, { lte }) => lte(a.buddies, input.capacity))
        .go();
    } catch (refusal) {
      if (!isConditionFailure(refusal)) throw refusal;
      throw new VisibleError(
        "conflict",
        "capacity_below_buddies",
        "capacity: you already accompany more newcomers than that.",
        "capacity",
      );
    }
  }
  return mine();
});

/** The signed-in resident's ambassador profile, or null. */
export async function mine() {
  const actor = assertActor("newcomer");
  const record = await db().entities.ambassador.get({ tenantId: useTenant(), email: actor.email }).go();
  if (!record.data) return null;
  const { tenantId: _, ...ambassador } = record.data;
  return ambassador;
}

/** The territory's ambassadors, for coordinators. */
export async function list() {
  assertCan("ambassadors.read");
  const all = await db().entities.ambassador.query.list({ tenantId: useTenant() }).go({ pages: "all" });
  return all.data.map(({ tenantId: _, ...ambassador }) => ambassador);
}

/** A coordinator pauses an ambassador (no new pairs) or makes them available again. */
export const setStatus = fn(z.object({ email, status: z.enum(["active", "paused"]) }), async ({ email, status }) => {
  assertCan("ambassadors.manage");
  try {
    await db().entities.ambassador.patch({ tenantId: useTenant(), email }).set({ status }).go();
  } catch (error) {
    if (isConditionFailure(error))
      throw new VisibleError("not-found", "ambassador_not_found", "email: no such ambassador.", "email");
    throw error;
  }
  return { email, status };
});
