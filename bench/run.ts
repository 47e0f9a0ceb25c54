/**
 * `pnpm bench`: latency and DynamoDB requests per call for the hot paths, against DynamoDB
 * Local in memory. Prints figures; asserts nothing (tests never assert on time).
 */
import { randomUUID } from "node:crypto";
import { withActor } from "@escale/core/context";
import { dynamoRequestCount, ensureTable } from "@escale/core/db";
import * as Tenant from "@escale/core/tenant";
import { startDynamoLocal } from "@escale/local/dynamodb";

const tenants = Number(process.env.BENCH_TENANTS ?? 200);
const samples = Number(process.env.BENCH_SAMPLES ?? 300);

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function measure(name: string, call: () => Promise<unknown>) {
  const times: number[] = [];
  const before = dynamoRequestCount();
  for (let i = 0; i < samples; i++) {
    const start = performance.now();
    await call();
    times.push(performance.now() - start);
  }
  const requests = (dynamoRequestCount() - before) / samples;
  times.sort((a, b) => a - b);
  console.log(
    `${name.padEnd(40)} median ${percentile(times, 50).toFixed(2)} ms  p95 ${percentile(times, 95).toFixed(2)} ms  DynamoDB requests/call ${requests.toFixed(1)}`,
  );
}

const dynamo = await startDynamoLocal();
process.env.ESCALE_DYNAMODB_ENDPOINT = dynamo.endpoint;
process.env.ESCALE_TABLE = `bench-${randomUUID()}`;
try {
  await ensureTable();
  const slugs: string[] = [];
  await withActor({ type: "system" }, async () => {
    for (let i = 0; i < tenants; i++) {
      const slug = `bench-${i}`;
      await Tenant.create({
        name: `Territory ${i}`,
        kind: "metropole",
        country: "FR",
        slug,
        defaultLanguage: "fr",
        languages: ["fr", "en"],
        ownerEmail: `owner${i}@example.org`,
      });
      slugs.push(slug);
    }
  });
  console.log(`${tenants} tenants, ${samples} samples per figure, DynamoDB Local in memory\n`);
  let n = 0;
  const nextSlug = () => slugs[n++ % slugs.length] ?? "bench-0";
  await measure("portal: resolve host", () => Tenant.resolveHost(`${nextSlug()}.localhost:5173`));
  await measure("portal: home (host + profile)", async () => {
    const served = await Tenant.resolveHost(`${nextSlug()}.localhost:5173`);
    if (served.kind !== "portal") throw new Error("tenant not found");
    await withActor({ type: "visitor", tenantId: served.tenant.tenantId }, () => Tenant.portalProfile());
  });
  await measure("platform: slug availability", () =>
    withActor({ type: "public" }, () => Tenant.slugAvailability({ slug: nextSlug() })),
  );
} finally {
  await dynamo.stop();
}
