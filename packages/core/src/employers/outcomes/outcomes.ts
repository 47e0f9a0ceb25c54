import { assertCan } from "../../auth/roles";
import { readCounters } from "../../conciergerie/funnel";
import { assertActor, useTenant } from "../../context";
import { db } from "../../db";
import { VisibleError } from "../../error";
import * as Employers from "../employers";

/** Outcomes are shown for groups of at least this many recruits, so no one household can be singled out. */
export const minimumGroup = 5;

type Row = Awaited<ReturnType<typeof readCounters>>[number];

/**
 * What became of the households that came through an employer's channel (its referrals, link
 * and flyer), from the Conciergerie's funnel counters for that channel: every cohort summed.
 */
export function outcomesOf(rows: Row[]) {
  const sum = (key: string) => rows.reduce((total, row) => total + Number(row[key] ?? 0), 0);
  return {
    referred: sum("registered"),
    contacted: sum("contacted"),
    accompanied: sum("accompanied"),
    installed: sum("installed"),
    partnerFoundWork: sum("partnerFoundWork"),
    childrenSchooled: sum("childrenSchooled"),
  };
}

export type Outcomes = ReturnType<typeof outcomesOf>;

/** The outcomes, or nothing but the rule when the group is smaller than the minimum. */
export function withGroupRule(outcomes: Outcomes) {
  return outcomes.referred >= minimumGroup
    ? { minimumGroup, shown: true as const, outcomes }
    : { minimumGroup, shown: false as const, outcomes: null };
}

const channelPrefix = (code: string) => `channel#${code}#`;

/** The employer space: its own recruits' outcomes. */
export async function mine() {
  const actor = assertActor("employer");
  const employer = await Employers.get(actor.employerId);
  if (!employer) throw new VisibleError("not-found", "employer_not_found", "This employer no longer exists.");
  return withGroupRule(outcomesOf(await readCounters(channelPrefix(employer.channelCode))));
}

/** The console: every employer's outcomes under the same rule, from one Query of the channel counters. */
export async function byEmployer() {
  assertCan("employers.read");
  const [employers, rows] = await Promise.all([
    db().entities.employer.query.byTenant({ tenantId: useTenant() }).go({ pages: "all" }),
    readCounters("channel#"),
  ]);
  return employers.data.map((employer) => ({
    id: employer.employerId,
    name: employer.name,
    ...withGroupRule(outcomesOf(rows.filter((row) => row.value === employer.channelCode))),
  }));
}
