import { Entity } from "electrodb";

const service = "escale";

/**
 * A territory's Stripe account, connected to the platform (direct charges), and the platform
 * operator's application fee. One item in the tenant's partition.
 */
export const StripeAccountEntity = new Entity({
  model: { service, entity: "stripeAccount", version: "1" },
  attributes: {
    tenantId: { type: "string", required: true, readOnly: true },
    accountId: { type: "string" },
    /** Stripe says the account may take payments: only then do offers show on the portal. */
    chargesEnabled: { type: "boolean", required: true, default: false },
    detailsSubmitted: { type: "boolean", required: true, default: false },
    connectedAt: { type: "string" },
    deauthorizedAt: { type: "string" },
    /** Set by the platform operator per tenant; Escale's share of each payment. */
    applicationFeePercent: { type: "number", required: true, default: 0 },
    /** The Customer Portal configuration made once on the connected account. */
    portalConfigurationId: { type: "string" },
    /** `created` of the last account event applied (epoch seconds): older ones are ignored. */
    accountEventAt: { type: "number" },
  },
  indexes: {
    byTenant: {
      pk: { field: "pk", composite: ["tenantId"], template: "t#${tenantId}", casing: "none" },
      sk: { field: "sk", composite: [], template: "billing#account", casing: "none" },
    },
  },
});

/**
 * Platform registry: which tenant a connected account belongs to. Account events
 * (`account.updated`, deauthorisation) carry no tenant metadata, only the account id.
 */
export const StripeAccountClaimEntity = new Entity({
  model: { service, entity: "stripeAccountClaim", version: "1" },
  attributes: {
    accountId: { type: "string", required: true, readOnly: true },
    tenantId: { type: "string", required: true },
  },
  indexes: {
    byAccount: {
      pk: { field: "pk", composite: ["accountId"], template: "p#stripe-account#${accountId}", casing: "none" },
      sk: { field: "sk", composite: [], template: "claim", casing: "none" },
    },
  },
});

/** A Stripe event applied once: created with a condition in the transaction of its effect. */
export const StripeEventEntity = new Entity({
  model: { service, entity: "stripeEvent", version: "1" },
  attributes: {
    tenantId: { type: "string", required: true, readOnly: true },
    eventId: { type: "string", required: true, readOnly: true },
    type: { type: "string", required: true },
    appliedAt: { type: "string", required: true },
    /** Stripe retries for three days; a month covers every replay. */
    expiresAt: { type: "number", required: true },
  },
  indexes: {
    byId: {
      pk: {
        field: "pk",
        composite: ["tenantId", "eventId"],
        template: "t#${tenantId}#stripe-event#${eventId}",
        casing: "none",
      },
      sk: { field: "sk", composite: [], template: "event", casing: "none" },
    },
  },
});

/** A checkout on the local checkout page (no Stripe keys): what it sells, to whom. */
export const LocalCheckoutEntity = new Entity({
  model: { service, entity: "localCheckout", version: "1" },
  attributes: {
    tenantId: { type: "string", required: true, readOnly: true },
    sessionId: { type: "string", required: true, readOnly: true },
    employerId: { type: "string", required: true },
    offerId: { type: "string", required: true },
    interval: { type: ["month", "year"] as const, required: true },
    amountCents: { type: "number", required: true },
    customerEmail: { type: "string", required: true },
    successUrl: { type: "string", required: true },
    cancelUrl: { type: "string", required: true },
    paidAt: { type: "string" },
    expiresAt: { type: "number", required: true },
  },
  indexes: {
    byId: {
      pk: {
        field: "pk",
        composite: ["tenantId", "sessionId"],
        template: "t#${tenantId}#local-checkout#${sessionId}",
        casing: "none",
      },
      sk: { field: "sk", composite: [], template: "session", casing: "none" },
    },
  },
});
