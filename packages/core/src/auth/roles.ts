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
