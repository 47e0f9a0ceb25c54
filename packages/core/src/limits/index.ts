import { createHash } from "node:crypto";
import { useActor, useClient } from "../context";
import { db } from "../db";

export type Limit = { max: number; seconds: number };

/**
 * Counts one use of `scope` in the current fixed window (an item per window with a TTL, so the
 * count holds across Lambda instances); the seconds until the window ends when over `max`.
 * Scopes are hashed: they hold e-mail and client addresses, which the counters need not keep.
 */
export async function consume(scope: string, limit: Limit, now = Date.now()): Promise<number | undefined> {
  const window = Math.floor(now / 1000 / limit.seconds);
  const endsAt = (window + 1) * limit.seconds;
  const { data } = await db()
    .entities.limitCounter.update({ scope: digest(scope), window: String(window) })
    .add({ count: 1 })
    .set({ expiresAt: endsAt + limit.seconds })
    .go({ response: "all_new" });
  return (data.count ?? 0) > limit.max ? Math.max(1, Math.ceil(endsAt - now / 1000)) : undefined;
}

/** Consumes every scope at once; the longest wait among those over their limit, if any. */
export async function consumeAll(uses: [scope: string, limit: Limit][], now = Date.now()) {
  const waits = await Promise.all(uses.map(([scope, limit]) => consume(scope, limit, now)));
  const wait = Math.max(0, ...waits.map((value) => value ?? 0));
  return wait > 0 ? wait : undefined;
}

function digest(scope: string): string {
  const [kind] = scope.split(":", 1);
  return `${kind}:${createHash("sha256").update(scope).digest("base64url").slice(0, 22)}`;
}

/**
 * E-mails sent on behalf of someone not signed in: per recipient address, per client, and per
 * territory (a ceiling many clients together cannot push a territory's sending past).
 */
export const mailLimits = {
  perRecipient: { max: 5, seconds: 3600 },
  perClient: { max: 20, seconds: 3600 },
  perTenant: { max: 1000, seconds: 3600 },
} satisfies Record<string, Limit>;

/**
 * True when an e-mail to `recipient` must not go out: too many were sent to that address, or
 * asked for by this client, or sent by this territory without sign-in, in the last hour.
 * Keeps a form from becoming a mail cannon.
 */
export async function overMailCeiling(recipient: string): Promise<boolean> {
  const client = useClient();
  const actor = useActor();
  const tenantId = "tenantId" in actor ? actor.tenantId : undefined;
  const wait = await consumeAll([
    [`mail-recipient:${recipient.toLowerCase()}`, mailLimits.perRecipient],
    ...(client ? [[`mail-client:${client}`, mailLimits.perClient] as [string, Limit]] : []),
    ...(tenantId ? [[`mail-tenant:${tenantId}`, mailLimits.perTenant] as [string, Limit]] : []),
  ]);
  return wait !== undefined;
}
