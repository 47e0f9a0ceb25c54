import type { Actor } from "@escale/core/actor";
import { withActor } from "@escale/core/context";
import { createCallerFactory } from "@escale/functions/trpc/init";
import { appRouter } from "@escale/functions/trpc/router";

const createCaller = createCallerFactory(appRouter);

/** The tRPC API as one actor sees it, without HTTP: what the edge would run for them. */
export function callerAs(actor: Actor) {
  const caller = createCaller({});
  return new Proxy(caller, {
    get(target, namespace: string) {
      const procedures = target[namespace as keyof typeof target] as Record<
        string,
        (input?: unknown) => Promise<unknown>
      >;
      return new Proxy(procedures, {
        get: (inner, name: string) => (input?: unknown) => withActor(actor, () => inner[name]?.(input)),
      });
    },
  }) as typeof caller;
}

/** Every procedure path of the API, e.g. "console.updateBranding". */
export const procedurePaths = Object.keys(appRouter._def.procedures);
