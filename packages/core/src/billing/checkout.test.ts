import { randomUUID } from "node:crypto";
import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newTenant } from "../../../../tests/support/actors";
import { withActor } from "../context";
import { Employers, Offers } from "../employers";
import { Accounts, applyEvent, Checkout } from ".";
import { useHttpClient } from "./stripe";

type Recorded = { method: string; path: string; account?: string; idempotencyKey?: string; form: URLSearchParams };

/** Answers Stripe's API from canned objects and records every request: no network. */
function recordingStripe() {
  const requests: Recorded[] = [];
  let prices = 0;
  const answer = (path: string, form: URLSearchParams): object => {
    if (path.startsWith("/v1/accounts/"))
      return { id: path.split("/")[3], object: "account", charges_enabled: true, details_submitted: true };
    if (path === "/v1/products") return { id: "prod_1", object: "product" };
    if (path.startsWith("/v1/products/")) return { id: "prod_1", object: "product" };
    if (path === "/v1/prices") return { id: `price_${++prices}`, object: "price" };
    if (path.startsWith("/v1/prices/")) return { id: path.split("/")[3], object: "price", active: false };
    if (path === "/v1/checkout/sessions")
      return { id: "cs_1", object: "checkout.session", url: "https://checkout.stripe.com/c/pay/cs_1" };
    if (path === "/v1/billing_portal/configurations") return { id: "bpc_1", object: "billing_portal.configuration" };
    if (path === "/v1/billing_portal/sessions")
      return {
        id: "bps_1",
        object: "billing_portal.session",
        url: `https://billing.stripe.com/p/session/${form.get("customer")}`,
      };
    if (path.startsWith("/v1/invoices"))
      return {
        object: "list",
        has_more: false,
        data: [
          {
            id: "in_1",
            object: "invoice",
            number: "A-0001",
            status: "paid",
            total: 4900,
            created: 1_790_000_000,
            hosted_invoice_url: "https://invoice.stripe.com/i/1",
            invoice_pdf: null,
          },
        ],
      };
    throw new Error(`Unexpected Stripe request ${path}`);
  };
  const fetchFn = async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(String(input));
    const headers = new Headers(init?.headers);
    const form = new URLSearchParams(init?.method === "GET" ? url.search : String(init?.body ?? ""));
    requests.push({
      method: init?.method ?? "GET",
      path: url.pathname,
      account: headers.get("stripe-account") ?? undefined,
      idempotencyKey: headers.get("idempotency-key") ?? undefined,
      form,
    });
    return new Response(JSON.stringify(answer(url.pathname, form)), {
      status: 200,
      headers: { "content-type": "application/json", "request-id": "req_1" },
    });
  };
  return { requests, client: Stripe.createFetchHttpClient(fetchFn) };
}

