import { AsyncLocalStorage } from "node:async_hooks";
import type { Actor, ActorOf } from "./actor";
import { VisibleError } from "./error";

/** A record the edge already read to build the actor (the portal's tenant), kept for the request. */
type Preloaded = { tenant?: { tenantId: string } };

const storage = new AsyncLocalStorage<{ actor: Actor; preloaded: Preloaded }>();

export function withActor<T>(actor: Actor, run: () => T, preloaded: Preloaded = {}): T {
  return storage.run({ actor, preloaded }, run);
}

export function useActor(): Actor {
  const store = storage.getStore();
  if (!store) throw new Error("No actor in context: wrap the call in withActor()");
  return store.actor;
}

/** The client address the edge saw for this request, if any (none for in-process callers). */
export function useClient(): string | undefined {
  const actor = storage.getStore()?.actor;
  return actor && "client" in actor ? actor.client : undefined;
}

/** The current tenant's record if the edge read it while resolving the host, else undefined. */
export function usePreloadedTenant<T extends { tenantId: string }>(): T | undefined {
  const tenant = storage.getStore()?.preloaded.tenant;
  return tenant && tenant.tenantId === useTenant() ? (tenant as T) : undefined;
}

/** The actor, required to be of one of the given types (else a 401/403 the user can read). */
export function assertActor<T extends Actor["type"]>(...types: T[]): ActorOf<T> {
  const actor = useActor();
  if (!(types as string[]).includes(actor.type)) {
    if (actor.type === "public" || actor.type === "visitor")
      throw new VisibleError("auth", "sign_in_required", "Please sign in first.");
    throw new VisibleError("forbidden", "wrong_actor", "This action is not available to you.");
  }
  return actor as ActorOf<T>;
}

/** The tenant of the current actor, or undefined (outside a request, or an actor without one): for logs. */
export function tenantInContext(): string | undefined {
  const actor = storage.getStore()?.actor;
  return actor && "tenantId" in actor && actor.tenantId ? actor.tenantId : undefined;
}

/** The tenant the current request acts in. Never taken from input. */
export function useTenant(): string {
  const actor = useActor();
  if ("tenantId" in actor && actor.tenantId) return actor.tenantId;
  throw new Error(`Actor of type ${actor.type} has no tenant`);
}
