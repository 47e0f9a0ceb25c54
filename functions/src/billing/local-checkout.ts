import type { Actor } from "@escale/core/actor";
import { LocalCheckout } from "@escale/core/billing";
import { withActor } from "@escale/core/context";
import type { Context, Hono } from "hono";
import { html } from "hono/html";
import { languageOf, page } from "../auth/code-page";
import { localCheckoutCopy } from "./local-checkout-copy";

type ResolveActor = (c: Context) => Promise<{ actor: Actor; tenant?: { tenantId: string } }>;

/**
 * The local checkout page (no Stripe keys): the offer and amount, and "Pay", which posts the
 * events Stripe would send, signed with the webhook secret, to the app's own webhook.
 */
export function addLocalCheckout(app: Hono, resolveActor: ResolveActor) {
  const inPortal = async <T>(c: Context, run: () => Promise<T>) => {
    const { actor, tenant } = await resolveActor(c);
    return withActor(actor, run, { tenant });
  };

  app.get("/billing/local-checkout/:sessionId", async (c) => {
    const session = await inPortal(c, () => LocalCheckout.view({ sessionId: c.req.param("sessionId") }));
    const language = languageOf(c.req.raw);
    const t = localCheckoutCopy[language];
    const name = session.offerName[language] ?? session.offerName[session.defaultLanguage] ?? "";
    const amount = new Intl.NumberFormat(language, { style: "currency", currency: "EUR" }).format(session.amountEur);
    return page(
      language,
      t.title,
      html`<h1>${session.territory}</h1>
      <p class="hint">${t.notice}</p>
      <dl>
        <dt>${t.offer}</dt><dd>${name}</dd>
        <dt>${t.amount}</dt><dd>${amount} ${session.interval === "month" ? t.perMonth : t.perYear}</dd>
        <dt>${t.email}</dt><dd dir="ltr">${session.customerEmail}</dd>
      </dl>
      ${
        session.paid
          ? html`<p role="status">${t.alreadyPaid}</p>`
          : html`<form method="post" action="/billing/local-checkout/${c.req.param("sessionId")}/pay">
        <button type="submit">${t.pay}</button>
      </form>`
      }
      <p><a href="${session.cancelUrl}">${t.cancel}</a></p>`,
    );
  });

  app.post("/billing/local-checkout/:sessionId/pay", async (c) => {
    const paid = await inPortal(c, () => LocalCheckout.pay({ sessionId: c.req.param("sessionId") }));
    for (const event of paid.events) {
      // Through the webhook route itself, signature check included, as Stripe would post them.
      const response = await app.request("/webhooks/stripe", {
        method: "POST",
        headers: { "content-type": "application/json", "stripe-signature": event.signature },
        body: event.payload,
      });
      if (!response.ok) throw new Error(`The webhook refused a local checkout event: ${response.status}`);
    }
    return c.redirect(paid.successUrl, 303);
  });
}
