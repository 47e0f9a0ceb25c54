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
    },
    /** Where the platform site and console are served; links in e-mails point here. */
    publicUrl: env.ESCALE_PUBLIC_URL ?? `http://localhost:${port("ESCALE_WEB_PORT", 5173)}`,
    uploads: {
      bucket: env.ESCALE_UPLOADS_BUCKET,
      dir: env.ESCALE_UPLOADS_DIR ?? ".data/uploads",
    },
    /** Signs local upload URLs; in AWS, S3 presigns instead. */
    secret: env.ESCALE_SECRET ?? "local-development-secret",
  };
}

export type Config = ReturnType<typeof config>;

/** The portal origin of a tenant: `{slug}.{host of the public URL}`. */
export function portalUrl(slug: string): string {
  const url = new URL(config().publicUrl);
  url.hostname = `${slug}.${url.hostname}`;
  return url.origin;
}
