import { Entity } from "electrodb";

/**
 * Requests counted in one time window for one platform-wide scope (an e-mail address, a client
 * address): sign-in codes and e-mails sent without sign-in. Gone by TTL after the window.
 */
export const LimitCounterEntity = new Entity({
  model: { service: "escale", entity: "limitCounter", version: "1" },
  attributes: {
    scope: { type: "string", required: true, readOnly: true },
    window: { type: "string", required: true, readOnly: true },
    count: { type: "number", required: true, default: 0 },
    expiresAt: { type: "number", required: true },
  },
  indexes: {
    byWindow: {
      pk: { field: "pk", composite: ["scope"], template: "p#limit#${scope}", casing: "none" },
      sk: { field: "sk", composite: ["window"], template: "w#${window}", casing: "none" },
    },
  },
});
