import { randomUUID } from "node:crypto";
import { assertActor } from "../context";
import { db } from "../db";
import { VisibleError } from "../error";
import * as Team from "../team";
import { canonicalEmail } from "./email";

export { canonicalEmail, emailAddress } from "./email";
export { language, setLanguage } from "./language";
export type { Permission, Role } from "./roles";
export { assertCan, can, roles } from "./roles";
export { type StaffLanguage, staffLanguages } from "./staff-languages";

/**
 * The identity behind a verified e-mail address, created at first sign-in. Two concurrent
 * first sign-ins agree on one userId because creation is conditional.
 */
export async function identify(rawEmail: string) {
  const email = canonicalEmail(rawEmail);
  if (!email) throw new VisibleError("input", "invalid_email", "Give a valid e-mail address.", "email");
  const existing = await db().entities.identity.get({ email }).go();
  if (existing.data) return existing.data;
  try {
    const created = await db()
      .entities.identity.create({
        email,
        userId: randomUUID(),
        createdAt: new Date().toISOString(),
      })
      .go();
    return created.data;
  } catch {
    const raced = await db().entities.identity.get({ email }).go();
    if (!raced.data) throw new Error("Identity could not be created");
    return raced.data;
  }
}

/** The tenants the signed-in person belongs to, after accepting pending invitations. */
export async function memberships() {
  const actor = assertActor("user", "staff");
  await Team.acceptInvitations();
  const refs = await db().entities.membershipRef.query.byEmail({ email: actor.email }).go({ pages: "all" });
  if (refs.data.length === 0) return [];
  const tenants = await db()
    .entities.tenant.get(refs.data.map(({ tenantId }) => ({ tenantId })))
    .go();
  const byId = new Map(tenants.data.map((tenant) => [tenant.tenantId, tenant]));
  return refs.data.flatMap(({ tenantId, role }) => {
    const tenant = byId.get(tenantId);
    return tenant ? [{ tenantId, role, slug: tenant.slug, name: tenant.name }] : [];
  });
}
export { forget, revokeSessions, sessionSubject } from "./sessions";
export { checkCode, codeLimits, requestCode } from "./sign-in-code";
