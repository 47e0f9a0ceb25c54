import { Entity } from "electrodb";

const service = "escale";

export const jobStatuses = ["pending", "published", "rejected", "withdrawn"] as const;
export type JobStatus = (typeof jobStatuses)[number];

/**
 * A job offer an employer posts. gsi1 lists an employer's offers, newest first; gsi2 lists the
 * tenant's offers of one status by expiry, so the board's Query starts at today and never
 * reads an expired offer.
 */
export const JobEntity = new Entity({
  model: { service, entity: "job", version: "1" },
  attributes: {
    tenantId: { type: "string", required: true, readOnly: true },
    jobId: { type: "string", required: true, readOnly: true },
    employerId: { type: "string", required: true, readOnly: true },
    /** Kept on the offer so the board names the employer without another read. */
    employerName: { type: "string", required: true },
    /** Per language: { fr: "...", en: "..." }; the employer writes one or more. */
    title: { type: "any", required: true },
    description: { type: "any", required: true },
    contract: { type: "string", required: true },
    field: { type: "string", required: true },
    commune: { type: "string", required: true },
    salary: {
      type: "map",
      properties: {
        minEur: { type: "number" },
        maxEur: { type: "number" },
        period: { type: ["hour", "month", "year"] as const },
      },
    },
    openToPartners: { type: "boolean", required: true },
    expiresOn: { type: "string", required: true },
    status: { type: jobStatuses, required: true },
    /** Which of the employer's job-post slots the offer holds while online. */
    slot: { type: "number", required: true },
    rejectionReason: { type: "string" },
    moderatedBy: { type: "string" },
    postedBy: { type: "string", required: true, readOnly: true },
    createdAt: { type: "string", required: true, readOnly: true },
    publishedAt: { type: "string" },
    version: { type: "number", required: true, default: 1 },
  },
  indexes: {
    byId: {
      pk: { field: "pk", composite: ["tenantId", "jobId"], template: "t#${tenantId}#job#${jobId}", casing: "none" },
      sk: { field: "sk", composite: [], template: "job", casing: "none" },
    },
    byEmployer: {
      index: "gsi1",
      pk: {
        field: "gsi1pk",
        composite: ["tenantId", "employerId"],
        template: "t#${tenantId}#employer#${employerId}#jobs",
        casing: "none",
      },
      sk: { field: "gsi1sk", composite: ["createdAt", "jobId"], template: "${createdAt}#${jobId}", casing: "none" },
    },
    byStatus: {
      index: "gsi2",
      pk: {
        field: "gsi2pk",
        composite: ["tenantId", "status"],
        template: "t#${tenantId}#jobs#${status}",
        casing: "none",
      },
      sk: { field: "gsi2sk", composite: ["expiresOn", "jobId"], template: "${expiresOn}#${jobId}", casing: "none" },
    },
  },
});

/**
 * One of an employer's job-post slots (as many as its offer includes at once). A post claims a
 * free slot with a condition (absent, or its offer expired), so two posts at once cannot both
 * take the last one.
 */
export const JobSlotEntity = new Entity({
  model: { service, entity: "jobSlot", version: "1" },
  attributes: {
    tenantId: { type: "string", required: true, readOnly: true },
    employerId: { type: "string", required: true, readOnly: true },
    slot: { type: "number", required: true, readOnly: true },
    jobId: { type: "string", required: true },
    expiresOn: { type: "string", required: true },
  },
  indexes: {
    byEmployer: {
      pk: {
        field: "pk",
        composite: ["tenantId", "employerId"],
        template: "t#${tenantId}#employer#${employerId}",
        casing: "none",
      },
      sk: { field: "sk", composite: ["slot"], template: "jobslot#${slot}", casing: "none" },
    },
  },
});

/**
 * The territory's settings for partner employers: whether job offers go online at once or after
 * a moderator approves them, and the yearly local spending per installed household behind the
 * impact estimate.
 */
export const EmployerSettingsEntity = new Entity({
  model: { service, entity: "employerSettings", version: "1" },
  attributes: {
    tenantId: { type: "string", required: true, readOnly: true },
    jobModeration: { type: ["immediate", "approval"] as const, required: true },
    spendingPerHouseholdEur: { type: "number", required: true },
    version: { type: "number", required: true, default: 1 },
  },
  indexes: {
    byTenant: {
      pk: { field: "pk", composite: ["tenantId"], template: "t#${tenantId}", casing: "none" },
      sk: { field: "sk", composite: [], template: "employers#settings", casing: "none" },
    },
  },
});
