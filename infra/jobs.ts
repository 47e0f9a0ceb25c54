import { Cron, type StackContext, use } from "sst/constructs";
import { ApiStack } from "./api";
import { addLetterSending } from "./bienvenue";
import { backendFunctionProps } from "./shared";
import { StorageStack } from "./storage";

export const JOBS_SCHEDULE = "rate(15 minutes)";

/**
 * Scheduled work (SLA escalation, newsletters): one Lambda on a schedule, with the same access
 * and settings as the API. The dev server runs the same jobs locally.
 */
export function JobsStack({ stack, app }: StackContext) {
  const storage = use(StorageStack);
  const { publicUrl } = use(ApiStack);

  const backend = backendFunctionProps({ stage: app.stage, storage, publicUrl });
  const letters = addLetterSending(stack, backend);

  const jobs = new Cron(stack, "Jobs", {
    schedule: JOBS_SCHEDULE,
    job: {
      function: {
        ...backend,
        environment: { ...backend.environment, ...letters.senderEnvironment },
        handler: "functions/src/jobs/lambda.handler",
        timeout: "5 minutes",
        memorySize: "1024 MB",
      },
    },
  });
  jobs.attachPermissions([letters.letters]);

  return { jobs, letters };
}
