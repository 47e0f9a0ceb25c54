import { Duration } from "aws-cdk-lib/core";
import { Cron, type StackContext, use } from "sst/constructs";
import { alarm } from "./alarms";
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
  const { publicUrl, alarms } = use(ApiStack);

  const backend = backendFunctionProps({ stage: app.stage, storage, publicUrl });
  const letters = addLetterSending(stack, backend, alarms);

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

  // A job that throws fails the invocation: the next run retries what is left, and someone looks.
  alarm(stack, alarms, "JobsFailedAlarm", {
    description: "A scheduled job failed (SLA escalation, letters, pairs...): see the jobs function's log.",
    metric: jobs.jobFunction.metricErrors({ period: Duration.minutes(15), statistic: "Sum" }),
    threshold: 1,
  });

  return { jobs, letters };
}
