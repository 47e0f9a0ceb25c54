import { Letters, Registrations, sendReminders } from "@escale/core/bienvenue";
import { runPairs } from "@escale/core/bienvenue/ambassadors";
import { escalateOverdue, Retention } from "@escale/core/conciergerie";

/**
 * Scheduled work: each job runs for every tenant it concerns and must be safe to run twice.
 * Run by Cron in AWS, by the dev server's timer locally, and by `pnpm escale jobs run <name>`.
 */
export const jobs: Record<string, () => Promise<{ summary: string }>> = {
  /** Buddy pairs: one- and three-month check-ins, once each; pairs end after six months. */
  pairs: async () => {
    const { checkIns, completed } = await runPairs();
    return { summary: `${checkIns} check-in(s) sent, ${completed} pair(s) completed` };
  },
  /** Cases past their first-contact deadline: tell the assignee or the admins, once. */
  sla: async () => {
    const { escalated, emails } = await escalateOverdue();
    return { summary: `${escalated} overdue case(s) escalated in ${emails} digest e-mail(s)` };
  },
  /** Closed cases past the territory's retention period (24 months by default): erased, audited. */
  retention: async () => {
    const { erased } = await Retention.eraseExpired();
    return { summary: `${erased} closed case(s) erased after their retention period` };
  },
  /** Bienvenue letters due: each enrolee gets each issue once, in their language. */
  newsletters: async () => {
    const { sent, failed } = await Letters.sendDue();
    return { summary: `${sent} letter(s) sent${failed ? `, ${failed} failed (retried next run)` : ""}` };
  },
  /** Waitlist offers not taken within 24 hours: withdrawn, seats to the next person. */
  offers: async () => {
    const { expired } = await Registrations.expireOffers();
    return { summary: `${expired} expired offer(s) passed on` };
  },
  /** Event reminders at the territory's offsets (default two days before). */
  reminders: async () => {
    const { reminded } = await sendReminders();
    return { summary: `${reminded} reminder(s) sent` };
  },
};

export async function runAll(): Promise<string[]> {
  const summaries: string[] = [];
  for (const [name, job] of Object.entries(jobs)) summaries.push(`${name}: ${(await job()).summary}`);
  return summaries;
}
