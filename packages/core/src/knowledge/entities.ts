import { Entity } from "electrodb";

/**
 * A welcome-guide article. Its translations live in the item ({ fr: { title, body, keywords } })
 * so the assistant's index is one Query on the tenant's `article#` items.
 */
export const ArticleEntity = new Entity({
  model: { service: "escale", entity: "article", version: "1" },
  attributes: {
    tenantId: { type: "string", required: true, readOnly: true },
    slug: { type: "string", required: true, readOnly: true },
    category: { type: "string", required: true },
    status: { type: ["draft", "published"] as const, required: true },
    /** Per language: { title, body (sanitised Markdown), keywords }. Shape checked by the domain's schema. */
    translations: { type: "any", required: true },
    /**
     * Versions an import brought in languages the territory has not enabled: kept, never shown
     * on the portal nor read by the assistant.
     */
    heldTranslations: { type: "any" },
    reviewedAt: { type: "string", required: true },
    createdAt: { type: "string", required: true, readOnly: true },
    updatedAt: { type: "string", required: true },
    /** Optimistic concurrency: every edit checks and bumps it. */
    version: { type: "number", required: true, default: 1 },
  },
  indexes: {
    bySlug: {
      pk: { field: "pk", composite: ["tenantId"], template: "t#${tenantId}", casing: "none" },
      sk: { field: "sk", composite: ["slug"], template: "article#${slug}", casing: "none" },
    },
  },
});

/**
 * The tenant's knowledge settings and its version stamp. Every article write bumps `stamp` in
 * the same transaction, so a running function knows its cached index is stale with one GetItem.
 */
export const KnowledgeStateEntity = new Entity({
  model: { service: "escale", entity: "knowledgeState", version: "1" },
  attributes: {
    tenantId: { type: "string", required: true, readOnly: true },
    stamp: { type: "number", required: true, default: 0 },
    reviewAfterMonths: { type: "number" },
    generatedAnswers: { type: "boolean" },
    /** Optimistic concurrency of the settings (not of the stamp). */
    version: { type: "number" },
  },
  indexes: {
    byTenant: {
      pk: { field: "pk", composite: ["tenantId"], template: "t#${tenantId}", casing: "none" },
      sk: { field: "sk", composite: [], template: "knowledge", casing: "none" },
    },
  },
});
