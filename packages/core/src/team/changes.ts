import { randomUUID } from "node:crypto";
import * as z from "zod";
import { assertCan, type Role, roles } from "../auth/roles";
import { config } from "../config";
import { assertActor, useTenant } from "../context";
import { cancellationReasons, db, openCursor, sealCursor, type TransactItem, transact } from "../db";
import { VisibleError } from "../error";
import { fn } from "../fn";
import type { TeamChange } from "../mail";
import * as Mail from "../mail";
import * as Tenant from "../tenant";

const email = z.string().trim().toLowerCase().max(254).pipe(z.email("email: give a valid e-mail address."));

const lastOwner = () =>
  new VisibleError(
    "conflict",
    "last_owner",
    "email: a territory keeps at least one owner. Make someone else owner first.",
    "email",
  );
const ownerOnly = (what: string) => new VisibleError("forbidden", "owner_only", `Only an owner can ${what}.`);

async function membershipOf(tenantId: string, member: string) {
  const found = await db().entities.membership.get({ tenantId, email: member }).go();
  if (!found.data) throw new VisibleError("not-found", "not_a_member", "email: not a member of this team.", "email");
  return found.data;
}

/**
 * The check that keeps an owner besides `member`: another owner's membership must still say
 * owner when the transaction commits, so two owners demoting each other at once cannot both win.
 */
async function anotherOwnerCheck(tenantId: string, member: string): Promise<TransactItem> {
  const members = await db().entities.membership.query.byEmail({ tenantId }).go({ pages: "all" });
  const other = members.data.find((m) => m.role === "owner" && m.email !== member);
  if (!other) throw lastOwner();
  return {
    ConditionCheck: {
      TableName: config().table,
      Key: db().entities.membership.get({ tenantId, email: other.email }).params().Key,
      ConditionExpression: "#role = :owner",
      ExpressionAttributeNames: { "#role": "role" },
      ExpressionAttributeValues: { ":owner": "owner" },
    },
  };
}

function rolePut(tenantId: string, member: string, role: Role, expected: Role): TransactItem[] {
  return [
    {
      Update: db()
        .entities.membership.patch({ tenantId, email: member })
        .set({ role })
        .where((attr, { eq }) => eq(attr.role, expected))
        .params(),
    },
    { Update: db().entities.membershipRef.patch({ email: member, tenantId }).set({ role }).params() },
  ];
}

function leaving(tenantId: string, member: string, expected: Role): TransactItem[] {
  return [
    {
      Delete: db()
        .entities.membership.delete({ tenantId, email: member })
        .where((attr, { eq }) => eq(attr.role, expected))
        .params(),
    },
    { Delete: db().entities.membershipRef.delete({ email: member, tenantId }).params() },
  ];
}

function audited(tenantId: string, change: TeamChange, member: string, by: string, from?: Role, to?: Role) {
  return {
    Put: db()
      .entities.teamEvent.put({
        tenantId,
        at: new Date().toISOString(),
        eventId: randomUUID(),
        change,
        member,
        by,
        from,
        to,
      })
      .params(),
  };
}

/** Commits a team change; a refused condition means someone changed the team meanwhile. */
async function commit(items: TransactItem[]) {
  try {
    await transact(items);
  } catch (error) {
    const reasons = cancellationReasons(error);
    // The last item is the other owner's check when there is one: its refusal means they just stepped down.
    if (reasons.at(-1) === "ConditionalCheckFailed" && items.at(-1) && "ConditionCheck" in (items.at(-1) as object))
      throw lastOwner();
    if (reasons.includes("ConditionalCheckFailed"))
      throw new VisibleError("conflict", "team_changed", "The team changed meanwhile. Reload and try again.");
    throw error;
  }
}

async function tell(to: string, change: TeamChange, by: string, member: string, role?: Role) {
  const tenant = await Tenant.current();
  await Mail.send({
    template: "teamChange",
    data: { change, by, member, role, link: `${config().publicUrl}/console/team` },
    to,
    language: await Mail.staffLanguage(to),
    brand: Mail.territoryBrand(tenant),
  });
}

