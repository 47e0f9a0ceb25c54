import { join } from "node:path";
import { config } from "@escale/core/config";
import { ensureTable } from "@escale/core/db";
import { startDynamoLocal } from "./dynamodb";
import { dataDir } from "./paths";
import type { RunningService } from "./service";

async function answers(endpoint: string): Promise<boolean> {
  try {
    await fetch(endpoint, { method: "POST", signal: AbortSignal.timeout(1000) });
    return true;
  } catch {
    return false;
  }
}

/**
 * Makes the configured database reachable: an endpoint that already answers (the dev server's,
 * or AWS) is used as it is; the default local endpoint is started on demand, on the same
 * persisted data. Resolves to a stop function for what it started.
 */
export async function openDatabase(): Promise<RunningService & { started: boolean }> {
  const endpoint = config().dynamoEndpoint;
  if (endpoint && !(await answers(endpoint))) {
    const url = new URL(endpoint);
    if (!["localhost", "127.0.0.1"].includes(url.hostname)) throw new Error(`DynamoDB at ${endpoint} does not answer`);
    const dynamo = await startDynamoLocal({ port: Number(url.port), dataDir: join(dataDir, "dynamodb") });
    await ensureTable();
    return { stop: dynamo.stop, started: true };
  }
  if (endpoint) await ensureTable();
  return { stop: async () => {}, started: false };
}
