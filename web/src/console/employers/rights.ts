import type { Membership } from "../types";

/** Mirrors the server's "employers.read" and "employers.manage", which it enforces itself. */
export function employerRights(role: Membership["role"]) {
  return { read: role !== "editor", manage: role === "owner" || role === "admin" };
}
