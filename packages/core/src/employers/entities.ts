import { Entity } from "electrodb";

const service = "escale";

export const subscriptionStatuses = [
  "incomplete",
  "incomplete_expired",
  "trialing",
  "active",
  "past_due",
  "canceled",
  "unpaid",
  "paused",
] as const;
export type SubscriptionStatus = (typeof subscriptionStatuses)[number];

/**
 * A partner employer. Its partition (`t#{tenant}#employer#{id}`) also holds its referrals and
 * allowance counters; gsi1 lists a tenant's employers. The subscription is kept on the item,
 * as Stripe's events last described it, so the list is one Query.
 */
export const EmployerEntity = new Entity({
  model: { service, entity: "employer", version: "1" },
  attributes: {
    tenantId: { type: "string", required: true, readOnly: true },
    employerId: { type: "string", required: true, readOnly: true },
    name: { type: "string", required: true },
    siret: { type: "string", required: true },
    address: { type: "string" },
    sector: { type: "string" },
    size: { type: "string" },
    /** The Conciergerie channel its referrals and link are attributed to. */
    channelCode: { type: "string", required: true, readOnly: true },
    createdAt: { type: "string", required: true, readOnly: true },
    subscription: {
      type: "map",
      properties: {
        subscriptionId: { type: "string" },
        customerId: { type: "string" },
        status: { type: subscriptionStatuses },
        offerId: { type: "string" },
        interval: { type: ["month", "year"] as const },
        /** What the subscription brings in per month, in cents (a yearly price over 12). */
        monthlyCents: { type: "number" },
        currentPeriodEnd: { type: "string" },
      },
    },
    /** `created` of the last subscription event applied (epoch seconds): older ones are ignored. */
    subscriptionEventAt: { type: "number" },
    /** The Stripe customer, from the completed checkout (its Customer Portal and invoices). */
    customerId: { type: "string" },
    /** The first unpaid invoice's failure; access pauses after the grace period. */
    paymentFailedAt: { type: "string" },
    invoiceEventAt: { type: "number" },
    version: { type: "number", required: true, default: 1 },
  },
  indexes: {
    byId: {
      pk: {
        field: "pk",
        composite: ["tenantId", "employerId"],
        template: "t#${tenantId}#employer#${employerId}",
        casing: "none",
      },
      sk: { field: "sk", composite: [], template: "employer", casing: "none" },
    },
    byTenant: {
      index: "gsi1",
      pk: { field: "gsi1pk", composite: ["tenantId"], template: "t#${tenantId}#employers", casing: "none" },
      sk: {
        field: "gsi1sk",
        composite: ["createdAt", "employerId"],
        template: "${createdAt}#${employerId}",
        casing: "none",
      },
    },
  },
});

/**
 * A person who acts for an employer, keyed by e-mail within the tenant (the portal's sign-in
 * finds their employer with one GetItem); gsi1 lists an employer's people.
 */
export const EmployerContactEntity = new Entity({
  model: { service, entity: "employerContact", version: "1" },
  attributes: {
    tenantId: { type: "string", required: true, readOnly: true },
    email: { type: "string", required: true, readOnly: true },
    employerId: { type: "string", required: true, readOnly: true },
    role: { type: ["owner", "member"] as const, required: true },
    addedAt: { type: "string", required: true, readOnly: true },
  },
  indexes: {
    byEmail: {
      pk: {
        field: "pk",
        composite: ["tenantId", "email"],
        template: "t#${tenantId}#employer-contact#${email}",
        casing: "none",
      },
      sk: { field: "sk", composite: [], template: "contact", casing: "none" },
    },
    byEmployer: {
      index: "gsi1",
      pk: {
        field: "gsi1pk",
        composite: ["tenantId", "employerId"],
        template: "t#${tenantId}#employer#${employerId}#contacts",
        casing: "none",
      },
      sk: { field: "gsi1sk", composite: ["email"], template: "${email}", casing: "none" },
    },
  },
});

/** What a territory sells to employers; mirrored as a Product and Prices on its Stripe account. */
export const OfferEntity = new Entity({
  model: { service, entity: "offer", version: "1" },
  attributes: {
    tenantId: { type: "string", required: true, readOnly: true },
    offerId: { type: "string", required: true, readOnly: true },
    /** Per language: { fr: "...", en: "..." }. */
    name: { type: "any", required: true },
    description: { type: "any", required: true },
    monthlyCents: { type: "number" },
    yearlyCents: { type: "number" },
    taxBehavior: { type: ["exclusive", "inclusive"] as const, required: true },
    referralsPerYear: { type: "number", required: true },
    jobPostsAtOnce: { type: "number", required: true },
    kit: { type: "boolean", required: true },
    active: { type: "boolean", required: true, default: true },
    stripeProductId: { type: "string" },
    stripeMonthlyPriceId: { type: "string" },
    stripeYearlyPriceId: { type: "string" },
    createdAt: { type: "string", required: true, readOnly: true },
    version: { type: "number", required: true, default: 1 },
  },
  indexes: {
    byId: {
      pk: { field: "pk", composite: ["tenantId"], template: "t#${tenantId}#offers", casing: "none" },
      sk: { field: "sk", composite: ["offerId"], template: "${offerId}", casing: "none" },
    },
  },
});

/** A recruit an employer referred to the Conciergerie; they complete the intake themselves. */
export const ReferralEntity = new Entity({
  model: { service, entity: "referral", version: "1" },
  attributes: {
    tenantId: { type: "string", required: true, readOnly: true },
    employerId: { type: "string", required: true, readOnly: true },
    referralId: { type: "string", required: true, readOnly: true },
    name: { type: "string", required: true },
    email: { type: "string", required: true },
    language: { type: "string", required: true },
    startDate: { type: "string" },
    adults: { type: "number" },
    children: { type: "number" },
    referredBy: { type: "string", required: true },
    createdAt: { type: "string", required: true, readOnly: true },
  },
  indexes: {
    byEmployer: {
      pk: {
        field: "pk",
        composite: ["tenantId", "employerId"],
        template: "t#${tenantId}#employer#${employerId}",
        casing: "none",
      },
      sk: { field: "sk", composite: ["referralId"], template: "referral#${referralId}", casing: "none" },
    },
  },
});

/** Referrals used in one year of an employer's allowance; claimed with a condition on the limit. */
export const ReferralAllowanceEntity = new Entity({
  model: { service, entity: "referralAllowance", version: "1" },
  attributes: {
    tenantId: { type: "string", required: true, readOnly: true },
    employerId: { type: "string", required: true, readOnly: true },
    year: { type: "string", required: true, readOnly: true },
    used: { type: "number", required: true, default: 0 },
  },
  indexes: {
    byEmployer: {
      pk: {
        field: "pk",
        composite: ["tenantId", "employerId"],
        template: "t#${tenantId}#employer#${employerId}",
        casing: "none",
      },
      sk: { field: "sk", composite: ["year"], template: "allowance#${year}", casing: "none" },
    },
  },
});
