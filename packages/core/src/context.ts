import { AsyncLocalStorage } from "node:async_hooks";
import type { Actor, ActorOf } from "./actor";
import { VisibleError } from "./error";

const storage = new AsyncLocalStorage<Actor>();

export function withActor<T>(actor: Actor, run: () => T): T {
  return storage.run(actor, run);
}

export function useActor(): Actor {
  const actor = storage.getStore();
  if (!actor) throw new Error("No actor in context: wrap the call in withActor()");
  return actor;
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

/** The tenant the current request acts in. Never taken from input. */
export function useTenant(): string {
  const actor = useActor();
  if ("tenantId" in actor && actor.tenantId) return actor.tenantId;
  throw new Error(`Actor of type ${actor.type} has no tenant`);
}
