import type { Actor } from "@escale/core/actor";
import { Employers } from "@escale/core/employers";
import { VisibleError } from "@escale/core/error";
import * as Team from "@escale/core/team";
import * as Tenant from "@escale/core/tenant";
import { createClient } from "@openauthjs/openauth/client";
import type { Context } from "hono";
import { subjects } from "../auth/subjects";
import { clientAddress } from "./client";
import { originOf } from "./origin";
import { visitorOf } from "./visitor";

/** The header the console sends to say which of the person's tenants it is working in. */
export const tenantHeader = "x-escale-tenant";

/**
 * The header the portal's employer space sends: the signed-in person then acts for the
 * employer the host's tenant lists them under, if any. Elsewhere on the portal they stay a
 * newcomer, so their own requests do not cost a lookup.
 */
export const spaceHeader = "x-escale-space";

type Fetch = (input: string | URL | Request, init?: RequestInit) => Promise<Response> | Response;

/** The origin the browser used: tokens are issued by, and checked against, that origin. */
export function requestOrigin(c: Context): string {
  return originOf(c.req.raw);
}

/**
 * Builds the actor of a request (with the portal's tenant record, already read, for reuse): the tenant from the host on a portal, from the signed-in
 * person's membership on the platform site — never from the request body.
 */
export function actorResolver(issuerFetch: Fetch, issuerGeneration: () => number) {
  const clients = new Map<string, ReturnType<typeof createClient>>();
  let generation = issuerGeneration();
  const clientFor = (origin: string) => {
    // A rebuilt issuer (after a storage failure) may have failed to give its keys: start afresh.
    if (generation !== issuerGeneration()) {
      clients.clear();
      generation = issuerGeneration();
    }
    let client = clients.get(origin);
    if (!client) {
      // Verification fetches the issuer's keys in-process rather than over the network.
      client = createClient({
        clientID: "escale-web",
        issuer: origin,
        fetch: (input, init) => Promise.resolve(issuerFetch(input, init)),
      });
      if (clients.size > 1000) clients.clear();
      clients.set(origin, client);
    }
    return client;
  };

  async function signedIn(c: Context, origin: string) {
    const token = c.req.header("authorization")?.match(/^Bearer (.+)$/)?.[1];
    if (!token) return undefined;
    const verified = await clientFor(origin).verify(subjects, token);
    // A token counts only on the origin it was issued for: a portal's never opens the console.
    if (verified.err || verified.subject.properties.origin !== origin)
      throw new VisibleError("auth", "session_expired", "Your session has expired. Please sign in again.");
    const { userId, email } = verified.subject.properties;
    return { userId, email };
  }

  return async function resolve(c: Context): Promise<{ actor: Actor; tenant?: Tenant.Tenant }> {
    const origin = requestOrigin(c);
    const host = new URL(origin).host;
    const served = await Tenant.resolveHost(host);
    const person = await signedIn(c, origin);
    if (served.kind === "portal") {
      const tenantId = served.tenant.tenantId;
      const client = clientAddress(c);
      if (!person)
        return { actor: { type: "visitor", tenantId, client, visitor: visitorOf(c) }, tenant: served.tenant };
      // Who acts for which employer is the tenant's own record, read with the host's tenant.
      const contact =
        c.req.header(spaceHeader) === "employer" ? await Employers.contactOf(tenantId, person.email) : undefined;
      const actor: Actor = contact
        ? { type: "employer", ...person, tenantId, employerId: contact.employerId, role: contact.role, client }
        : { type: "newcomer", ...person, tenantId, client };
      return { actor, tenant: served.tenant };
    }
    if (!person) return { actor: { type: "public" } };
    const tenantId = c.req.header(tenantHeader);
    if (!tenantId) return { actor: { type: "user", ...person } };
    const role = await Team.roleOf(tenantId, person.email);
    if (!role) throw new VisibleError("forbidden", "not_a_member", "You are not a member of this territory.");
    return { actor: { type: "staff", ...person, tenantId, role } };
  };
}
