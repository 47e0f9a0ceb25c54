import { Entity } from "electrodb";

/** A territory: its profile, languages and brand. One item, read on every portal request. */
export const TenantEntity = new Entity({
  model: { service: "escale", entity: "tenant", version: "1" },
  attributes: {
    tenantId: { type: "string", required: true, readOnly: true },
    slug: { type: "string", required: true },
    name: { type: "string", required: true },
    kind: {
      type: ["metropole", "departement", "region", "communes", "other"] as const,
      required: true,
    },
    country: { type: "string", required: true },
    defaultLanguage: { type: "string", required: true },
    languages: { type: "list", items: { type: "string" }, required: true },
    primaryColor: { type: "string", required: true },
    accentColor: { type: "string" },
    logoUrl: { type: "string" },
    /** Per enabled language: { fr: "...", en: "..." }. Shape checked by the domain's schema. */
    tagline: { type: "any" },
    hero: { type: "any" },
    status: { type: ["trial", "active"] as const, required: true, default: "trial" },
    trialEndsAt: { type: "string", required: true },
    createdAt: { type: "string", required: true, readOnly: true },
    /** Optimistic concurrency: every update checks and bumps it. */
    version: { type: "number", required: true, default: 1 },
  },
  indexes: {
    byId: {
      pk: { field: "pk", composite: ["tenantId"], template: "t#${tenantId}", casing: "none" },
      sk: { field: "sk", composite: [], template: "tenant", casing: "none" },
    },
  },
});

/**
 * Platform registry: a slug belongs to at most one tenant. Claimed in the same transaction as
 * the tenant is created; the condition on this key is what makes a slug unique. Also lists
 * every tenant for the operator (gsi1, a platform partition).
 */
export const SlugClaimEntity = new Entity({
  model: { service: "escale", entity: "slugClaim", version: "1" },
  attributes: {
    slug: { type: "string", required: true, readOnly: true },
    tenantId: { type: "string", required: true },
    name: { type: "string", required: true },
    kind: { type: "string", required: true },
    createdAt: { type: "string", required: true },
  },
  indexes: {
    bySlug: {
      pk: { field: "pk", composite: ["slug"], template: "p#slug#${slug}", casing: "none" },
      sk: { field: "sk", composite: [], template: "claim", casing: "none" },
    },
    registry: {
      index: "gsi1",
      pk: { field: "gsi1pk", composite: [], template: "p#registry", casing: "none" },
      sk: { field: "gsi1sk", composite: ["slug"], template: "${slug}", casing: "none" },
    },
  },
});

/** Platform registry: a custom domain that serves one tenant's portal. */
export const HostClaimEntity = new Entity({
  model: { service: "escale", entity: "hostClaim", version: "1" },
  attributes: {
    host: { type: "string", required: true, readOnly: true },
    tenantId: { type: "string", required: true },
  },
  indexes: {
    byHost: {
      pk: { field: "pk", composite: ["host"], template: "p#host#${host}", casing: "none" },
      sk: { field: "sk", composite: [], template: "claim", casing: "none" },
    },
  },
});
