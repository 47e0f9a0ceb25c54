import { Entity } from "electrodb";

const service = "escale";

/**
 * A resident who volunteers to welcome newcomers. `buddies` counts their active pairs and the
 * pairing is conditioned on `buddies < capacity`. gsi1 lists the tenant's ambassadors.
 */
export const AmbassadorEntity = new Entity({
  model: { service, entity: "ambassador", version: "1" },
  attributes: {
    tenantId: { type: "string", required: true, readOnly: true },
    email: { type: "string", required: true, readOnly: true },
    name: { type: "string", required: true },
    /** The portal language they volunteered in: their e-mails' language. */
    language: { type: "string", required: true },
    languages: { type: "list", items: { type: "string" }, required: true },
    commune: { type: "string", required: true },
    interests: { type: "list", items: { type: "string" }, required: true },
    household: { type: ["single", "couple", "family"] as const, required: true },
    availability: { type: "string", required: true },
    capacity: { type: "number", required: true },
    buddies: { type: "number", required: true, default: 0 },
    status: { type: ["active", "paused"] as const, required: true, default: "active" },
    /** { at, charterVersion, noticeVersion, language }. */
    consent: { type: "any", required: true },
    createdAt: { type: "string", required: true, readOnly: true },
    version: { type: "number", required: true, default: 1 },
  },
  indexes: {
    byEmail: {
      pk: {
        field: "pk",
        composite: ["tenantId", "email"],
        template: "t#${tenantId}#bienvenue#ambassador#${email}",
        casing: "none",
      },
      sk: { field: "sk", composite: [], template: "ambassador", casing: "none" },
    },
    list: {
      index: "gsi1",
      pk: { field: "gsi1pk", composite: ["tenantId"], template: "t#${tenantId}#bienvenue#ambassadors", casing: "none" },
      sk: { field: "gsi1sk", composite: ["email"], template: "${email}", casing: "none" },
    },
  },
});

/** An enrolee asking for a buddy, with what the matching reads. gsi1 lists requests by status, oldest first. */
export const BuddyRequestEntity = new Entity({
  model: { service, entity: "buddyRequest", version: "1" },
  attributes: {
    tenantId: { type: "string", required: true, readOnly: true },
    email: { type: "string", required: true, readOnly: true },
    name: { type: "string", required: true },
    language: { type: "string", required: true },
    languages: { type: "list", items: { type: "string" }, required: true },
    commune: { type: "string", required: true },
    interests: { type: "list", items: { type: "string" }, required: true },
    household: { type: ["single", "couple", "family"] as const, required: true },
    note: { type: "string" },
    status: { type: ["open", "paired", "withdrawn"] as const, required: true },
    requestedAt: { type: "string", required: true },
    pairId: { type: "string" },
  },
  indexes: {
    byEmail: {
      pk: {
        field: "pk",
        composite: ["tenantId", "email"],
        template: "t#${tenantId}#bienvenue#buddy-request#${email}",
        casing: "none",
      },
      sk: { field: "sk", composite: [], template: "request", casing: "none" },
    },
    byStatus: {
      index: "gsi1",
      pk: {
        field: "gsi1pk",
        composite: ["tenantId", "status"],
        template: "t#${tenantId}#bienvenue#buddy-requests#${status}",
        casing: "none",
      },
      sk: { field: "gsi1sk", composite: ["requestedAt", "email"], template: "${requestedAt}#${email}", casing: "none" },
    },
  },
});

/**
 * An ambassador and a newcomer paired for six months, with check-ins at one and three months
 * (each sent once: its `…SentAt` is set with a condition before the e-mails go). gsi1 lists
 * pairs by status, gsi2 an ambassador's pairs (for erasure).
 */
export const PairEntity = new Entity({
  model: { service, entity: "buddyPair", version: "1" },
  attributes: {
    tenantId: { type: "string", required: true, readOnly: true },
    pairId: { type: "string", required: true, readOnly: true },
    ambassadorEmail: { type: "string", required: true },
    ambassadorName: { type: "string", required: true },
    ambassadorLanguage: { type: "string", required: true },
    enroleeEmail: { type: "string", required: true },
    enroleeName: { type: "string", required: true },
    enroleeLanguage: { type: "string", required: true },
    startedAt: { type: "string", required: true },
    checkIn1DueOn: { type: "string", required: true },
    checkIn3DueOn: { type: "string", required: true },
    endsOn: { type: "string", required: true },
    checkIn1SentAt: { type: "string" },
    checkIn3SentAt: { type: "string" },
    status: { type: ["active", "ended"] as const, required: true },
    endedAt: { type: "string" },
    endReason: { type: ["completed", "coordinator", "ambassador-left", "enrolee-left"] as const },
    approvedBy: { type: "string", required: true },
  },
  indexes: {
    byId: {
      pk: {
        field: "pk",
        composite: ["tenantId", "pairId"],
        template: "t#${tenantId}#bienvenue#pair#${pairId}",
        casing: "none",
      },
      sk: { field: "sk", composite: [], template: "pair", casing: "none" },
    },
    byStatus: {
      index: "gsi1",
      pk: {
        field: "gsi1pk",
        composite: ["tenantId", "status"],
        template: "t#${tenantId}#bienvenue#pairs#${status}",
        casing: "none",
      },
      sk: { field: "gsi1sk", composite: ["startedAt", "pairId"], template: "${startedAt}#${pairId}", casing: "none" },
    },
    byAmbassador: {
      index: "gsi2",
      pk: {
        field: "gsi2pk",
        composite: ["tenantId", "ambassadorEmail"],
        template: "t#${tenantId}#bienvenue#ambassador-pairs#${ambassadorEmail}",
        casing: "none",
      },
      sk: { field: "gsi2sk", composite: ["startedAt", "pairId"], template: "${startedAt}#${pairId}", casing: "none" },
    },
  },
});
