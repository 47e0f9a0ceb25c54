import type { Actor } from "@escale/core/actor";
import { createCallerFactory } from "@escale/functions/trpc/init";
import { appRouter } from "@escale/functions/trpc/router";

const createCaller = createCallerFactory(appRouter);

/** The tRPC API as one actor sees it, without HTTP: what the edge would run for them. */
export function callerAs(actor: Actor) {
  return createCaller({ actor });
}

/** Every procedure path of the API, e.g. "console.updateBranding". */
export const procedurePaths = Object.keys(appRouter._def.procedures);
