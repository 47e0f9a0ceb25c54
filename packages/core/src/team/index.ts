import * as z from "zod";
import { emailAddress } from "../auth/email";
import { assertCan, roles } from "../auth/roles";
import { config, portalUrl } from "../config";
import { assertActor, useTenant } from "../context";
import { assertCommitted, db } from "../db";
import { VisibleError } from "../error";
import { fn } from "../fn";
import * as Mail from "../mail";
import * as Tenant from "../tenant";

const invitationDays = 14;
const email = emailAddress;

/** Members and pending invitations of the current tenant. */
export async function list() {
  assertCan("team.read");
  const tenantId = useTenant();
  const [members, invitations] = await Promise.all([
    db().entities.membership.query.byEmail({ tenantId }).go({ pages: "all" }),
    db().entities.invitation.query.byEmail({ tenantId }).go({ pages: "all" }),
  ]);
  const now = Date.now() / 1000;
  return {
    members: members.data.map(({ email, role, joinedAt }) => ({ email, role, joinedAt })),
    invitations: invitations.data
      .filter((invitation) => invitation.expiresAt > now)
      .map(({ email, role, invitedAt, invitedBy }) => ({ email, role, invitedAt, invitedBy })),
  };
}

/**
 * Invites someone by e-mail. Inviting the same address again renews the invitation (and
 * resends the e-mail) rather than creating a second one.
 */
export const invite = fn(z.object({ email, role: z.enum(roles) }), async ({ email, role }) => {
  const actor = assertCan("team.manage");
  if (role === "owner" && actor.type === "staff" && actor.role !== "owner")
    throw new VisibleError("forbidden", "owner_only", "Only an owner can invite another owner.");
  const tenant = await Tenant.current();
  const existing = await db().entities.membership.get({ tenantId: tenant.tenantId, email }).go();
  if (existing.data)
    throw new VisibleError("conflict", "already_member", `email: ${email} is already a member of this team.`, "email");
  const now = new Date();
  const expiresAt = Math.floor(now.getTime() / 1000) + invitationDays * 86_400;
  const invitedBy = actor.type === "staff" ? actor.email : "Escale";
  await db()
    .transaction.write(({ invitation, invitationRef }) => [
      invitation
        .put({
          tenantId: tenant.tenantId,
          email,
          role,
          invitedBy,
          invitedAt: now.toISOString(),
          expiresAt,
        })
        .commit(),
      invitationRef.put({ email, tenantId: tenant.tenantId, expiresAt }).commit(),
    ])
    .go()
    .then(assertCommitted);
  await Mail.send({
    template: "invitation",
    data: {
      inviter: invitedBy,
      role,
      email,
      days: invitationDays,
      link: `${config().publicUrl}/console`,
      portal: portalUrl(tenant.slug),
    },
    to: email,
    language: await Mail.staffLanguage(email),
    brand: Mail.territoryBrand(tenant),
  });
  return { email, role, expiresAt };
});

export const revokeInvitation = fn(z.object({ email }), async ({ email }) => {
  assertCan("team.manage");
  const tenantId = useTenant();
  await db()
    .transaction.write(({ invitation, invitationRef }) => [
      invitation.delete({ tenantId, email }).commit(),
      invitationRef.delete({ email, tenantId }).commit(),
    ])
    .go()
    .then(assertCommitted);
  return { email };
});

/**
 * Turns the signed-in person's pending invitations into memberships. Runs at each sign-in;
 * replaying it is harmless because each step is conditional on the invitation still existing.
 */
export async function acceptInvitations() {
  const actor = assertActor("user", "staff");
  const pending = await db().entities.invitationRef.query.byEmail({ email: actor.email }).go({ pages: "all" });
  const now = Date.now() / 1000;
  for (const ref of pending.data) {
    const invitation = await db().entities.invitation.get({ tenantId: ref.tenantId, email: actor.email }).go();
    if (!invitation.data || invitation.data.expiresAt < now) {
      await db().entities.invitationRef.delete({ email: actor.email, tenantId: ref.tenantId }).go();
      continue;
    }
    const { tenantId, role } = invitation.data;
    await db()
      .transaction.write(({ invitation, invitationRef, membership, membershipRef }) => [
        invitation
          .delete({ tenantId, email: actor.email })
          .where((attr, { exists }) => exists(attr.role))
          .commit(),
        invitationRef.delete({ email: actor.email, tenantId }).commit(),
        membership.put({ tenantId, email: actor.email, role, joinedAt: new Date().toISOString() }).commit(),
        membershipRef.put({ email: actor.email, tenantId, role }).commit(),
      ])
      .go()
      .then(assertCommitted)
      .catch(() => undefined); // a concurrent sign-in accepted it first
  }
}

/** The role the person holds in a tenant, or undefined when they are not a member. */
export async function roleOf(tenantId: string, email: string) {
  const membership = await db().entities.membership.get({ tenantId, email }).go();
  return membership.data?.role;
}
export { changeRole, history, leave, removeMember, transferOwnership } from "./changes";
