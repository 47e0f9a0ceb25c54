import { useClient } from "../context";
import { db } from "../db";
import { RateLimited } from "../error";

/** Questions allowed per window: each visitor's conversation, and the whole tenant's portal. */
export const limits = {
  visitor: { max: 10, seconds: 60 },
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
 * Refuses a visitor's question when they, or the tenant's portal as a whole, asked too many
 * in the current minute. A counter item per window, with a TTL, in the tenant's partition.
 */
export async function checkRateLimits(tenantId: string, sessionId: string | undefined, now = Date.now()) {
  // Over HTTP the visitor is the client address the edge saw, never an id the client picks;
  // only in-process callers (tests, the CLI) are told apart by conversation.
  const client = useClient();
  const visitorKey = client ? `client#${client}` : `session#${sessionId ?? "anonymous"}`;
  const [visitor, tenant] = await Promise.all([
    count(tenantId, `visitor#${visitorKey}`, limits.visitor, now),
    count(tenantId, "tenant", limits.tenant, now),
  ]);
  const wait = Math.max(visitor ?? 0, tenant ?? 0);
  if (wait > 0) throw new RateLimited(wait);
}
