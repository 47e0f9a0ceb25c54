import { randomUUID } from "node:crypto";
import * as z from "zod";
import { portalUrl } from "../config";
import { assertActor, useTenant } from "../context";
import { db, isConditionFailure } from "../db";
import * as Offers from "../employers/offers";
import { VisibleError } from "../error";
import { fn } from "../fn";
import * as Tenant from "../tenant";
import * as Accounts from "./accounts";
import { sign } from "./webhook";

/**
 * Without Stripe keys, checkout happens on a page of the app that shows the offer and amount;
 * paying there produces the events Stripe would send, signed with the webhook secret, for the
 * same webhook. Nothing after the webhook knows the difference.
 */
export async function open(input: {
  tenantId: string;
  employerId: string;
  offerId: string;
  interval: "month" | "year";
  amountCents: number;
  customerEmail: string;
  successUrl: string;
  cancelUrl: string;
}) {
  const sessionId = `cs_local_${randomUUID().replaceAll("-", "")}`;
  await db()
    .entities.localCheckout.create({ ...input, sessionId, expiresAt: Math.floor(Date.now() / 1000) + 86_400 })
    .go();
  const tenant = await Tenant.current();
  return { url: `${portalUrl(tenant.slug)}/billing/local-checkout/${sessionId}` };
}

const sessionIdSchema = z.string().regex(/^cs_local_[0-9a-f]{32}$/, "sessionId: no such checkout.");

async function load(sessionId: string) {
  const found = await db().entities.localCheckout.get({ tenantId: useTenant(), sessionId }).go();
  if (!found.data)
    throw new VisibleError("not-found", "checkout_not_found", "This checkout does not exist or has expired.");
  return found.data;
}

/** What the local checkout page shows. */
export const view = fn(z.object({ sessionId: sessionIdSchema }), async ({ sessionId }) => {
  assertActor("visitor", "newcomer", "employer");
  const session = await load(sessionId);
  const tenant = await Tenant.current();
  const offer = await Offers.get(session.offerId);
  const names = (offer?.name ?? {}) as Record<string, string>;
  return {
    territory: tenant.name,
    offerName: names,
    defaultLanguage: tenant.defaultLanguage,
    amountEur: session.amountCents / 100,
    interval: session.interval,
    customerEmail: session.customerEmail,
    paid: Boolean(session.paidAt),
    cancelUrl: session.cancelUrl,
  };
});

/**
 * "Pay": marks the checkout paid (once: a second click sends nothing) and returns the events
 * Stripe would send for it, signed, in the order Stripe sends them.
 */
export const pay = fn(z.object({ sessionId: sessionIdSchema }), async ({ sessionId }) => {
  assertActor("visitor", "newcomer", "employer");
  const session = await load(sessionId);
  const account = await Accounts.load();
  if (!account.accountId)
    throw new VisibleError("conflict", "not_selling", "This territory does not take subscriptions.");
  try {
    await db()
      .entities.localCheckout.patch({ tenantId: session.tenantId, sessionId })
      .set({ paidAt: new Date().toISOString() })
      .where((attr, op) => op.notExists(attr.paidAt))
      .go();
  } catch (error) {
    if (isConditionFailure(error)) return { events: [], successUrl: session.successUrl };
    throw error;
  }
  const now = Math.floor(Date.now() / 1000);
  const id = sessionId.slice("cs_local_".length);
  const metadata = { tenantId: session.tenantId, employerId: session.employerId, offerId: session.offerId };
  const subscriptionId = `sub_local_${id}`;
  const customer = `cus_local_${session.employerId.replaceAll("-", "")}`;
  const periodEnd = new Date(now * 1000);
  if (session.interval === "month") periodEnd.setUTCMonth(periodEnd.getUTCMonth() + 1);
  else periodEnd.setUTCFullYear(periodEnd.getUTCFullYear() + 1);
  const currentPeriodEnd = Math.floor(periodEnd.getTime() / 1000);
  const price = { unit_amount: session.amountCents, currency: "eur", recurring: { interval: session.interval } };
  const objects: [string, Record<string, unknown>][] = [
    [
      "checkout.session.completed",
      {
        id: sessionId,
        object: "checkout.session",
        mode: "subscription",
        customer,
        subscription: subscriptionId,
        metadata,
      },
    ],
    [
      "customer.subscription.created",
      {
        id: subscriptionId,
        object: "subscription",
        status: "active",
        customer,
        metadata,
        items: { object: "list", data: [{ object: "subscription_item", current_period_end: currentPeriodEnd, price }] },
      },
    ],
    [
      "invoice.paid",
      {
        id: `in_local_${id}`,
        object: "invoice",
        customer,
        status: "paid",
        total: session.amountCents,
        parent: { type: "subscription_details", subscription_details: { subscription: subscriptionId, metadata } },
      },
    ],
  ];
  const events = await Promise.all(
    objects.map(async ([type, object], index) => {
      const payload = JSON.stringify({
        id: `evt_local_${id}_${index}`,
        object: "event",
        type,
        // One second apart, so "newer than the last applied" orders them as Stripe would.
        created: now + index,
        livemode: false,
        account: account.accountId,
        data: { object },
      });
      return { payload, signature: await sign(payload) };
    }),
  );
  return { events, successUrl: session.successUrl };
});
