/**
 * Scheduled work: each job runs for every tenant it concerns and must be safe to run twice.
 * Run by Cron in AWS, by the dev server's timer locally, and by `pnpm escale jobs run <name>`.
 * Jobs arrive with the features that need them (first: the Conciergerie's first-contact SLA).
 */
export const jobs: Record<string, () => Promise<{ summary: string }>> = {};

export async function runAll(): Promise<string[]> {
  const summaries: string[] = [];
  for (const [name, job] of Object.entries(jobs)) summaries.push(`${name}: ${(await job()).summary}`);
  return summaries;
}
