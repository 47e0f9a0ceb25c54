import { z } from "zod";
import { assertCan } from "../auth/roles";
import { useTenant } from "../context";
import { db } from "../db";
import { fn } from "../fn";

/** Who read which case when, newest first, for admins. */
export const reads = fn(z.object({ cursor: z.string().max(2000).nullish() }), async ({ cursor }) => {
  assertCan("cases.audit");
  const page = await db()
    .entities.caseRead.query.byTime({ tenantId: useTenant() })
    .go({ order: "desc", limit: 50, cursor: cursor ?? null });
  return { reads: page.data.map(({ at, caseId, by, role }) => ({ at, caseId, by, role })), cursor: page.cursor };
});