describe("checkout and billing through Stripe (recorded)", () => {
  const stripe = recordingStripe();
  const account = `acct_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
  let tenantId: string;
  let employerId: string;
  let contact: string;
  let offerId: string;
  const asSystem = <T>(run: () => Promise<T>) => withActor({ type: "system", tenantId }, run);
  const asEmployer = <T>(run: () => Promise<T>) =>
    withActor({ type: "employer", userId: "u", email: contact, tenantId, employerId, role: "owner" }, run);
  const made = (path: string) =>
    stripe.requests.filter((request) => request.path === path && request.method === "POST");

  beforeAll(async () => {
    process.env.STRIPE_SECRET_KEY = "sk_test_recorded";
    useHttpClient(stripe.client);
    const { tenant } = await newTenant();
    tenantId = tenant.tenantId;
    contact = `hr-${randomUUID().slice(0, 6)}@example.org`;
    await asSystem(() => Accounts.connect({ accountId: account }));
    await asSystem(() => Accounts.setApplicationFee({ percent: 5 }));
    employerId = (
      await asSystem(() => Employers.create({ name: "Scierie du Doubs", siret: "73282932000074", contact }))
    ).id;
    offerId = (await asSystem(() => Offers.create({ name: { fr: "Accueil" }, monthlyEur: 49, yearlyEur: 490 }))).id;
  });
  afterAll(() => {
    delete process.env.STRIPE_SECRET_KEY;
    useHttpClient(undefined);
  });

  it("makes the offer a Product with a Price per interval on the territory's account", () => {
    expect(made("/v1/products")).toEqual([expect.objectContaining({ account })]);
    const prices = made("/v1/prices");
    expect(
      prices.map((price) => [
        price.account,
        price.form.get("unit_amount"),
        price.form.get("recurring[interval]"),
        price.form.get("currency"),
        price.form.get("tax_behavior"),
      ]),
    ).toEqual([
      [account, "4900", "month", "eur", "exclusive"],
      [account, "49000", "year", "eur", "exclusive"],
    ]);
  });

  it("archives the old Price when a price changes", async () => {
    const before = stripe.requests.length;
    await asSystem(() =>
      Offers.update({ offerId, name: { fr: "Accueil" }, monthlyEur: 59, yearlyEur: 490, expectedVersion: 1 }),
    );
    const after = stripe.requests.slice(before).filter((request) => request.path.startsWith("/v1/prices"));
    expect(
      after.map((request) => [request.path, request.form.get("unit_amount") ?? request.form.get("active")]),
    ).toEqual([
      ["/v1/prices", "5900"],
      ["/v1/prices/price_1", "false"],
    ]);
  });

  it("opens Checkout in subscription mode on the connected account, with the fee, the ids and an idempotency key", async () => {
    const { url } = await asEmployer(() => Checkout.start({ offerId, interval: "month" }));
    expect(url).toBe("https://checkout.stripe.com/c/pay/cs_1");
    const [session] = made("/v1/checkout/sessions");
    expect(session?.account).toBe(account);
    expect(session?.idempotencyKey).toBe(`checkout:${tenantId}:${employerId}:${offerId}:month`);
    const form = Object.fromEntries(session?.form ?? []);
    expect(form).toMatchObject({
      mode: "subscription",
      "line_items[0][price]": "price_3",
      "line_items[0][quantity]": "1",
      customer_email: contact,
      "metadata[tenantId]": tenantId,
      "metadata[employerId]": employerId,
      "metadata[offerId]": offerId,
      "subscription_data[metadata][tenantId]": tenantId,
      "subscription_data[metadata][employerId]": employerId,
      "subscription_data[metadata][offerId]": offerId,
      "subscription_data[application_fee_percent]": "5",
    });
  });

  it("opens the Customer Portal with a configuration made once per connected account, and lists invoices", async () => {
    await applyEvent({
      id: `evt_${randomUUID()}`,
      type: "checkout.session.completed",
      created: Math.floor(Date.now() / 1000),
      livemode: false,
      account,
      data: { object: { id: "cs_1", customer: "cus_42", metadata: { tenantId, employerId, offerId } } },
    });
    const first = await asEmployer(() => Checkout.billingPortal());
    await asEmployer(() => Checkout.billingPortal());
    expect(first.url).toBe("https://billing.stripe.com/p/session/cus_42");
    expect(made("/v1/billing_portal/configurations")).toEqual([
      expect.objectContaining({ account, idempotencyKey: `portal-configuration:${account}` }),
    ]);
    const sessions = made("/v1/billing_portal/sessions");
    expect(sessions.map((s) => [s.account, s.form.get("customer"), s.form.get("configuration")])).toEqual([
      [account, "cus_42", "bpc_1"],
      [account, "cus_42", "bpc_1"],
    ]);
    expect(await asEmployer(() => Checkout.invoices())).toEqual([
      expect.objectContaining({
        number: "A-0001",
        status: "paid",
        totalEur: 49,
        url: "https://invoice.stripe.com/i/1",
      }),
    ]);
  });
});
