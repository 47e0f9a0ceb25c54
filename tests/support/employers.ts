import { randomUUID } from "node:crypto";
import type { Actor } from "@escale/core/actor";
import { Accounts, applyEvent } from "@escale/core/billing";
import { withActor } from "@escale/core/context";
import { db } from "@escale/core/db";
import { Employers, Offers } from "@escale/core/employers";
import { asSystem } from "./actors";

/** A valid SIRET (La Poste's rule: digit sum a multiple of 5), different each time. */
const siretOf = (n: number) => `356000000${String(n).padStart(5, "0")}`;
let next = 10;
function siret() {
  for (;;) {
    const candidate = siretOf(next++ % 100_000);
    if ([...candidate].reduce((sum, digit) => sum + Number(digit), 0) % 5 === 0) return candidate;
  }
}

/**
 * A partner employer of the tenant with an active subscription to an offer (as Stripe's events
 * would leave it), and a way to act as its owner.
 */
export async function subscribedEmployer(
  tenantId: string,
  included: { jobPostsAtOnce?: number; kit?: boolean; name?: string; status?: "active" | "canceled" } = {},
) {
  const contact = `rh-${randomUUID().slice(0, 8)}@example.org`;
  const offer = await asSystem(
    () =>
      Offers.create({
        name: { fr: "Accueil des recrues" },
        monthlyEur: 49,
        jobPostsAtOnce: included.jobPostsAtOnce ?? 3,
        kit: included.kit ?? true,
      }),
    tenantId,
  );
  const employer = await asSystem(
    () => Employers.create({ name: included.name ?? "Fromagerie Comtoise", siret: siret(), contact }),
    tenantId,
  );
  await db()
    .entities.employer.patch({ tenantId, employerId: employer.id })
    .set({
      subscription: { status: included.status ?? "active", offerId: offer.id, interval: "month", monthlyCents: 4900 },
    })
    .go();
  const actor: Actor = {
    type: "employer",
    userId: randomUUID(),
    email: contact,
    tenantId,
    employerId: employer.id,
    role: "owner",
  };
  return {
    ...employer,
    offerId: offer.id,
    actor,
    as: <T>(run: () => T) => withActor(actor, run),
  };
}

/**
 * A territory selling to employers without Stripe keys (the local default): a connected account,
 * one offer, and an employer subscribed to it through a signed-shape subscription event.
 */
export async function sellingTerritory(
  tenantId: string,
  options: { referralsPerYear?: number; employer?: string; siret?: string; contact?: string } = {},
) {
  const account = `acct_${randomUUID().replaceAll("-", "").slice(0, 16)}`;
  await asSystem(() => Accounts.connect({ accountId: account }), tenantId);
  const offer = await asSystem(
    () =>
      Offers.create({
        name: { fr: `Offre ${randomUUID().slice(0, 6)}` },
        monthlyEur: 49,
        referralsPerYear: options.referralsPerYear ?? 10,
      }),
    tenantId,
  );
  const contact = options.contact ?? `hr-${randomUUID().slice(0, 8)}@example.org`;
  const employer = await asSystem(
    () =>
      Employers.create({
        name: options.employer ?? `Employer ${randomUUID().slice(0, 6)}`,
        siret: options.siret ?? "73282932000074",
        contact,
      }),
    tenantId,
  );
  const outcome = await applyEvent({
    id: `evt_${randomUUID()}`,
    type: "customer.subscription.created",
    created: Math.floor(Date.now() / 1000),
    livemode: false,
    account,
    data: {
      object: {
        id: `sub_${randomUUID().slice(0, 12)}`,
        object: "subscription",
        status: "active",
        customer: `cus_${randomUUID().slice(0, 8)}`,
        metadata: { tenantId, employerId: employer.id, offerId: offer.id },
        items: { data: [{ price: { unit_amount: 4900, recurring: { interval: "month" } } }] },
      },
    },
  });
  if (!outcome.applied) throw new Error(`The test subscription was not applied: ${outcome.reason}`);
  const actor: Actor = {
    type: "employer",
    userId: randomUUID(),
    email: contact,
    tenantId,
    employerId: employer.id,
    role: "owner",
  };
  return { account, offer, employer, contact, actor };
}
