import { Entity } from "electrodb";

/**
 * Pre-aggregated Bienvenue outcomes, updated in the same write as the change they count: one
 * item per dimension × value × period (a month YYYY-MM, or "-" for running totals). The
 * dashboard reads the tenant's partition with one Query, whatever the number of enrolees.
 * Measures are ADDed by `counterUpdates` through DynamoDB expressions, so the schema lists
 * only the key and label attributes.
 */
export const BienvenueCounterEntity = new Entity({
  model: { service: "escale", entity: "bienvenueCounter", version: "1" },
  attributes: {
    tenantId: { type: "string", required: true, readOnly: true },
    dimension: {
      type: ["month", "channel", "event", "partner", "deal", "programme"] as const,
      required: true,
      readOnly: true,
    },
    value: { type: "string", required: true, readOnly: true },
    period: { type: "string", required: true, readOnly: true },
    /** What the value names for a reader (an event's title, a partner's name). */
    label: { type: "string" },
  },
  indexes: {
    byTenant: {
      pk: { field: "pk", composite: ["tenantId"], template: "t#${tenantId}#bienvenue#outcomes", casing: "none" },
      sk: {
        field: "sk",
        composite: ["dimension", "value", "period"],
        template: "${dimension}#${value}#${period}",
        casing: "none",
      },
    },
  },
});
