import { PolicyStatement } from "aws-cdk-lib/aws-iam";
import type { FunctionProps } from "sst/constructs";
import type { Storage } from "./storage";

/**
 * Development stages: personal and preview deployments that may be torn down with their data.
 * Everything else (prod, staging, ...) keeps its data: deletion protection and RETAIN.
 */
export function isDevStage(stage: string): boolean {
  return stage === "dev" || stage === "local" || stage.startsWith("dev-") || stage.startsWith("pr-");
}

/**
 * The platform domain (`escale.app`): the platform site and console live on it, tenant portals
 * on `{slug}.<domain>`. Read at synth time from `ESCALE_DOMAIN` (SST loads `.env.<stage>` at
 * the repository root). Unset: the CloudFront domain, without portals by subdomain.
 */
export function platformDomain(): string | undefined {
  const domain = process.env.ESCALE_DOMAIN?.trim().toLowerCase();
  return domain ? domain : undefined;
}

/** The sender of every e-mail; its domain must be a verified SES identity. */
export function mailFrom(domain: string | undefined): string {
  const from = process.env.ESCALE_MAIL_FROM?.trim();
  if (from) return from;
  return `Escale <no-reply@${domain ?? "escale.localhost"}>`;
}

/**
 * What every Lambda of the app shares: Node 22 on Graviton, bundled by esbuild as ESM, minified
 * and split: what a handler imports with `import()` lands in chunks of its own, read on first
 * use rather than at cold start (`pnpm bench`, BENCH_ONLY=bundle, measures it).
 */
export const lambdaDefaults = {
  runtime: "nodejs22.x",
  architecture: "arm_64",
  nodejs: {
    format: "esm",
    minify: true,
    splitting: true,
    // Libraries that ship development builds (React, for e-mail templates) bundle only their production one.
    esbuild: { define: { "process.env.NODE_ENV": '"production"' } },
  },
} as const satisfies FunctionProps;

/**
 * The props of a function running domain code (API, jobs): the table and the uploads bucket
 * bound (name in the environment, IAM access), SES sending, and the settings
 * `packages/core/src/config.ts` reads.
 */
export function backendFunctionProps(input: {
  stage: string;
  storage: Storage;
  /** Where the web app is served; e-mail links and tenant portal origins derive from it. */
  publicUrl: string;
}): FunctionProps {
  const { table, uploads } = input.storage;
  return {
    ...lambdaDefaults,
    bind: [table, uploads],
    environment: {
      ESCALE_STAGE: input.stage,
      ESCALE_TABLE: table.tableName,
      ESCALE_UPLOADS_BUCKET: uploads.bucketName,
      ESCALE_PUBLIC_URL: input.publicUrl,
      ESCALE_MAIL_TRANSPORT: "ses",
      ESCALE_MAIL_FROM: mailFrom(platformDomain()),
      ESCALE_SECRET: input.storage.secrets.app,
    },
    permissions: [new PolicyStatement({ actions: ["ses:SendEmail", "ses:SendRawEmail"], resources: ["*"] })],
  };
}

/** Re-exported for sst.config.ts: `sst` is a dependency of this package, not of the root. */
export type { SSTConfig } from "sst";
