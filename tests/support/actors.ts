import { randomUUID } from "node:crypto";
import type { Actor } from "@escale/core/actor";
import { withActor } from "@escale/core/context";
import * as Tenant from "@escale/core/tenant";

export const asSystem = <T>(run: () => T, tenantId?: string) => withActor({ type: "system", tenantId }, run);

/** A fresh tenant with a random slug, owned by a random address. */
export async function newTenant(overrides: Partial<Parameters<typeof Tenant.create>[0]> = {}) {
  const slug = `t-${randomUUID().slice(0, 8)}`;
  const ownerEmail = `owner-${randomUUID().slice(0, 8)}@example.org`;
  const tenant = await asSystem(() =>
    Tenant.create({
      name: `Territory ${slug}`,
      kind: "metropole",
      country: "FR",
      slug,
      defaultLanguage: "fr",
      languages: ["fr", "en", "ar"],
      ownerEmail,
      ...overrides,
    }),
  );
  return { tenant, ownerEmail };
}

export function staff(
  tenantId: string,
  role: Extract<Actor, { type: "staff" }>["role"],
  email = `${role}-${randomUUID().slice(0, 6)}@example.org`,
) {
  const actor: Actor = { type: "staff", userId: randomUUID(), email, tenantId, role };
  return <T>(run: () => T) => withActor(actor, run);
}

export function user(email: string) {
  return <T>(run: () => T) => withActor({ type: "user", userId: randomUUID(), email }, run);
}
