import { Entity } from "electrodb";

const service = "escale";

/** A local business or venue offering deals to enrolees; its contact redeems codes from a signed link. */
export const PartnerEntity = new Entity({
  model: { service, entity: "dealPartner", version: "1" },
  attributes: {
    tenantId: { type: "string", required: true, readOnly: true },
    partnerId: { type: "string", required: true, readOnly: true },
    name: { type: "string", required: true },
    email: { type: "string", required: true },
    category: { type: "string", required: true },
    /** Raised to revoke the redemption links already sent. */
    linkVersion: { type: "number", required: true, default: 1 },
    createdAt: { type: "string", required: true, readOnly: true },
    version: { type: "number", required: true, default: 1 },
  },
  indexes: {
    byId: {
      pk: { field: "pk", composite: ["tenantId"], template: "t#${tenantId}#bienvenue#partners", casing: "none" },
      sk: { field: "sk", composite: ["partnerId"], template: "${partnerId}", casing: "none" },
    },
  },
});

/**
 * A partner's deal: title and conditions per language, validity, a limit per person and an
 * optional stock. `taken` and `redeemed` are counted on the item, and `taken` is what the stock
 * condition reads, so codes never outnumber the stock.
 */
export const DealEntity = new Entity({
  model: { service, entity: "deal", version: "1" },
  attributes: {
    tenantId: { type: "string", required: true, readOnly: true },
    dealId: { type: "string", required: true, readOnly: true },
    partnerId: { type: "string", required: true },
    /** Per language: { title, conditions }. */
    translations: { type: "any", required: true },
    validFrom: { type: "string", required: true },
    validUntil: { type: "string", required: true },
    limitPerPerson: { type: "number", required: true },
    stock: { type: "number" },
    taken: { type: "number", required: true, default: 0 },
    redeemed: { type: "number", required: true, default: 0 },
    status: { type: ["active", "withdrawn"] as const, required: true, default: "active" },
    createdAt: { type: "string", required: true, readOnly: true },
    version: { type: "number", required: true, default: 1 },
  },
  indexes: {
    byId: {
      pk: { field: "pk", composite: ["tenantId"], template: "t#${tenantId}#bienvenue#deals", casing: "none" },
      sk: { field: "sk", composite: ["dealId"], template: "${dealId}", casing: "none" },
    },
  },
});

/**
 * A personal code for one taken deal: single use, redeemed once by the partner or staff (a
 * conditional write on `redeemedAt`). gsi1 lists a holder's codes, gsi2 a partner's.
 */
export const DealCodeEntity = new Entity({
  model: { service, entity: "dealCode", version: "1" },
  attributes: {
    tenantId: { type: "string", required: true, readOnly: true },
    code: { type: "string", required: true, readOnly: true },
    dealId: { type: "string", required: true, readOnly: true },
    partnerId: { type: "string", required: true, readOnly: true },
    email: { type: "string", required: true, readOnly: true },
    takenAt: { type: "string", required: true, readOnly: true },
    redeemedAt: { type: "string" },
    /** "partner", or the staff member's e-mail. */
    redeemedBy: { type: "string" },
  },
  indexes: {
    byCode: {
      pk: {
        field: "pk",
        composite: ["tenantId", "code"],
        template: "t#${tenantId}#bienvenue#code#${code}",
        casing: "none",
      },
      sk: { field: "sk", composite: [], template: "code", casing: "none" },
    },
    byHolder: {
      index: "gsi1",
      pk: {
        field: "gsi1pk",
        composite: ["tenantId", "email"],
        template: "t#${tenantId}#bienvenue#holder#${email}",
        casing: "none",
      },
      sk: { field: "gsi1sk", composite: ["takenAt", "code"], template: "${takenAt}#${code}", casing: "none" },
    },
    byPartner: {
      index: "gsi2",
      pk: {
        field: "gsi2pk",
        composite: ["tenantId", "partnerId"],
        template: "t#${tenantId}#bienvenue#partner-codes#${partnerId}",
        casing: "none",
      },
      sk: { field: "gsi2sk", composite: ["takenAt", "code"], template: "${takenAt}#${code}", casing: "none" },
    },
  },
});

/** How many codes of one deal a person took: the per-person limit is a condition on `count`. */
export const DealClaimEntity = new Entity({
  model: { service, entity: "dealClaim", version: "1" },
  attributes: {
    tenantId: { type: "string", required: true, readOnly: true },
    email: { type: "string", required: true, readOnly: true },
    dealId: { type: "string", required: true, readOnly: true },
    count: { type: "number", required: true, default: 0 },
  },
  indexes: {
    byHolder: {
      pk: {
        field: "pk",
        composite: ["tenantId", "email"],
        template: "t#${tenantId}#bienvenue#claims#${email}",
        casing: "none",
      },
      sk: { field: "sk", composite: ["dealId"], template: "${dealId}", casing: "none" },
    },
  },
});
