import type { Actor } from "@escale/core/actor";
import { useActor, withActor } from "@escale/core/context";
import { isOutage } from "@escale/core/db";
import { RateLimited, VisibleError, type VisibleErrorKind } from "@escale/core/error";
import { describeIssue } from "@escale/core/fn";
import { log } from "@escale/core/observability";
import { initTRPC, TRPCError } from "@trpc/server";
import { ZodError } from "zod";

const codes: Record<VisibleErrorKind, TRPCError["code"]> = {
  input: "BAD_REQUEST",
  auth: "UNAUTHORIZED",
  forbidden: "FORBIDDEN",
  "not-found": "NOT_FOUND",
  conflict: "CONFLICT",
  rate: "TOO_MANY_REQUESTS",
};

/** The actor the HTTP edge resolved for this request (or a test chose). */
export type Context = { actor: Actor; tenant?: { tenantId: string } };

export function toTRPCError(error: VisibleError): TRPCError {
  return new TRPCError({ code: codes[error.kind], message: error.message, cause: error });
}

/** Calls one HTTP request may batch: more is refused before any runs. */
export const maxBatchSize = 10;

const internalMessage = "Something went wrong on our side. Please try again.";
const outageMessage = "The service is briefly unavailable. Please try again in a moment.";

/** A dependency (database, mail) is down: 503, and the edge adds Retry-After. */
export function outageError(cause?: unknown): TRPCError {
  return new TRPCError({ code: "SERVICE_UNAVAILABLE", message: outageMessage, cause });
}

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    // Failures raised outside the procedures (context, parsing) must not carry internals either.
    const message =
      error.code === "INTERNAL_SERVER_ERROR"
        ? internalMessage
        : error.code === "SERVICE_UNAVAILABLE"
          ? outageMessage
          : cause instanceof VisibleError || cause instanceof ZodError || !cause
            ? shape.message
            : "The request could not be read.";
    const field =
      cause instanceof VisibleError ? cause.field : cause instanceof ZodError ? describeIssue(cause).field : undefined;
    const visibleCode = cause instanceof VisibleError ? cause.code : undefined;
    // For the client to say it in the reader's language: which check the input failed.
    const issue =
      cause instanceof VisibleError
        ? cause.detail
        : cause instanceof ZodError
          ? describeIssue(cause).detail
          : undefined;
    const retryAfterSeconds = cause instanceof RateLimited ? cause.retryAfterSeconds : undefined;
    return {
      ...shape,
      message,
      data: { ...shape.data, field, visibleCode, issue, retryAfterSeconds, stack: undefined },
    };
  },
});

/**
 * Maps domain failures to tRPC codes in one place: a VisibleError keeps its message, input
 * that fails the procedure's schema names its field, anything else is an opaque 500.
 */
const visibleErrors = t.middleware(async ({ next, path }) => {
  const result = await next();
  if (result.ok) return result;
  const cause = result.error.cause;
  if (cause instanceof VisibleError) throw toTRPCError(cause);
  if (cause instanceof ZodError)
    throw new TRPCError({ code: "BAD_REQUEST", message: describeIssue(cause).message, cause });
  if (result.error.code === "INTERNAL_SERVER_ERROR") {
    if (isOutage(cause)) {
      log.error("dependency unavailable", { procedure: path, error: cause?.name });
      throw outageError();
    }
    // The error's name only: a message may quote the data that failed (a name, an address).
    log.error("procedure failed", { procedure: path, error: cause?.name ?? result.error.name });
    throw new TRPCError({ code: "INTERNAL_SERVER_ERROR", message: internalMessage });
  }
  return result;
});

/** Narrows to actors of the given types; the actor itself was set by the HTTP edge. */
function actorOf<T extends Actor["type"]>(types: T[], refusal: VisibleError) {
  return t.middleware(({ next }) => {
    if (!(types as string[]).includes(useActor().type)) throw refusal;
    return next();
  });
}

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Every procedure runs as the context's actor, so core functions find it with useActor(). */
const asActor = t.middleware(({ ctx, next }) => withActor(ctx.actor, () => next(), { tenant: ctx.tenant }));

export const publicProcedure = t.procedure.use(asActor).use(visibleErrors);
/** On a tenant portal (the tenant came from the host), signed in or not. */
export const portalProcedure = publicProcedure.use(
  actorOf(
    ["visitor", "newcomer"],
    new VisibleError("not-found", "no_such_territory", "There is no territory at this address."),
  ),
);
/** A newcomer signed in on their territory's portal. */
export const newcomerProcedure = publicProcedure.use(
  actorOf(
    ["newcomer"],
    new VisibleError("auth", "sign_in_required", "Please sign in with your e-mail to follow your request."),
  ),
);
/**
 * A person acting for a partner employer on its territory's portal (resolved by the edge from
 * the host's tenant and their signed-in address). A signed-in person who acts for no employer
 * is told so (they may sign their company up), a visitor to sign in.
 */
export const employerProcedure = publicProcedure.use(
  t.middleware(({ next }) => {
    const type = useActor().type;
    if (type === "employer") return next();
    if (type === "newcomer")
      throw new VisibleError("forbidden", "not_an_employer", "This address acts for no employer of this territory.");
    throw new VisibleError("auth", "sign_in_required", "Please sign in with your e-mail first.");
  }),
);
/** On a tenant portal, as a visitor, a newcomer or an employer's person. */
export const portalOrEmployerProcedure = publicProcedure.use(
  actorOf(
    ["visitor", "newcomer", "employer"],
    new VisibleError("not-found", "no_such_territory", "There is no territory at this address."),
  ),
);
/** Signed in, outside any tenant (sign-up, choosing a tenant). */
export const userProcedure = publicProcedure.use(
  actorOf(["user", "staff"], new VisibleError("auth", "sign_in_required", "Please sign in first.")),
);
/** Signed-in member of the tenant named by the console; the role is checked by the domain. */
export const staffProcedure = publicProcedure.use(
  actorOf(["staff"], new VisibleError("auth", "staff_only", "Sign in and choose a territory first.")),
);
