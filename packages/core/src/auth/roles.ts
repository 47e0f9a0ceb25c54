import { assertActor } from "../context";
import { VisibleError } from "../error";

export const roles = ["owner", "admin", "agent", "editor", "viewer"] as const;
export type Role = (typeof roles)[number];

/**
 * What each role may do. Domain functions ask for a permission, never for a role, so adding a
 * role or moving a right is a change to this table alone.
 */
const permissions = {
  "tenant.read": ["owner", "admin", "agent", "editor", "viewer"],
  "branding.write": ["owner", "admin"],
  "team.read": ["owner", "admin", "agent", "editor", "viewer"],
  "team.manage": ["owner", "admin"],
  // Conciergerie: cases hold personal data, so content editors do not see them.
  "cases.read": ["owner", "admin", "agent", "viewer"],
  "cases.work": ["owner", "admin", "agent"],
  "cases.export": ["owner", "admin"],
  "cases.erase": ["owner", "admin"],
  "cases.audit": ["owner", "admin"],
  "conciergerie.configure": ["owner", "admin"],
  // Knowledge articles and the assistant: editors write, every staff role reads.
  "knowledge.read": ["owner", "admin", "agent", "editor", "viewer"],
  "knowledge.write": ["owner", "admin", "editor"],
  "assistant.configure": ["owner", "admin"],
  // Bons plans: editors write partners' deals; the desk redeems codes; outcomes are aggregates.
  "deals.read": ["owner", "admin", "agent", "editor", "viewer"],
  "deals.write": ["owner", "admin", "editor"],
  "deals.redeem": ["owner", "admin", "agent"],
  "bienvenue.outcomes": ["owner", "admin", "agent", "editor", "viewer"],
  // Ambassadors are residents' personal data: coordinators (agents) pair them, editors do not see them.
  "ambassadors.read": ["owner", "admin", "agent", "viewer"],
  "ambassadors.manage": ["owner", "admin", "agent"],
  // Partner employers: admins sell and connect Stripe; agents see who refers recruits.
  "employers.read": ["owner", "admin", "agent", "viewer"],
  "employers.manage": ["owner", "admin"],
  "billing.manage": ["owner", "admin"],
  // Bienvenue: enrolees and registrations are personal data; events and letters are content.
  "enrolees.read": ["owner", "admin", "agent", "viewer"],
  "enrolees.manage": ["owner", "admin", "agent"],
  "events.write": ["owner", "admin", "editor"],
  "letters.write": ["owner", "admin", "editor"],
  "bienvenue.configure": ["owner", "admin"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissions;

export function can(role: Role, permission: Permission): boolean {
  return (permissions[permission] as readonly Role[]).includes(role);
}

/** The acting staff member, required to hold the permission (system actors always do). */
export function assertCan(permission: Permission) {
  const actor = assertActor("staff", "system");
  if (actor.type === "staff" && !can(actor.role, permission))
    throw new VisibleError("forbidden", "role_forbidden", `Your role (${actor.role}) does not allow this action.`);
  return actor;
}
