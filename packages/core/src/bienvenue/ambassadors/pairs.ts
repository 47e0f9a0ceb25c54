import { randomUUID } from "node:crypto";
import * as z from "zod";
import { assertCan } from "../../auth/roles";
import { config } from "../../config";
import { useTenant } from "../../context";
import { cancellationReasons, db, type TransactItem, transact } from "../../db";
import { VisibleError } from "../../error";
import { fn } from "../../fn";
import { counterUpdates, pair as pairTally } from "../outcomes/counters";
import * as Mail from "./mail";
import { email } from "./profile";
import { mustFind } from "./requests";

export const pairId = z.string().trim().min(1).max(64);

/** A date `months` after `from`, as YYYY-MM-DD (the 31st becomes the month's last day). */
export function monthsLater(from: Date, months: number): string {
  const target = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(from.getUTCDate(), lastDay));
  return target.toISOString().slice(0, 10);
}

function ambassadorSlot(tenantId: string, ambassadorEmail: string, by: 1 | -1): TransactItem {
  const { Key } = db().entities.ambassador.get({ tenantId, email: ambassadorEmail }).params() as {
    Key: Record<string, string>;
  };
  return {
    Update: {
      TableName: config().table,
      Key,
      UpdateExpression: "ADD #buddies :by",
      ConditionExpression:
        by === 1 ? "attribute_exists(pk) AND #status = :active AND #buddies < #capacity" : "attribute_exists(pk)",
      ExpressionAttributeNames:
        by === 1 ? { "#buddies": "buddies", "#status": "status", "#capacity": "capacity" } : { "#buddies": "buddies" },
      ExpressionAttributeValues: by === 1 ? { ":by": by, ":active": "active" } : { ":by": by },
    },
  };
}

/**
 * A coordinator pairs a newcomer who asked for a buddy with an ambassador. One transaction
 * takes a slot of the ambassador's capacity (on condition it is free), closes the request (on
 * condition it is open), creates the pair and counts it; then both get an introduction e-mail.
 */
export const approve = fn(z.object({ email, ambassadorEmail: email }), async (input) => {
  const actor = assertCan("ambassadors.manage");
  const tenantId = useTenant();
  const request = await mustFind(input.email);
  const ambassador = (await db().entities.ambassador.get({ tenantId, email: input.ambassadorEmail }).go()).data;
  if (!ambassador)
    throw new VisibleError(
      "not-found",
      "ambassador_not_found",
      "ambassadorEmail: no such ambassador.",
      "ambassadorEmail",
    );
  const now = new Date();
  const pair = {
    tenantId,
    pairId: randomUUID(),
    ambassadorEmail: ambassador.email,
    ambassadorName: ambassador.name,
    ambassadorLanguage: ambassador.language,
    enroleeEmail: request.email,
    enroleeName: request.name,
    enroleeLanguage: request.language,
    startedAt: now.toISOString(),
    checkIn1DueOn: monthsLater(now, 1),
    checkIn3DueOn: monthsLater(now, 3),
    endsOn: monthsLater(now, 6),
    status: "active" as const,
    approvedBy: actor.type === "staff" ? actor.email : "system",
  };
  try {
    await transact([
      ambassadorSlot(tenantId, ambassador.email, 1),
      {
        Update: db()
          .entities.buddyRequest.patch({ tenantId, email: request.email })
          .set({ status: "paired", pairId: pair.pairId, requestedAt: request.requestedAt })
          .where((a, { eq }) => eq(a.status, "open"))
          .params(),
      },
      { Put: db().entities.buddyPair.create(pair).params() },
      ...counterUpdates(tenantId, pairTally({ change: "started", at: now })),
    ]);
  } catch (error) {
    const reasons = cancellationReasons(error);
    if (reasons[0] === "ConditionalCheckFailed")
      throw new VisibleError(
        "conflict",
        "ambassador_full",
        "ambassadorEmail: this ambassador has no free slot.",
        "ambassadorEmail",
      );
    if (reasons[1] === "ConditionalCheckFailed")
      throw new VisibleError(
        "conflict",
        "request_not_open",
        "email: this newcomer is not waiting for a buddy.",
        "email",
      );
    throw error;
  }
  await Mail.introductions(pair, ambassador, request);
  const { tenantId: _, ...created } = pair;
  return created;
});

/**
 * Ends an active pair: frees the ambassador's slot, and reopens the newcomer's request when
 * they are to be rematched. `completed` (six months) keeps the request closed.
 */
export async function endPair(
  tenantId: string,
  id: string,
  reason: "completed" | "coordinator" | "ambassador-left" | "enrolee-left",
  rematch: boolean,
) {
  const pair = (await db().entities.buddyPair.get({ tenantId, pairId: id }).go()).data;
  if (!pair) throw new VisibleError("not-found", "pair_not_found", "pairId: no such pair.", "pairId");
  const request = (await db().entities.buddyRequest.get({ tenantId, email: pair.enroleeEmail }).go()).data;
  const now = new Date();
  const requestStatus = rematch ? "open" : reason === "enrolee-left" ? "withdrawn" : undefined;
  try {
    await transact([
      {
        Update: db()
          .entities.buddyPair.patch({ tenantId, pairId: id })
          .set({ status: "ended", endedAt: now.toISOString(), endReason: reason, startedAt: pair.startedAt })
          .where((a, { eq }) => eq(a.status, "active"))
          .params(),
      },
      ambassadorSlot(tenantId, pair.ambassadorEmail, -1),
      ...(request && requestStatus
        ? [
            {
              Update: db()
                .entities.buddyRequest.patch({ tenantId, email: pair.enroleeEmail })
                .set({ status: requestStatus, requestedAt: request.requestedAt })
                .params(),
            },
          ]
        : []),
      ...counterUpdates(tenantId, pairTally({ change: "ended", at: now })),
    ]);
  } catch (error) {
    if (cancellationReasons(error)[0] === "ConditionalCheckFailed")
      throw new VisibleError("conflict", "pair_not_active", "pairId: this pair has already ended.", "pairId");
    throw error;
  }
  return { pairId: id, status: "ended" as const, endReason: reason, rematch };
}

export const end = fn(z.object({ pairId, rematch: z.boolean().default(true) }), async (input) => {
  assertCan("ambassadors.manage");
  return endPair(useTenant(), input.pairId, "coordinator", input.rematch);
});

export const list = fn(z.object({ status: z.enum(["active", "ended"]).default("active") }), async ({ status }) => {
  assertCan("ambassadors.read");
  const pairs = await db().entities.buddyPair.query.byStatus({ tenantId: useTenant(), status }).go({ pages: "all" });
  return pairs.data.map(({ tenantId: _, ...pair }) => pair);
});
