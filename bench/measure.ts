import { dynamoRequestCount } from "@escale/core/db";

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** Runs `call` `samples` times; prints median and p95 latency and DynamoDB requests per call. */
export async function measure(name: string, samples: number, call: () => Promise<unknown>) {
  const times: number[] = [];
  const before = dynamoRequestCount();
  for (let i = 0; i < samples; i++) {
    const start = performance.now();
    await call();
    times.push(performance.now() - start);
  }
  const requests = (dynamoRequestCount() - before) / samples;
  times.sort((a, b) => a - b);
  const figures = { median: percentile(times, 50), p95: percentile(times, 95), requests };
  console.log(
    `${name.padEnd(44)} median ${figures.median.toFixed(2).padStart(7)} ms  p95 ${figures.p95.toFixed(2).padStart(7)} ms  DynamoDB requests/call ${requests.toFixed(1)}`,
  );
  return figures;
}
