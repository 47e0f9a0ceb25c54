/**
 * `pnpm bench`: latency and DynamoDB requests per call for the hot paths, against DynamoDB
 * Local in memory, and the API function's cold start (bundle size, fresh import time). Prints
 * figures; asserts nothing (tests never assert on time).
 * BENCH_ONLY=bundle,portal,conciergerie,assistant,bienvenue picks sections; BENCH_CASES sets the case count.
 */
import { randomUUID } from "node:crypto";
import { ensureTable } from "@escale/core/db";
import { startDynamoLocal } from "@escale/local/dynamodb";
import { benchAssistant } from "./assistant";
import { benchBienvenue } from "./bienvenue";
import { benchBundle } from "./bundle";
import { benchConciergerie } from "./conciergerie";
import { benchPortal } from "./portal";

const only = process.env.BENCH_ONLY?.split(",");
const wanted = (section: string) => !only || only.includes(section);
const samples = Number(process.env.BENCH_SAMPLES ?? 200);

if (wanted("bundle")) await benchBundle(Number(process.env.BENCH_IMPORTS ?? 9));
if (!["portal", "conciergerie", "assistant", "bienvenue"].some(wanted)) process.exit(0);

const dynamo = await startDynamoLocal();
process.env.ESCALE_DYNAMODB_ENDPOINT = dynamo.endpoint;
process.env.ESCALE_TABLE = `bench-${randomUUID()}`;
process.env.ESCALE_SMTP_PORT = "9"; // the benchmarks send no mail
try {
  await ensureTable();
  console.log("DynamoDB Local in memory, on this machine");
  if (wanted("portal")) await benchPortal(Number(process.env.BENCH_TENANTS ?? 200), samples);
  if (wanted("conciergerie")) await benchConciergerie(Number(process.env.BENCH_CASES ?? 50_000), samples);
  if (wanted("assistant")) await benchAssistant(samples);
  if (wanted("bienvenue"))
    await benchBienvenue(
      Number(process.env.BENCH_REGISTRATIONS ?? 500),
      Number(process.env.BENCH_ENROLEES ?? 10_000),
      samples,
    );
} finally {
  await dynamo.stop();
}
