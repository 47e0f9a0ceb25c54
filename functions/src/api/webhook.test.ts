import { randomUUID } from "node:crypto";
import { Accounts, Checkout } from "@escale/core/billing";
import { localWebhookSecret } from "@escale/core/config";
import { withActor } from "@escale/core/context";
import { Employers, Offers } from "@escale/core/employers";
import { inbox } from "@escale/local/inbox";
import Stripe from "stripe";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { newTenant } from "../../../tests/support/actors";
import { createApp } from "./app";

const app = createApp();

/** Posts an event to the webhook as Stripe would: signed over the exact body. */
async function post(event: object, secret = localWebhookSecret) {
  const payload = JSON.stringify(event);
  const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret });
  return app.request("/webhooks/stripe", {
    method: "POST",
    headers: { "content-type": "application/json", "stripe-signature": signature },
    body: payload,
  });
}

type World = Awaited<ReturnType<typeof world>>;

/** Tenant A sells on acct_A with one employer and one offer; tenant B on its own account. */
async function world() {
  const a = await newTenant();
  const b = await newTenant();
  const accountA = `acct_A${randomUUID().slice(0, 8)}`;
  const accountB = `acct_B${randomUUID().slice(0, 8)}`;
  const inA = <T>(run: () => Promise<T>) => withActor({ type: "system", tenantId: a.tenant.tenantId }, run);
  await inA(() => Accounts.connect({ accountId: accountA }));
  await withActor({ type: "system", tenantId: b.tenant.tenantId }, () => Accounts.connect({ accountId: accountB }));
  const contact = `hr-${randomUUID().slice(0, 8)}@example.org`;
  const employer = await inA(() => Employers.create({ name: "Fromagerie Comtoise", siret: "73282932000074", contact }));
  const offer = await inA(() => Offers.create({ name: { fr: "Accueil des recrues" }, monthlyEur: 49 }));
  const metadata = { tenantId: a.tenant.tenantId, employerId: employer.id, offerId: offer.id };
  const subscriptionId = `sub_${randomUUID().slice(0, 12)}`;
  const subscriptionEvent = (type: string, status: string, created: number, account = accountA, meta = metadata) => ({
    id: `evt_${randomUUID().replaceAll("-", "")}`,
    object: "event",
    type,
    created,
    livemode: false,
    account,
    data: {
      object: {
        id: subscriptionId,
        object: "subscription",
        status,
        customer: "cus_1",
        metadata: meta,
        items: {
          data: [
            {
              current_period_end: created + 30 * 86_400,
              price: { unit_amount: 4900, recurring: { interval: "month" } },
            },
          ],
        },
      },
    },
  });
  const listed = async () => (await inA(() => Employers.list())).filter((e) => e.id === employer.id);
  return {
    a,
    b,
    accountA,
    accountB,
    inA,
    contact,
    employer,
    offer,
    metadata,
    subscriptionId,
    subscriptionEvent,
    listed,
  };
}

