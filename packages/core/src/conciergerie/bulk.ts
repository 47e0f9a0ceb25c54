import * as z from "zod";
import { assertCan } from "../auth/roles";
import { VisibleError } from "../error";
import { fn } from "../fn";
import { assign, find, move } from "./case-file";
import { closeReasons } from "./pipeline";

const caseIds = z
  .array(z.uuid("caseIds: each must be a case id."))
  .min(1, "caseIds: choose at least one case.")
  .max(100, "caseIds: at most 100 cases at once.");

type Outcome = { done: string[]; failed: { caseId: string; code: string; message: string }[] };

/**
 * Applies one change to each chosen case at its current version, case by case, so one case
 * someone else just changed (or that cannot make that move) fails alone and is reported.
 */
async function each(ids: string[], change: (caseId: string, version: number) => Promise<unknown>): Promise<Outcome> {
  const outcome: Outcome = { done: [], failed: [] };
  for (const caseId of ids) {
    try {
      const record = await find(caseId);
      if (!record || record.erasedAt) throw new VisibleError("not-found", "case_not_found", "caseId: no such case.");
      await change(caseId, record.version);
      outcome.done.push(caseId);
    } catch (error) {
      if (!(error instanceof VisibleError)) throw error;
      outcome.failed.push({ caseId, code: error.code, message: error.message });
    }
  }
  return outcome;
}

/** Assigns several cases to one agent (or to nobody) at once. */
export const bulkAssign = fn(
  z.object({ caseIds, assignee: z.string().trim().toLowerCase().max(254).nullable() }),
  async (input) => {
    assertCan("cases.work");
    return each([...new Set(input.caseIds)], (caseId, expectedVersion) =>
      assign({ caseId, assignee: input.assignee, expectedVersion }),
    );
  },
);

/** Moves several cases to one status at once; installation needs each household's details, so it is not offered. */
export const bulkMove = fn(
  z.object({
    caseIds,
    to: z.enum(["contacted", "accompanied", "closed"]),
    closedReason: z.enum(closeReasons).optional(),
  }),
  async (input) => {
    assertCan("cases.work");
    return each([...new Set(input.caseIds)], (caseId, expectedVersion) =>
      move({ caseId, to: input.to, expectedVersion, closedReason: input.closedReason }),
    );
  },
);
