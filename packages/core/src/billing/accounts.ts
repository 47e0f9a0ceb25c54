import * as z from "zod";
import { assertCan } from "../auth/roles";
import { config, portalUrl } from "../config";
import { assertActor, useTenant } from "../context";
import { db, isConditionFailure } from "../db";
import { VisibleError } from "../error";
import { fn } from "../fn";
import * as Tenant from "../tenant";
import { stripe } from "./stripe";

export const accountIdSchema = z
  .string()
  .trim()
  .regex(/^acct_[A-Za-z0-9]{1,64}$/, "Give a Stripe account id such as acct_1A2b3C.");

/** The tenant's connected account record, or the defaults of a tenant not connected yet. */
export async function load(tenantId = useTenant()) {
  const { data } = await db().entities.stripeAccount.get({ tenantId }).go();
  // The operator may set the fee before any account is connected: fields may be missing.
  return {
    tenantId,
    accountId: data?.accountId,
    deauthorizedAt: data?.deauthorizedAt,
    portalConfigurationId: data?.portalConfigurationId,
    accountEventAt: data?.accountEventAt,
    chargesEnabled: data?.chargesEnabled ?? false,
    detailsSubmitted: data?.detailsSubmitted ?? false,
    applicationFeePercent: data?.applicationFeePercent ?? 0,
  };
}
export type Account = Awaited<ReturnType<typeof load>>;

/** The account a tenant sells on, if it can take payments now (offers show only then). */
export function canSell(account: Account) {
  return Boolean(account.accountId && account.chargesEnabled && !account.deauthorizedAt);
}

/** Which tenant a connected account belongs to (account events name no tenant). */
export async function tenantOf(accountId: string) {
  return (await db().entities.stripeAccountClaim.get({ accountId }).go()).data?.tenantId;
}

/** Records `accountId` as the current tenant's account; one account serves one tenant. */
async function attach(accountId: string, chargesEnabled: boolean, detailsSubmitted: boolean) {
  const tenantId = useTenant();
  try {
    await db().entities.stripeAccountClaim.create({ accountId, tenantId }).go();
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
    if ((await tenantOf(accountId)) !== tenantId)
      throw new VisibleError(
        "conflict",
        "account_taken",
        "account: this Stripe account serves another territory.",
        "account",
      );
  }
  const previous = await load(tenantId);
  if (previous.accountId && previous.accountId !== accountId)
    await db().entities.stripeAccountClaim.delete({ accountId: previous.accountId }).go();
  await db()
    .entities.stripeAccount.update({ tenantId })
    .set({ accountId, chargesEnabled, detailsSubmitted, connectedAt: new Date().toISOString() })
    .remove(["deauthorizedAt", "accountEventAt"])
    .go();
  return { tenantId, accountId, chargesEnabled };
}

/**
 * The operator attaches an existing account (`pnpm escale stripe connect`). With Stripe keys
 * its state is read from Stripe; without them the local checkout page stands in for Stripe,
 * so the account is taken as able to charge.
 */
export const connect = fn(z.object({ accountId: accountIdSchema }), async ({ accountId }) => {
  assertActor("system");
  const client = await stripe();
  if (!client) return attach(accountId, true, true);
  const account = await client.accounts.retrieve(accountId);
  return attach(accountId, account.charges_enabled, account.details_submitted);
});

/** The platform operator's share of each payment on this tenant's account, in percent. */
export const setApplicationFee = fn(z.object({ percent: z.number().min(0).max(50) }), async ({ percent }) => {
  assertActor("system");
  const tenantId = useTenant();
  await db().entities.stripeAccount.update({ tenantId }).set({ applicationFeePercent: percent }).go();
  return { tenantId, applicationFeePercent: percent };
});

/**
 * Connect onboarding for an admin: creates the territory's account on first use (it owns its
 * dashboard, pays Stripe's fees and carries disputes) and returns Stripe's onboarding link.
 */
export async function onboardingLink() {
  assertCan("billing.manage");
  const client = await stripe();
  if (!client)
    throw new VisibleError(
      "conflict",
      "stripe_not_configured",
      "Stripe is not configured on this deployment: payments use the local checkout page.",
    );
  const tenant = await Tenant.current();
  let { accountId } = await load(tenant.tenantId);
  if (!accountId) {
    const account = await client.accounts.create(
      {
        country: tenant.country,
        controller: {
          stripe_dashboard: { type: "full" },
          fees: { payer: "account" },
          losses: { payments: "stripe" },
          requirement_collection: "stripe",
        },
        metadata: { tenantId: tenant.tenantId },
      },
      { idempotencyKey: `account:${tenant.tenantId}` },
    );
    accountId = account.id;
    await attach(accountId, account.charges_enabled, account.details_submitted);
  }
  const back = `${config().publicUrl}/console/employers/billing`;
  const link = await client.accountLinks.create({
    account: accountId,
    type: "account_onboarding",
    refresh_url: back,
    return_url: back,
  });
  return { url: link.url };
}

/** What the console shows of the tenant's Stripe connection. */
export async function status() {
  assertCan("employers.read");
  const account = await load();
  return {
    stripeConfigured: Boolean(config().stripe.secretKey),
    accountId: account.accountId ?? null,
    chargesEnabled: account.chargesEnabled,
    canSell: canSell(account),
    applicationFeePercent: account.applicationFeePercent,
  };
}

/** Where an employer lands after Stripe (checkout, billing portal): their space on the portal. */
export async function employerSpaceUrl(path = "") {
  const tenant = await Tenant.current();
  return `${portalUrl(tenant.slug)}/employer${path}`;
}