/** Removes someone from the team. Only an owner removes an owner; the last owner stays. */
export const removeMember = fn(z.object({ email }), async ({ email: member }) => {
  const actor = assertCan("team.manage");
  const tenantId = useTenant();
  if (actor.type === "staff" && actor.email === member)
    throw new VisibleError("input", "use_leave", "email: to leave the team yourself, use Leave.", "email");
  const membership = await membershipOf(tenantId, member);
  if (membership.role === "owner" && actor.type === "staff" && actor.role !== "owner")
    throw ownerOnly("remove an owner");
  const by = actor.type === "staff" ? actor.email : "Escale";
  await commit([
    ...leaving(tenantId, member, membership.role),
    audited(tenantId, "removed", member, by, membership.role),
    ...(membership.role === "owner" ? [await anotherOwnerCheck(tenantId, member)] : []),
  ]);
  await tell(member, "removed", by, member);
  return { email: member };
});

/** Changes a member's role. Owners alone grant or take away ownership; the last owner stays one. */
export const changeRole = fn(z.object({ email, role: z.enum(roles) }), async ({ email: member, role }) => {
  const actor = assertCan("team.manage");
  const tenantId = useTenant();
  const membership = await membershipOf(tenantId, member);
  if (membership.role === role) return { email: member, role };
  if ((membership.role === "owner" || role === "owner") && actor.type === "staff" && actor.role !== "owner")
    throw ownerOnly("grant or take away ownership");
  const by = actor.type === "staff" ? actor.email : "Escale";
  await commit([
    ...rolePut(tenantId, member, role, membership.role),
    audited(tenantId, "roleChanged", member, by, membership.role, role),
    ...(membership.role === "owner" ? [await anotherOwnerCheck(tenantId, member)] : []),
  ]);
  await tell(member, "roleChanged", by, member, role);
  return { email: member, role };
});

/** Hands the ownership to another member: they become owner, the owner who gives it becomes an admin. */
export const transferOwnership = fn(z.object({ email }), async ({ email: member }) => {
  const actor = assertActor("staff");
  if (actor.role !== "owner") throw ownerOnly("hand over the ownership");
  const tenantId = useTenant();
  if (member === actor.email)
    throw new VisibleError("input", "already_owner", "email: choose another member of the team.", "email");
  const membership = await membershipOf(tenantId, member);
  await commit([
    ...rolePut(tenantId, member, "owner", membership.role),
    ...rolePut(tenantId, actor.email, "admin", "owner"),
    audited(tenantId, "ownershipTransferred", member, actor.email, membership.role, "owner"),
  ]);
  await tell(member, "ownershipTransferred", actor.email, member, "owner");
  return { owner: member, you: "admin" as const };
});

/** The signed-in member leaves the team; the owners hear of it. The last owner cannot leave. */
export const leave = fn(z.object({}).optional(), async () => {
  const actor = assertActor("staff");
  const tenantId = useTenant();
  const membership = await membershipOf(tenantId, actor.email);
  await commit([
    ...leaving(tenantId, actor.email, membership.role),
    audited(tenantId, "memberLeft", actor.email, actor.email, membership.role),
    ...(membership.role === "owner" ? [await anotherOwnerCheck(tenantId, actor.email)] : []),
  ]);
  const members = await db().entities.membership.query.byEmail({ tenantId }).go({ pages: "all" });
  for (const owner of members.data.filter((m) => m.role === "owner"))
    await tell(owner.email, "memberLeft", actor.email, actor.email);
  return { left: true };
});

/** The team's changes, newest first. */
export const history = fn(z.object({ cursor: z.string().max(2000).nullish() }).optional(), async (input) => {
  assertCan("team.manage");
  const tenantId = useTenant();
  const scope = `${tenantId} team-history`;
  const page = await db()
    .entities.teamEvent.query.byTime({ tenantId })
    .go({ order: "desc", limit: 50, cursor: openCursor(input?.cursor, scope) });
  return { events: page.data.map(({ tenantId: _, ...event }) => event), cursor: sealCursor(page.cursor, scope) };
});