describe("POST /webhooks/stripe", () => {
  let w: World;
  const t0 = Math.floor(Date.now() / 1000);
  beforeAll(async () => {
    w = await world();
  });

  it("refuses a forged signature or a tampered body with 400, and changes nothing", async () => {
    const event = w.subscriptionEvent("customer.subscription.updated", "active", t0);
    expect((await post(event, "whsec_not_the_secret")).status).toBe(400);
    const payload = JSON.stringify(event);
    const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret: localWebhookSecret });
    const tampered = await app.request("/webhooks/stripe", {
      method: "POST",
      headers: { "stripe-signature": signature },
      body: payload.replace('"active"', '"canceled"'),
    });
    expect(tampered.status).toBe(400);
    expect((await app.request("/webhooks/stripe", { method: "POST", body: payload })).status).toBe(400);
    expect(await w.listed()).toEqual([expect.objectContaining({ subscription: null })]);
  });

  it("applies 10 concurrent replays of one event once", async () => {
    const event = w.subscriptionEvent("customer.subscription.updated", "active", t0 + 10);
    const answers = await Promise.all(Array.from({ length: 10 }, () => post(event)));
    expect(answers.map((answer) => answer.status)).toEqual(Array(10).fill(200));
    expect(await w.listed()).toEqual([
      {
        id: w.employer.id,
        name: "Fromagerie Comtoise",
        siret: "73282932000074",
        subscription: {
          status: "active",
          offerId: w.offer.id,
          currentPeriodEnd: new Date((t0 + 10 + 30 * 86_400) * 1000).toISOString(),
        },
      },
    ]);
  });

  it("keeps the newer state when an older event arrives late", async () => {
    const late = w.subscriptionEvent("customer.subscription.created", "incomplete", t0 - 100);
    expect((await post(late)).status).toBe(200);
    expect((await w.listed())[0]?.subscription?.status).toBe("active");
  });

  it("changes nothing for an event from another account, for an unknown tenant or from live mode", async () => {
    const fromB = w.subscriptionEvent("customer.subscription.updated", "canceled", t0 + 20, w.accountB);
    const unknownTenant = w.subscriptionEvent("customer.subscription.updated", "canceled", t0 + 21, w.accountA, {
      ...w.metadata,
      tenantId: randomUUID(),
    });
    const live = { ...w.subscriptionEvent("customer.subscription.updated", "canceled", t0 + 22), livemode: true };
    for (const event of [fromB, unknownTenant, live]) expect((await post(event)).status).toBe(200);
    expect((await w.listed())[0]?.subscription?.status).toBe("active");
  });

  it("marks the subscription canceled when Stripe deletes it", async () => {
    expect((await post(w.subscriptionEvent("customer.subscription.deleted", "canceled", t0 + 30))).status).toBe(200);
    expect((await w.listed())[0]?.subscription?.status).toBe("canceled");
  });

  it("e-mails the employer once about a failed payment, however often Stripe sends it", async () => {
    const since = Date.now();
    const failed = {
      id: `evt_${randomUUID().replaceAll("-", "")}`,
      object: "event",
      type: "invoice.payment_failed",
      created: t0 + 40,
      livemode: false,
      account: w.accountA,
      data: {
        object: {
          id: "in_1",
          object: "invoice",
          parent: { subscription_details: { subscription: w.subscriptionId, metadata: w.metadata } },
        },
      },
    };
    await Promise.all(Array.from({ length: 10 }, () => post(failed)));
    await inbox(inject("inboxUrl")).latest(w.contact, /paiement n.a pas abouti/, 15_000, since);
    // Give a stray second e-mail time to arrive before counting.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const mails = (await inbox(inject("inboxUrl")).all()).filter((mail) =>
      mail.to.some((to) => to.address === w.contact),
    );
    expect(mails).toHaveLength(1);
  });

  it("shows offers only while account.updated says charges are enabled", async () => {
    const accountEvent = (chargesEnabled: boolean, created: number) => ({
      id: `evt_${randomUUID().replaceAll("-", "")}`,
      object: "event",
      type: "account.updated",
      created,
      livemode: false,
      account: w.accountA,
      data: { object: { id: w.accountA, object: "account", charges_enabled: chargesEnabled, details_submitted: true } },
    });
    const visitor = <T>(run: () => Promise<T>) => withActor({ type: "visitor", tenantId: w.a.tenant.tenantId }, run);
    expect(await visitor(() => Offers.forSale())).toHaveLength(1);
    await post(accountEvent(false, t0 + 50));
    expect(await visitor(() => Offers.forSale())).toEqual([]);
    await post(accountEvent(true, t0 + 40));
    expect(await visitor(() => Offers.forSale())).toEqual([]);
    await post(accountEvent(true, t0 + 60));
    expect(await visitor(() => Offers.forSale())).toHaveLength(1);
  });

  it("runs a checkout on the local page: Pay posts signed events to the webhook and the employer is subscribed", async () => {
    const contact = `boss-${randomUUID().slice(0, 8)}@example.org`;
    const employer = await w.inA(() =>
      Employers.create({ name: "Scierie du Doubs", siret: "73282932000074", contact }),
    );
    const actor = {
      type: "employer" as const,
      userId: "u",
      email: contact,
      tenantId: w.a.tenant.tenantId,
      employerId: employer.id,
      role: "owner" as const,
    };
    const { url } = await withActor(actor, () => Checkout.start({ offerId: w.offer.id, interval: "month" }));
    const { pathname, host } = new URL(url);
    const page = await app.request(pathname, { headers: { "x-forwarded-host": host, "accept-language": "en" } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("Accueil des recrues");
    expect(html).toContain("€49.00");
    const paid = await app.request(`${pathname}/pay`, { method: "POST", headers: { "x-forwarded-host": host } });
    expect(paid.status).toBe(303);
    const listed = (await w.inA(() => Employers.list())).find((e) => e.id === employer.id);
    expect(listed?.subscription).toMatchObject({ status: "active", offerId: w.offer.id });
  });
});
