import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, inject } from "vitest";

/** Points this test file at a fresh table of its own on the shared DynamoDB Local. */
process.env.ESCALE_DYNAMODB_ENDPOINT = inject("dynamoEndpoint");
process.env.ESCALE_SMTP_PORT = String(inject("smtpPort"));
process.env.ESCALE_TABLE = `test-${randomUUID()}`;
process.env.ESCALE_UPLOADS_DIR = mkdtempSync(join(tmpdir(), "escale-uploads-"));

beforeAll(async () => {
  const { ensureTable } = await import("@escale/core/db");
  await ensureTable();
});
