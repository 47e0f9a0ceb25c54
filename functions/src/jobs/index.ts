import { runPairs } from "@escale/core/bienvenue/ambassadors";
import { escalateOverdue } from "@escale/core/conciergerie";

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
};

export async function runAll(): Promise<string[]> {
  const summaries: string[] = [];
  for (const [name, job] of Object.entries(jobs)) summaries.push(`${name}: ${(await job()).summary}`);
  return summaries;
}
