import * as z from "zod";
import { assertCan } from "../auth/roles";
import { useTenant } from "../context";
import { db, openCursor, sealCursor } from "../db";
import { fn } from "../fn";

/** Who read which case when, newest first, for admins. */
export const reads = fn(z.object({ cursor: z.string().max(2000).nullish() }), async (input) => {
  assertCan("cases.audit");
  const scope = `${useTenant()} reads`;
  const page = await db()
    .entities.caseRead.query.byTime({ tenantId: useTenant() })
    .go({ order: "desc", limit: 50, cursor: openCursor(input.cursor, scope) });
  const reads = page.data.map(({ at, caseId, by, role }) => ({ at, caseId, by, role }));
  return { reads, cursor: sealCursor(page.cursor, scope) };
});
