/**
 * Deployment settings, read from the environment. Every default is the local stack that
 * `pnpm dev` starts, so a fresh clone runs without any configuration.
 */
export function config() {
  const env = process.env;
  const port = (name: string, fallback: number) => Number(env[name] ?? fallback);
  return {
    stage: env.ESCALE_STAGE ?? "local",
    table: env.ESCALE_TABLE ?? "escale",
    region: env.AWS_REGION ?? "eu-west-3",
    /** Unset in AWS; locally the DynamoDB Local endpoint. */
    dynamoEndpoint:
      env.ESCALE_DYNAMODB_ENDPOINT ??
      (env.AWS_LAMBDA_FUNCTION_NAME ? undefined : `http://localhost:${port("ESCALE_DYNAMODB_PORT", 8000)}`),
    mail: {
      transport: (env.ESCALE_MAIL_TRANSPORT ?? "smtp") as "smtp" | "ses",
      from: env.ESCALE_MAIL_FROM ?? "Escale <no-reply@escale.localhost>",
      smtpHost: env.ESCALE_SMTP_HOST ?? "localhost",
      smtpPort: port("ESCALE_SMTP_PORT", 1025),
      /** In AWS, the SES configuration set whose bounce and complaint events come back to us. */
      configurationSet: env.ESCALE_SES_CONFIGURATION_SET || undefined,
      /** In AWS, the queue Bienvenue letters wait in, drained at SES's send rate; unset: sent at once. */
      lettersQueueUrl: env.ESCALE_LETTERS_QUEUE_URL || undefined,
    },
    /** Where the platform site and console are served; links in e-mails point here. */
    publicUrl: env.ESCALE_PUBLIC_URL ?? `http://localhost:${port("ESCALE_WEB_PORT", 5173)}`,
    uploads: {
      bucket: env.ESCALE_UPLOADS_BUCKET,
      dir: env.ESCALE_UPLOADS_DIR ?? ".data/uploads",
    },
    /** Signs local upload URLs, list cursors and visitor cookies. */
    secret: env.ESCALE_SECRET ?? "local-development-secret",
    /**
     * In AWS, the value CloudFront adds to every request it forwards (`x-escale-edge`):
     * forwarding headers are believed only on requests that carry it. Unset locally.
     */
    edgeSecret: env.ESCALE_EDGE_SECRET,
    stripe: stripeConfig(env),
  };
}

export type Config = ReturnType<typeof config>;

/** The local webhook secret: `pnpm dev` and the tests sign their events with it (see the README). */
export const localWebhookSecret = "whsec_escale_local_development";

/**
 * Stripe settings. SST writes its secrets as `SST_Secret_value_<NAME>`; locally they are plain
 * variables. Without a secret key the app uses its local checkout page instead of Stripe.
 */
function stripeConfig(env: NodeJS.ProcessEnv) {
  const secretKey = env.STRIPE_SECRET_KEY ?? env.SST_Secret_value_STRIPE_SECRET_KEY;
  return {
    secretKey: secretKey || undefined,
    webhookSecret: env.STRIPE_WEBHOOK_SECRET ?? env.SST_Secret_value_STRIPE_WEBHOOK_SECRET ?? localWebhookSecret,
    /** Events must match the deployment: live keys take live events only, test keys and none take test events. */
    livemode: /^(sk|rk)_live_/.test(secretKey ?? ""),
    /** In AWS, verified events wait here (FIFO, grouped by subscription); unset: applied at once. */
    queueUrl: env.ESCALE_STRIPE_QUEUE_URL || undefined,
    /** Days a failed payment leaves the employer's access open before it is paused. */
    graceDays: Number(env.ESCALE_STRIPE_GRACE_DAYS ?? 14),
  };
}

/** The portal origin of a tenant: `{slug}.{host of the public URL}`. */
export function portalUrl(slug: string): string {
  const url = new URL(config().publicUrl);
  url.hostname = `${slug}.${url.hostname}`;
  return url.origin;
}
