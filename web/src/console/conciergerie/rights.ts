import type { Membership } from "../types";

/**
 * What a role may do with cases, mirroring the server's permissions (which it enforces
 * itself): editors write content and never see households; viewers read; agents work cases;
 * owners and admins also configure, export, erase and audit.
 */
export function caseRights(role: Membership["role"]) {
  return {
    read: role !== "editor",
    work: role === "owner" || role === "admin" || role === "agent",
    admin: role === "owner" || role === "admin",
  };
}
