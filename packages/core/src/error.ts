/** The kinds of failure a user can be told about; the edge maps each to one HTTP/tRPC code. */
export type VisibleErrorKind = "input" | "auth" | "forbidden" | "not-found" | "conflict" | "rate";

/**
 * What an input check refused, in words a client can put in the reader's language:
 * zod's issue code ("too_big") and its bound or format.
 */
export type IssueDetail = {
  issue: string;
  minimum?: number;
  maximum?: number;
  format?: string;
  origin?: string;
};

/** The only error whose message reaches a user. Anything else is a 500 logged without PII. */
export class VisibleError extends Error {
  constructor(
    public readonly kind: VisibleErrorKind,
    public readonly code: string,
    message: string,
    /** The input field the message is about, when there is one. */
    public readonly field?: string,
    public readonly detail?: IssueDetail,
  ) {
    super(message);
    this.name = "VisibleError";
  }
}

/** The answer to a save based on an old read: someone else saved in between. */
export function staleVersion(what: string): VisibleError {
  return new VisibleError(
    "conflict",
    "stale_version",
    `Someone else changed ${what} since you opened it. Reload the page to see their changes, then try again.`,
  );
}

/** Too many requests: the message says how long to wait, and the edge sends Retry-After. */
export class RateLimited extends VisibleError {
  constructor(
    public readonly retryAfterSeconds: number,
    message = `Too many questions in a short time: please wait ${retryAfterSeconds} seconds, then ask again.`,
  ) {
    super("rate", "rate_limited", message);
  }
}

/** A dependency could not be reached or answered with a failure: try again shortly (503). */
export class Unavailable extends Error {
  constructor() {
    super("A dependency is unavailable");
    this.name = "ServiceUnavailable";
  }
}
