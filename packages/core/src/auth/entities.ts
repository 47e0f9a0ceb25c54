import { Entity } from "electrodb";

/**
 * A person who signs in, keyed by e-mail (the code provider's claim). Platform-wide: one
 * person may work for several tenants. Their membership and invitation pointers live in the
 * same partition so sign-in reads them with one Query.
 */
export const IdentityEntity = new Entity({
  model: { service: "escale", entity: "identity", version: "1" },
  attributes: {
    email: { type: "string", required: true, readOnly: true },
    userId: { type: "string", required: true, readOnly: true },
    createdAt: { type: "string", required: true, readOnly: true },
    /** The console's language they chose; unset, their browser's. */
    language: { type: ["fr", "en"] as const },
  },
  indexes: {
    byEmail: {
      pk: { field: "pk", composite: ["email"], template: "p#identity#${email}", casing: "none" },
      sk: { field: "sk", composite: [], template: "identity", casing: "none" },
    },
  },
});

/** Identity-side copy of a membership, so "my tenants" is one Query. Written with it. */
export const MembershipRefEntity = new Entity({
  model: { service: "escale", entity: "membershipRef", version: "1" },
  attributes: {
    email: { type: "string", required: true, readOnly: true },
    tenantId: { type: "string", required: true, readOnly: true },
    role: { type: "string", required: true },
  },
  indexes: {
    byEmail: {
      pk: { field: "pk", composite: ["email"], template: "p#identity#${email}", casing: "none" },
      sk: {
        field: "sk",
        composite: ["tenantId"],
        template: "membership#${tenantId}",
        casing: "none",
      },
    },
  },
});

/** Identity-side copy of a pending invitation, accepted at the invitee's next sign-in. */
export const InvitationRefEntity = new Entity({
  model: { service: "escale", entity: "invitationRef", version: "1" },
  attributes: {
    email: { type: "string", required: true, readOnly: true },
    tenantId: { type: "string", required: true, readOnly: true },
    expiresAt: { type: "number", required: true },
  },
  indexes: {
    byEmail: {
      pk: { field: "pk", composite: ["email"], template: "p#identity#${email}", casing: "none" },
      sk: {
        field: "sk",
        composite: ["tenantId"],
        template: "invitation#${tenantId}",
        casing: "none",
      },
    },
  },
});

/**
 * A sign-in code waiting to be typed: only its hash, the address it was sent to and the wrong
 * attempts so far. Server-side, so the attempt count holds across Lambda instances and a code
 * works once whatever the browser replays; gone by TTL when it expires.
 */
export const SignInChallengeEntity = new Entity({
  model: { service: "escale", entity: "signInChallenge", version: "1" },
  attributes: {
    challengeId: { type: "string", required: true, readOnly: true },
    email: { type: "string", required: true, readOnly: true },
    codeHash: { type: "string", required: true, readOnly: true },
    attempts: { type: "number", required: true, default: 0 },
    expiresAt: { type: "number", required: true, readOnly: true },
  },
  indexes: {
    byId: {
      pk: { field: "pk", composite: ["challengeId"], template: "p#signin#${challengeId}", casing: "none" },
      sk: { field: "sk", composite: [], template: "challenge", casing: "none" },
    },
  },
});
