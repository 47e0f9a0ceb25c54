import { AsyncLocalStorage } from "node:async_hooks";
import { Logger } from "@aws-lambda-powertools/logger";
import { Metrics, MetricUnit } from "@aws-lambda-powertools/metrics";
import { redact } from "../assistant/redact";
import { tenantInContext } from "../context";
import names from "./metrics.json";

/** What the app counts; the CloudWatch names are data, in `metrics.json`. */
export type MetricName = keyof typeof names.metrics;
export const metricNames = names.metrics;
export const metricsNamespace = names.namespace;

/**
 * Values a log line may carry: ids, codes, counts, names of things, never what a person typed.
 * Strings are still redacted (e-mail addresses, phone numbers) in case an id or error code
 * quotes one.
 */
export type LogFields = Record<string, string | number | boolean | null | undefined>;

const inLambda = Boolean(process.env.AWS_LAMBDA_FUNCTION_NAME);

/**
 * One JSON line per entry (Powertools' format). In Lambda from INFO up; elsewhere from WARN
 * up, so `pnpm dev` and the tests print only what needs attention. POWERTOOLS_LOG_LEVEL
 * changes the level, POWERTOOLS_DEV=true indents the JSON for reading.
 */
export const logger = new Logger({
  serviceName: "escale",
  logLevel: (process.env.POWERTOOLS_LOG_LEVEL ?? (inLambda ? "INFO" : "WARN")) as "INFO",
});

/**
 * Metrics as CloudWatch embedded metric format lines, in Lambda only (CloudWatch reads them
 * from the function's log). Elsewhere a count is a DEBUG log line: nothing to publish to.
 */
const metrics = inLambda ? new Metrics({ namespace: names.namespace, serviceName: "escale" }) : undefined;

const requests = new AsyncLocalStorage<{ requestId: string }>();

/** Runs `run` as the request `requestId`: every log line and metric inside carries the id. */
export function withRequestId<T>(requestId: string, run: () => T): T {
  return requests.run({ requestId }, run);
}

function scrubbed(fields: LogFields | undefined): LogFields {
  const out: LogFields = {};
  for (const [key, value] of Object.entries(fields ?? {})) out[key] = typeof value === "string" ? redact(value) : value;
  return out;
}

/** The keys every line carries: the request and the tenant it acts in, when known. */
function correlation(): LogFields {
  return { requestId: requests.getStore()?.requestId, tenantId: tenantInContext() };
}

/**
 * The app's log: a fixed message (what happened, without data) and fields. The request id and
 * tenant id are added from the context; nothing personal belongs in either argument.
 */
export const log = {
  debug: (message: string, fields?: LogFields) =>
    logger.debug(redact(message), { ...correlation(), ...scrubbed(fields) }),
  info: (message: string, fields?: LogFields) =>
    logger.info(redact(message), { ...correlation(), ...scrubbed(fields) }),
  warn: (message: string, fields?: LogFields) =>
    logger.warn(redact(message), { ...correlation(), ...scrubbed(fields) }),
  error: (message: string, fields?: LogFields) =>
    logger.error(redact(message), { ...correlation(), ...scrubbed(fields) }),
};

/**
 * Counts one occurrence of `metric`, published at once (one EMF line: nothing to flush when
 * the invocation ends, and concurrent requests never share a batch). Dimensions are small,
 * fixed vocabularies (an outcome), never ids; the tenant and request ride along as properties.
 */
export function count(metric: MetricName, dimensions: Record<string, string> = {}) {
  const name = names.metrics[metric];
  if (!metrics) {
    log.debug("metric", { metric: name, ...dimensions });
    return;
  }
  const single = metrics.singleMetric();
  for (const [dimension, value] of Object.entries(dimensions)) single.addDimension(dimension, value);
  const { requestId, tenantId } = correlation();
  if (requestId) single.addMetadata("requestId", String(requestId));
  if (tenantId) single.addMetadata("tenantId", String(tenantId));
  single.addMetric(name, MetricUnit.Count, 1);
}
