import { PolicyStatement } from "aws-cdk-lib/aws-iam";
import { Duration } from "aws-cdk-lib/core";
import { Api, Config, Queue, Function as SstFunction, type StackContext, use } from "sst/constructs";
import { addApiAlarms, alarm, alarmTopic } from "./alarms";
import { AUTH_ROUTES, addAuthRoutes } from "./auth";
import { flyerFontCopies } from "./bienvenue";
import { backendFunctionProps, platformDomain } from "./shared";
import { StorageStack } from "./storage";
import { addWeb } from "./web";

/**
 * The API's own routes; the issuer's are in auth.ts. All go to the one Hono app. Uploads are
 * not among them: in AWS the browser PUTs to S3 with a presigned URL and reads `/uploads/*`
 * from the bucket through CloudFront (see web.ts and packages/core/src/files).
 */
export const API_ROUTES = [
  "ANY /trpc/{proxy+}",
  "GET /health",
  "POST /webhooks/stripe",
  "ANY /letters/{proxy+}",
  "GET /calendar/{proxy+}",
] as const;

/**
 * The request path: HTTP API → one Lambda running the Hono app (tRPC, OpenAuth issuer, Stripe
 * webhook, health), and the web app on CloudFront in front of it and of the uploads bucket.
 *
 * The web app lives in this stack, not a stack of its own: the function needs the public URL
 * (the CloudFront domain when there is no platform domain) and CloudFront needs the API's
 * URL; across two stacks that is a dependency cycle, within one it is not.
 */
export function ApiStack({ stack, app }: StackContext) {
  const storage = use(StorageStack);
  const domain = platformDomain();

  const api = new Api(stack, "Api");
  const site = addWeb(stack, {
    api,
    apiRoutes: [...API_ROUTES, ...AUTH_ROUTES],
    uploads: storage.uploads.cdk.bucket,
    domain,
    edgeSecret: storage.secrets.edge,
  });
  // Under `sst dev` the site is not deployed: the Vite dev server serves the web app.
  const publicUrl = domain ? `https://${domain}` : (site.url ?? "http://localhost:5173");

  const stripeSecretKey = new Config.Secret(stack, "STRIPE_SECRET_KEY");
  const stripeWebhookSecret = new Config.Secret(stack, "STRIPE_WEBHOOK_SECRET");

  const alarms = alarmTopic(stack);
  const backend = backendFunctionProps({ stage: app.stage, storage, publicUrl });
  const stripeEvents = addStripeEventQueue(stack, alarms, {
    ...backend,
    bind: [...(backend.bind ?? []), stripeSecretKey, stripeWebhookSecret],
  });
  const handler = new SstFunction(stack, "ApiHandler", {
    ...backend,
    // Editors' "draft a translation" and agents' translated messages run in the API only.
    environment: {
      ...backend.environment,
      ESCALE_STRIPE_QUEUE_URL: stripeEvents.queueUrl,
      ESCALE_EDGE_SECRET: storage.secrets.edge,
      ESCALE_TRANSLATE: "aws",
    },
    handler: "functions/src/api/lambda.handler",
    // Flyers are made here, with fonts read from files beside the bundle.
    copyFiles: flyerFontCopies,
    // API Gateway gives up after 30 s.
    timeout: "29 seconds",
    memorySize: "1024 MB",
    bind: [...(backend.bind ?? []), stripeSecretKey, stripeWebhookSecret],
    // SST writes the secrets' values into the environment at deploy time
    // (SST_Secret_value_<NAME>), so the app needs no SSM call nor SST client at runtime.
    prefetchSecrets: true,
  });

  handler.attachPermissions([
    stripeEvents,
    new PolicyStatement({ actions: ["translate:TranslateText"], resources: ["*"] }),
  ]);
  api.addRoutes(api, Object.fromEntries(API_ROUTES.map((route) => [route, { function: handler }])));
  addAuthRoutes(api, handler);
  addApiAlarms(stack, alarms, api, handler);

  stack.addOutputs({
    ApiUrl: api.url,
    WebUrl: publicUrl,
  });

  return { api, handler, site, publicUrl, stripeEvents, alarms };
}

export const STRIPE_EVENTS_HANDLER = "functions/src/billing/lambda.handler";

/**
 * Verified Stripe events wait in a FIFO queue grouped by subscription (deduplicated by event
 * id), so one subscription's events are applied in order by one consumer; five failures send
 * an event to a dead-letter queue, and any message there raises an alarm.
 */
function addStripeEventQueue(
  stack: StackContext["stack"],
  alarms: ReturnType<typeof alarmTopic>,
  backend: ReturnType<typeof backendFunctionProps>,
) {
  // The consumer reads the secret key's mode: a live deployment applies live events only.
  const deadLetters = new Queue(stack, "StripeEventsDeadLetters", {
    cdk: { queue: { fifo: true, retentionPeriod: Duration.days(14) } },
  });
  const queue = new Queue(stack, "StripeEvents", {
    consumer: {
      function: {
        ...backend,
        handler: STRIPE_EVENTS_HANDLER,
        timeout: "60 seconds",
        memorySize: "512 MB",
        prefetchSecrets: true,
      },
      cdk: { eventSource: { batchSize: 10, reportBatchItemFailures: true } },
    },
    cdk: {
      queue: {
        fifo: true,
        // Six times the consumer's timeout, as AWS advises for Lambda consumers.
        visibilityTimeout: Duration.seconds(360),
        deadLetterQueue: { queue: deadLetters.cdk.queue, maxReceiveCount: 5 },
      },
    },
  });
  alarm(stack, alarms, "StripeEventsDeadLetterAlarm", {
    description: "A Stripe event could not be applied after five tries: see the dead-letter queue.",
    metric: deadLetters.cdk.queue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5) }),
    threshold: 1,
  });
  return queue;
}
