import { Entity } from "electrodb";

/** A person's role in one tenant. */
export const MembershipEntity = new Entity({
  model: { service: "escale", entity: "membership", version: "1" },
  attributes: {
    tenantId: { type: "string", required: true, readOnly: true },
    email: { type: "string", required: true, readOnly: true },
    role: { type: ["owner", "admin", "agent", "editor", "viewer"] as const, required: true },
    joinedAt: { type: "string", required: true, readOnly: true },
  },
  indexes: {
    byEmail: {
      pk: { field: "pk", composite: ["tenantId"], template: "t#${tenantId}", casing: "none" },
      sk: { field: "sk", composite: ["email"], template: "member#${email}", casing: "none" },
    },
  },
});

/** An invitation to join a tenant with a role; expires by TTL if never accepted. */
export const InvitationEntity = new Entity({
  model: { service: "escale", entity: "invitation", version: "1" },
  attributes: {
    tenantId: { type: "string", required: true, readOnly: true },
    email: { type: "string", required: true, readOnly: true },
    role: { type: ["owner", "admin", "agent", "editor", "viewer"] as const, required: true },
    invitedBy: { type: "string", required: true },
    invitedAt: { type: "string", required: true },
    expiresAt: { type: "number", required: true },
  },
  indexes: {
    byEmail: {
      pk: { field: "pk", composite: ["tenantId"], template: "t#${tenantId}", casing: "none" },
      sk: { field: "sk", composite: ["email"], template: "invitation#${email}", casing: "none" },
    },
  },
});

/** One change to a team (removal, role, ownership, departure), kept for the territory's audit. */
export const TeamEventEntity = new Entity({
  model: { service: "escale", entity: "teamEvent", version: "1" },
  attributes: {
    tenantId: { type: "string", required: true, readOnly: true },
    at: { type: "string", required: true, readOnly: true },
    eventId: { type: "string", required: true, readOnly: true },
    change: { type: ["removed", "roleChanged", "ownershipTransferred", "memberLeft"] as const, required: true },
    member: { type: "string", required: true },
    by: { type: "string", required: true },
    from: { type: "string" },
    to: { type: "string" },
  },
  indexes: {
    byTime: {
      pk: { field: "pk", composite: ["tenantId"], template: "t#${tenantId}#team-events", casing: "none" },
      sk: { field: "sk", composite: ["at", "eventId"], template: "${at}#${eventId}", casing: "none" },
    },
  },
});
