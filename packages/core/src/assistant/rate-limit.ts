import { useActor, useClient } from "../context";
import { db } from "../db";
import { RateLimited } from "../error";

/**
 * Questions allowed per window: each visitor (their signed visitor cookie), each client
 * address (several visitors may share one, as in a town hall), and the tenant's whole portal.
 */
export const limits = {
  visitor: { max: 10, seconds: 60 },
  address: { max: 60, seconds: 60 },
  tenant: { max: 300, seconds: 60 },
} as const;

/** Counts one request in the current fixed window; the seconds until it ends when over the limit. */
async function count(tenantId: string, scope: string, limit: { max: number; seconds: number }, now: number) {
  const window = Math.floor(now / 1000 / limit.seconds);
  const endsAt = (window + 1) * limit.seconds;
  const { data } = await db()
    .entities.rateCounter.update({ tenantId, scope, window: String(window) })
    .add({ count: 1 })
    .set({ expiresAt: endsAt + limit.seconds })
    .go({ response: "all_new" });
  return (data.count ?? 0) > limit.max ? Math.max(1, Math.ceil(endsAt - now / 1000)) : undefined;
}

/**
 * Whom a question counts against, from what the server knows only (never an id in the input):
 * a returning visitor by the cookie the server signed; a client that did not send it back
 * (a first visit, or one that drops cookies to start afresh) by its address, at the visitor's
 * rate; in-process callers (CLI, tests) by the visitor id they were given, else as one.
 */
function visitorScope(): string {
  const actor = useActor();
  const visitor = actor.type === "visitor" ? actor.visitor : undefined;
  const client = useClient();
  if (visitor?.returning || (visitor && !client)) return `visitor#cookie#${visitor.id}`;
  return client ? `visitor#address#${client}` : "visitor#in-process";
}

/**
 * Refuses a visitor's question when they, their address, or the tenant's portal as a whole
 * asked too many in the current minute. A counter item per window, with a TTL, in the
 * tenant's partition. One visitor cannot exhaust the others' buckets: their own is smaller
 * than their address's, and an address's smaller than the tenant's.
 */
export async function checkRateLimits(tenantId: string, now = Date.now()) {
  const client = useClient();
  const [visitor, address, tenant] = await Promise.all([
    count(tenantId, visitorScope(), limits.visitor, now),
    client ? count(tenantId, `address#${client}`, limits.address, now) : undefined,
    count(tenantId, "tenant", limits.tenant, now),
  ]);
  const wait = Math.max(visitor ?? 0, address ?? 0, tenant ?? 0);
  if (wait > 0) throw new RateLimited(wait);
}
