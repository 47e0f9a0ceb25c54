import { staleVersion } from "../error";

/** True when DynamoDB refused a write because its condition (e.g. a version check) failed. */
export function isConditionFailure(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const name = (current as { name?: string }).name ?? "";
    if (name === "ConditionalCheckFailedException") return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/** The reasons DynamoDB gave for cancelling a transaction, one per item, or [] if none. */
export function cancellationReasons(error: unknown): string[] {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const reasons = (current as { CancellationReasons?: { Code?: string }[] }).CancellationReasons;
    if (reasons) return reasons.map((reason) => reason.Code ?? "None");
    current = (current as { cause?: unknown }).cause;
  }
  return [];
}

/**
 * ElectroDB reports a cancelled transaction in its result rather than by throwing: this turns
 * it back into an error carrying DynamoDB's reasons, so callers handle one failure path.
 */
export function assertCommitted(result: { canceled: boolean; data: { code?: string }[] }): void {
  if (!result.canceled) return;
  const error = new Error("Transaction cancelled") as Error & {
    CancellationReasons: { Code: string }[];
  };
  error.CancellationReasons = result.data.map((item) => ({ Code: item.code ?? "None" }));
  throw error;
}

/**
 * Runs a write conditioned on the version the person read; a refused condition becomes "someone
 * else changed {what}", so they reload instead of overwriting.
 */
export async function unlessChanged<T>(what: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isConditionFailure(error) || cancellationReasons(error)[0] === "ConditionalCheckFailed")
      throw staleVersion(what);
    throw error;
  }
}

const outageNames = new Set([
  "TimeoutError",
  "ThrottlingException",
  "ProvisionedThroughputExceededException",
  "RequestLimitExceeded",
  "InternalServerError",
  "ServiceUnavailable",
  "ServiceUnavailableException",
  "LimitExceededException",
]);
const outageCodes = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EAI_AGAIN", "ESOCKET"]);

/**
 * True when a dependency (DynamoDB, the mail server, S3…) could not be reached or was
 * overloaded rather than refusing the request: the caller may try again in a moment (503).
 */
export function isOutage(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 6; depth++) {
    const failure = current as {
      name?: string;
      code?: string;
      $retryable?: unknown;
      $metadata?: { httpStatusCode?: number };
      errors?: unknown[];
      cause?: unknown;
    };
    if (outageNames.has(failure.name ?? "") || outageCodes.has(failure.code ?? "")) return true;
    if (failure.$retryable || (failure.$metadata?.httpStatusCode ?? 0) >= 500) return true;
    if (failure.errors?.some((inner) => isOutage(inner))) return true;
    current = failure.cause;
  }
  return false;
}
