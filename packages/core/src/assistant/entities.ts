import { Entity } from "electrodb";

/** The gap of a turn that is not part of one: such turns stay off the gap index. */
export const noGap = "-";
/** The asker of a turn nobody can be traced to (in-process callers): such turns stay off gsi2. */
export const noAsker = "-";

/**
 * One question asked on the portal, with personal details redacted, kept 90 days (TTL). Those
 * the assistant could not answer well also sit on gsi1 under their gap, newest first, so a gap
 * shows its questions with one Query; the others stay off gsi1 (a sparse index).
 */
export const ConversationTurnEntity = new Entity({
  model: { service: "escale", entity: "conversationTurn", version: "1" },
  attributes: {
    tenantId: { type: "string", required: true, readOnly: true },
    turnId: { type: "string", required: true, readOnly: true },
    sessionId: { type: "string" },
    /** Who asked (`assistant/forget.ts`): a hash of a signed-in newcomer's address, or a visitor cookie's id. */
    asker: { type: "string", required: true, default: noAsker },
    question: { type: "string", required: true },
    language: { type: "string", required: true },
    answered: { type: "boolean", required: true },
    /** Share of the question the best article covers, 0 to 1. */
    confidence: { type: "number", required: true },
    citations: { type: "list", items: { type: "string" }, required: true },
    topic: { type: "string", required: true },
    /** `{topic}#{language}` when the turn belongs to a knowledge gap, else "-". */
    gap: { type: "string", required: true, default: noGap },
    createdAt: { type: "string", required: true, readOnly: true },
    expiresAt: { type: "number", required: true },
  },
  indexes: {
    byTime: {
      pk: { field: "pk", composite: ["tenantId"], template: "t#${tenantId}", casing: "none" },
      sk: { field: "sk", composite: ["createdAt", "turnId"], template: "turn#${createdAt}#${turnId}", casing: "none" },
    },
    byGap: {
      index: "gsi1",
      condition: (attr) => attr.gap !== noGap,
      pk: { field: "gsi1pk", composite: ["tenantId", "gap"], template: "t#${tenantId}#gap#${gap}", casing: "none" },
      sk: { field: "gsi1sk", composite: ["createdAt"], template: "${createdAt}", casing: "none" },
    },
    /** An erasure finds one person's questions here (sparse: turns without an asker stay off). */
    byAsker: {
      index: "gsi2",
      condition: (attr) => attr.asker !== noAsker,
      pk: {
        field: "gsi2pk",
        composite: ["tenantId", "asker"],
        template: "t#${tenantId}#asker#${asker}",
        casing: "none",
      },
      sk: { field: "gsi2sk", composite: ["createdAt"], template: "${createdAt}", casing: "none" },
    },
  },
});

/**
 * Questions the assistant could not answer well, counted per topic and language in the same
 * write as the question, so the gaps page is one Query. `open` restarts from 0 when an editor
 * marks the gap handled.
 */
export const KnowledgeGapEntity = new Entity({
  model: { service: "escale", entity: "knowledgeGap", version: "1" },
  attributes: {
    tenantId: { type: "string", required: true, readOnly: true },
    topic: { type: "string", required: true, readOnly: true },
    language: { type: "string", required: true, readOnly: true },
    total: { type: "number", required: true, default: 0 },
    open: { type: "number", required: true, default: 0 },
    /** The latest question, redacted, and its turn: an erasure of its asker removes the text. */
    lastQuestion: { type: "string" },
    lastTurnId: { type: "string" },
    lastAskedAt: { type: "string" },
    /** A gap nobody asked about for 90 days goes, like its questions. */
    expiresAt: { type: "number" },
    handledAt: { type: "string" },
    handledBy: { type: "string" },
  },
  indexes: {
    byTopic: {
      pk: { field: "pk", composite: ["tenantId"], template: "t#${tenantId}", casing: "none" },
      sk: { field: "sk", composite: ["topic", "language"], template: "gap#${topic}#${language}", casing: "none" },
    },
  },
});

/** Requests counted in one time window for one scope (a visitor, or the whole tenant); gone by TTL. */
export const RateCounterEntity = new Entity({
  model: { service: "escale", entity: "rateCounter", version: "1" },
  attributes: {
    tenantId: { type: "string", required: true, readOnly: true },
    scope: { type: "string", required: true, readOnly: true },
    window: { type: "string", required: true, readOnly: true },
    count: { type: "number", required: true, default: 0 },
    expiresAt: { type: "number", required: true },
  },
  indexes: {
    byWindow: {
      pk: { field: "pk", composite: ["tenantId"], template: "t#${tenantId}", casing: "none" },
      sk: { field: "sk", composite: ["scope", "window"], template: "rate#${scope}#${window}", casing: "none" },
    },
  },
});
