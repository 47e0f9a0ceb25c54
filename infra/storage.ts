import { RemovalPolicy } from "aws-cdk-lib/core";
import { Bucket, type StackContext, Table, type TableProps } from "sst/constructs";
import { tableShape } from "../packages/core/src/db/table";
import { addGeneratedSecrets } from "./secrets";
import { isDevStage, platformDomain } from "./shared";

type Fields = NonNullable<TableProps["fields"]>;

/** Every key attribute of the table and its indexes, all strings. */
export function keyFields(): Fields {
  const names = [
    tableShape.partitionKey,
    tableShape.sortKey,
    ...Object.values(tableShape.indexes).flatMap((index) => [index.partitionKey, index.sortKey]),
  ];
  return Object.fromEntries(names.map((name) => [name, "string"])) as Fields;
}

/**
 * The origins allowed to PUT uploads (logos) straight to the bucket with a presigned URL:
 * the platform site and console, and every tenant portal. Without a platform domain the web
 * app is only known as a CloudFront domain created later, so any origin is allowed (the
 * presigned URL is the authorisation either way).
 */
export function uploadOrigins(domain: string | undefined): string[] {
  return domain ? [`https://${domain}`, `https://*.${domain}`] : ["*"];
}

/**
 * Stateful resources, in their own stack: the single DynamoDB table (shape shared with
 * DynamoDB Local through `tableShape`), the uploads bucket and the generated secrets.
 */
export function StorageStack({ stack, app }: StackContext) {
  const dev = isDevStage(app.stage);
  const removalPolicy = dev ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN;

  const table = new Table(stack, "Table", {
    fields: keyFields(),
    primaryIndex: { partitionKey: tableShape.partitionKey, sortKey: tableShape.sortKey },
    globalIndexes: Object.fromEntries(
      Object.entries(tableShape.indexes).map(([name, index]) => [
        name,
        { partitionKey: index.partitionKey, sortKey: index.sortKey, projection: "all" as const },
      ]),
    ),
    timeToLiveAttribute: tableShape.timeToLive,
    cdk: {
      table: {
        // On-demand billing is the SST default; point-in-time recovery is set explicitly.
        pointInTimeRecovery: true,
        deletionProtection: !dev,
        removalPolicy,
      },
    },
  });

  // Private: logos are written with presigned URLs and read through CloudFront at /uploads/* (see web.ts).
  const uploads = new Bucket(stack, "Uploads", {
    blockPublicACLs: true,
    cors: [
      {
        allowedMethods: ["PUT", "GET", "HEAD"],
        allowedOrigins: uploadOrigins(platformDomain()),
        allowedHeaders: ["*"],
        maxAge: "1 hour",
      },
    ],
    cdk: { bucket: { removalPolicy, autoDeleteObjects: dev } },
  });

  const secrets = addGeneratedSecrets(stack, { retain: !dev });

  return { table, uploads, secrets };
}

export type Storage = ReturnType<typeof StorageStack>;
