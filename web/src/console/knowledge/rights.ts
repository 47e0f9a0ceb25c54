import type { Membership } from "../types";

/**
 * What a role may do with the knowledge articles, mirroring the server's permissions (which it
 * enforces itself): every staff role reads; editors, admins and owners write; only admins and
 * owners configure the assistant.
 */
export function knowledgeRights(role: Membership["role"]) {
  return {
    write: role === "owner" || role === "admin" || role === "editor",
    configure: role === "owner" || role === "admin",
  };
}
