import * as z from "zod";
import { assertActor } from "../context";
import { db, isConditionFailure } from "../db";
import * as Employers from "../employers/employers";
import * as Offers from "../employers/offers";
import { VisibleError } from "../error";
import { fn } from "../fn";
import * as Accounts from "./accounts";
import * as LocalCheckout from "./local-checkout";
import { stripe } from "./stripe";

export const intervals = ["month", "year"] as const;

async function sellingAccount() {
  const account = await Accounts.load();
  if (!Accounts.canSell(account) || !account.accountId)
    throw new VisibleError("conflict", "not_selling", "This territory does not take subscriptions at the moment.");
  return { ...account, accountId: account.accountId };
}

async function currentEmployer() {
  const actor = assertActor("employer");
  const employer = await Employers.get(actor.employerId);
  if (!employer) throw new VisibleError("not-found", "employer_not_found", "This employer no longer exists.");
  return { actor, employer };
}

/**
 * Stripe Checkout in subscription mode on the territory's connected account (a direct charge),
 * with the platform's application fee. The ids ride along as metadata on the session and the
 * subscription, which is how the webhook finds the employer; they also make the idempotency
 * key, so a double click opens one session. Without Stripe keys, the local checkout page.
 */
export const start = fn(
  z.object({ offerId: z.uuid("offerId: choose an offer."), interval: z.enum(intervals) }),
  async ({ offerId, interval }) => {
    const { actor, employer } = await currentEmployer();
    if (employer.subscription?.status && ["active", "trialing", "past_due"].includes(employer.subscription.status))
      throw new VisibleError(
        "conflict",
        "already_subscribed",
        "You already have a subscription: manage it from Billing.",
      );
    const offer = await Offers.get(offerId);
    const cents = interval === "month" ? offer?.monthlyCents : offer?.yearlyCents;
    if (!offer?.active || cents === undefined)
      throw new VisibleError("not-found", "offer_not_found", "offerId: this offer is not available.", "offerId");
    const account = await sellingAccount();
    const metadata = { tenantId: actor.tenantId, employerId: actor.employerId, offerId };
    const successUrl = await Accounts.employerSpaceUrl("?checkout=done");
    const cancelUrl = await Accounts.employerSpaceUrl("/subscribe");
    const client = await stripe();
    if (!client)
      return LocalCheckout.open({
        ...metadata,
        interval,
        amountCents: cents,
        customerEmail: actor.email,
        successUrl,
        cancelUrl,
      });
    const priced = await Offers.mirrored(offer);
    const price = interval === "month" ? priced.stripeMonthlyPriceId : priced.stripeYearlyPriceId;
    if (!price) throw new Error(`Offer ${offerId} has no Stripe price for ${interval}`);
    const session = await client.checkout.sessions.create(
      {
        mode: "subscription",
        line_items: [{ price, quantity: 1 }],
        ...(employer.customerId ? { customer: employer.customerId } : { customer_email: actor.email }),
        client_reference_id: actor.employerId,
        metadata,
        subscription_data: {
          metadata,
          ...(account.applicationFeePercent > 0 ? { application_fee_percent: account.applicationFeePercent } : {}),
        },
        success_url: successUrl,
        cancel_url: cancelUrl,
      },
      {
        stripeAccount: account.accountId,
        idempotencyKey: `checkout:${actor.tenantId}:${actor.employerId}:${offerId}:${interval}`,
      },
    );
    if (!session.url) throw new Error("Stripe returned a checkout session without a URL");
    return { url: session.url };
  },
);

/** The Customer Portal configuration of the territory's account, made once. */
async function portalConfiguration(account: Awaited<ReturnType<typeof sellingAccount>>, returnUrl: string) {
  if (account.portalConfigurationId) return account.portalConfigurationId;
  const client = await stripe();
  if (!client) throw new Error("Stripe is not configured");
  const configuration = await client.billingPortal.configurations.create(
    {
      features: {
        invoice_history: { enabled: true },
        payment_method_update: { enabled: true },
        customer_update: { enabled: true, allowed_updates: ["email", "address", "tax_id"] },
        subscription_cancel: { enabled: true, mode: "at_period_end" },
      },
      default_return_url: returnUrl,
    },
    { stripeAccount: account.accountId, idempotencyKey: `portal-configuration:${account.accountId}` },
  );
  try {
    await db()
      .entities.stripeAccount.patch({ tenantId: account.tenantId })
      .set({ portalConfigurationId: configuration.id })
      .where((attr, op) => op.notExists(attr.portalConfigurationId))
      .go();
  } catch (error) {
    // Another request stored one first (the idempotency key made it the same configuration).
    if (!isConditionFailure(error)) throw error;
  }
  return configuration.id;
}

async function customerOf() {
  const { employer } = await currentEmployer();
  const client = await stripe();
  if (!client)
    throw new VisibleError(
      "conflict",
      "stripe_not_configured",
      "Billing is handled by Stripe, which is not configured here.",
    );
  if (!employer.customerId)
    throw new VisibleError(
      "conflict",
      "no_subscription",
      "Subscribe to an offer first: your billing appears here afterwards.",
    );
  return { client, customerId: employer.customerId, account: await sellingAccount() };
}

/** A Stripe Customer Portal session on the territory's account: payment method, invoices, cancellation. */
export async function billingPortal() {
  const { client, customerId, account } = await customerOf();
  const returnUrl = await Accounts.employerSpaceUrl("/billing");
  const configuration = await portalConfiguration(account, returnUrl);
  const session = await client.billingPortal.sessions.create(
    { customer: customerId, configuration, return_url: returnUrl },
    { stripeAccount: account.accountId },
  );
  return { url: session.url };
}

/** The employer's invoices, newest first, from the territory's account. */
export async function invoices() {
  const { client, customerId, account } = await customerOf();
  const list = await client.invoices.list({ customer: customerId, limit: 24 }, { stripeAccount: account.accountId });
  return list.data.map((invoice) => ({
    id: invoice.id ?? "",
    number: invoice.number,
    status: invoice.status,
    totalEur: invoice.total / 100,
    createdAt: new Date(invoice.created * 1000).toISOString(),
    url: invoice.hosted_invoice_url ?? null,
    pdf: invoice.invoice_pdf ?? null,
  }));
}
