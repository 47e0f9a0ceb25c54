import type { Role } from "./auth/roles";

/**
 * Who is acting. The edge builds one per request; core functions read it through context.
 * `client` is the address the server saw the request come from (never a value the client
 * chose): what limits on unauthenticated use count by. Absent for in-process callers.
 */
export type Actor =
  /** Nobody signed in, no tenant: the platform site. */
  | { type: "public" }
  /**
   * Nobody signed in, on a tenant's portal (resolved from the host). `visitor` is the id of the
   * visitor cookie the server signed; `returning` whether the browser sent it back.
   */
  | { type: "visitor"; tenantId: string; client?: string; visitor?: { id: string; returning: boolean } }
  /** A newcomer signed in on a tenant's portal, following their own requests. */
  | { type: "newcomer"; userId: string; email: string; tenantId: string; client?: string }
  /** A person acting for a partner employer on the tenant's portal (owner or member of it). */
  | {
      type: "employer";
      userId: string;
      email: string;
      tenantId: string;
      employerId: string;
      role: "owner" | "member";
      client?: string;
    }
  /** Signed in, acting in no tenant yet (sign-up, choosing a tenant). */
  | { type: "user"; userId: string; email: string }
  /** Signed-in staff member of one tenant, with the role of that membership. */
  | { type: "staff"; userId: string; email: string; tenantId: string; role: Role }
  /** Scheduled jobs, webhooks and the operator CLI; tenantId when working inside one tenant. */
  | { type: "system"; tenantId?: string };

export type ActorOf<T extends Actor["type"]> = Extract<Actor, { type: T }>;
