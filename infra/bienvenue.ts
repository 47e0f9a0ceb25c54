import { ConfigurationSet, EmailSendingEvent, EventDestination } from "aws-cdk-lib/aws-ses";
import { Duration } from "aws-cdk-lib/core";
import { type FunctionProps, Queue, type StackContext, Topic } from "sst/constructs";
import { fontPaths } from "../packages/core/src/bienvenue/flyers/font-files";
import { alarm, type alarmTopic } from "./alarms";

export const LETTERS_HANDLER = "functions/src/bienvenue/letters-lambda.handler";
export const SES_EVENTS_HANDLER = "functions/src/bienvenue/ses-events-lambda.handler";

/**
 * SES's sending rate for the account (messages per second; 14 when production access is
 * granted, raised on request). `ESCALE_SES_SEND_RATE` at synth time says what the account has.
 */
export function sesSendRate(): number {
  const rate = Number(process.env.ESCALE_SES_SEND_RATE ?? 14);
  return Number.isFinite(rate) && rate > 0 ? rate : 14;
}

/** Letter senders running at once: each paces itself to its share of the rate. */
export const LETTER_SENDERS = 2;

/**
 * The flyer fonts, copied next to the bundle (the Lambda has no node_modules): the API
 * function makes flyers. Paths are those of the npm packages the core depends on.
 */
export const flyerFontCopies = Object.values(fontPaths).map((file) => ({
  from: `packages/core/node_modules/${file}`,
  to: `fonts/${file.split("/").at(-1)}`,
}));

/**
 * Bienvenue's letters in AWS: the newsletters job queues them and a consumer sends them at
 * SES's rate (two senders at most, each pacing itself); a letter failing five times goes to a
 * dead-letter queue that raises an alarm. Letters go through an SES configuration set whose
 * bounce and complaint events come back through SNS to a function that suppresses the address.
 */
export function addLetterSending(
  stack: StackContext["stack"],
  backend: FunctionProps,
  alarms: ReturnType<typeof alarmTopic>,
) {
  const configurationSet = new ConfigurationSet(stack, "MailEvents");
  const mailEnvironment = { ESCALE_SES_CONFIGURATION_SET: configurationSet.configurationSetName };

  const sesEvents = new Topic(stack, "SesEvents", {
    subscribers: {
      suppression: {
        function: {
          ...backend,
          environment: { ...backend.environment, ...mailEnvironment },
          handler: SES_EVENTS_HANDLER,
          timeout: "30 seconds",
          memorySize: "512 MB",
        },
      },
    },
  });
  configurationSet.addEventDestination("BouncesAndComplaints", {
    destination: EventDestination.snsTopic(sesEvents.cdk.topic),
    events: [EmailSendingEvent.BOUNCE, EmailSendingEvent.COMPLAINT],
  });

  const deadLetters = new Queue(stack, "LettersDeadLetters", {
    cdk: { queue: { retentionPeriod: Duration.days(14) } },
  });
  const perSender = sesSendRate() / LETTER_SENDERS;
  const letters = new Queue(stack, "Letters", {
    consumer: {
      function: {
        ...backend,
        environment: {
          ...backend.environment,
          ...mailEnvironment,
          ESCALE_LETTERS_PER_SECOND: String(perSender),
        },
        handler: LETTERS_HANDLER,
        timeout: "60 seconds",
        memorySize: "512 MB",
      },
      cdk: {
        eventSource: {
          // A batch of 10 paced at the sender's share of the rate ends well within the timeout.
          batchSize: 10,
          maxConcurrency: LETTER_SENDERS,
          reportBatchItemFailures: true,
        },
      },
    },
    cdk: {
      queue: {
        visibilityTimeout: Duration.seconds(360),
        deadLetterQueue: { queue: deadLetters.cdk.queue, maxReceiveCount: 5 },
      },
    },
  });
  alarm(stack, alarms, "LettersDeadLetterAlarm", {
    description: "A Bienvenue letter could not be sent after five tries: see the dead-letter queue.",
    metric: deadLetters.cdk.queue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5) }),
    threshold: 1,
  });

  return {
    letters,
    sesEvents,
    configurationSet,
    /** For the function that queues letters (the jobs). */
    senderEnvironment: { ...mailEnvironment, ESCALE_LETTERS_QUEUE_URL: letters.queueUrl },
  };
}
