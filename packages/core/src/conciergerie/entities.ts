import { Entity } from "electrodb";
import { needProgress } from "./needs";
import { closeReasons, statuses } from "./pipeline";

const service = "escale";

/**
 * A household's request for help. Its partition (`t#{tenant}#case#{id}`) also holds its
 * timeline, tasks and messages, so a case page is one Query. gsi1 lists a tenant's cases by
 * status, oldest first (the inbox); gsi2 by assignee.
 */
export const CaseEntity = new Entity({
  model: { service, entity: "case", version: "1" },
  attributes: {
    tenantId: { type: "string", required: true, readOnly: true },
    caseId: { type: "string", required: true, readOnly: true },
    status: { type: statuses, required: true },
    /** Where the case got before it was closed, so the funnel counts what it reached. */
    reachedBeforeClosing: { type: statuses },
    registeredAt: { type: "string", required: true, readOnly: true },
    /** Month of registration (YYYY-MM): the cohort its funnel counters belong to. */
    cohort: { type: "string", required: true, readOnly: true },
    contact: { type: "any" },
    household: { type: "any" },
    origin: { type: "any" },
    arrivalDate: { type: "string" },
    needs: {
      type: "map",
      required: true,
      properties: {
        job: { type: needProgress },
        "partner-job": { type: needProgress },
        housing: { type: needProgress },
        school: { type: needProgress },
        childcare: { type: needProgress },
        health: { type: needProgress },
        mobility: { type: needProgress },
        administrative: { type: needProgress },
        disability: { type: needProgress },
        leisure: { type: needProgress },
      },
    },
    message: { type: "string" },
    answers: { type: "any" },
    consent: { type: "any" },
    channelCode: { type: "string" },
    /** Origin bucket for the funnel: a country code, or FR-<region>. */
    originKey: { type: "string", required: true },
    assignee: { type: "string", required: true, default: "-" },
    firstContactDueAt: { type: "string", required: true },
    contactedAt: { type: "string" },
    slaEscalatedAt: { type: "string" },
    installedAt: { type: "string" },
    installedCommune: { type: "string" },
    childrenSchooled: { type: "number" },
    closedReason: { type: closeReasons },
    erasureRequestedAt: { type: "string" },
    erasedAt: { type: "string" },
    /** The visitor cookie the request came with: an erasure also finds that visitor's questions. */
    visitorId: { type: "string" },
    version: { type: "number", required: true, default: 1 },
  },
  indexes: {
    byId: {
      collection: "caseFile",
      pk: { field: "pk", composite: ["tenantId", "caseId"], template: "t#${tenantId}#case#${caseId}", casing: "none" },
      sk: { field: "sk", composite: [], template: "case", casing: "none" },
    },
    byStatus: {
      index: "gsi1",
      pk: {
        field: "gsi1pk",
        composite: ["tenantId", "status"],
        template: "t#${tenantId}#cases#${status}",
        casing: "none",
      },
      sk: {
        field: "gsi1sk",
        composite: ["registeredAt", "caseId"],
        template: "${registeredAt}#${caseId}",
        casing: "none",
      },
    },
    byAssignee: {
      index: "gsi2",
      pk: {
        field: "gsi2pk",
        composite: ["tenantId", "assignee"],
        template: "t#${tenantId}#assignee#${assignee}",
        casing: "none",
      },
      sk: {
        field: "gsi2sk",
        composite: ["registeredAt", "caseId"],
        template: "${registeredAt}#${caseId}",
        casing: "none",
      },
    },
  },
});

/** One line of a case's timeline: status change, note, assignment, e-mail sent, need update. */
export const CaseEventEntity = new Entity({
  model: { service, entity: "caseEvent", version: "1" },
  attributes: {
    tenantId: { type: "string", required: true, readOnly: true },
    caseId: { type: "string", required: true, readOnly: true },
    at: { type: "string", required: true, readOnly: true },
    eventId: { type: "string", required: true, readOnly: true },
    kind: { type: ["status", "note", "assignment", "need", "email", "message", "task"] as const, required: true },
    by: { type: "string", required: true },
    /** Kind-specific details; notes and messages carry personal text and go on erasure. */
    detail: { type: "any" },
    personal: { type: "boolean", required: true, default: false },
  },
  indexes: {
    byCase: {
      collection: "caseFile",
      pk: { field: "pk", composite: ["tenantId", "caseId"], template: "t#${tenantId}#case#${caseId}", casing: "none" },
      sk: { field: "sk", composite: ["at", "eventId"], template: "event#${at}#${eventId}", casing: "none" },
    },
  },
});

/** A task on a case, due on a date, for one agent. gsi1 is that agent's task list by due date. */
export const CaseTaskEntity = new Entity({
  model: { service, entity: "caseTask", version: "1" },
  attributes: {
    tenantId: { type: "string", required: true, readOnly: true },
    caseId: { type: "string", required: true, readOnly: true },
    taskId: { type: "string", required: true, readOnly: true },
    title: { type: "string", required: true },
    dueOn: { type: "string", required: true },
    assignee: { type: "string", required: true },
    done: { type: "boolean", required: true, default: false },
    createdBy: { type: "string", required: true },
    createdAt: { type: "string", required: true, readOnly: true },
  },
  indexes: {
    byCase: {
      collection: "caseFile",
      pk: { field: "pk", composite: ["tenantId", "caseId"], template: "t#${tenantId}#case#${caseId}", casing: "none" },
      sk: { field: "sk", composite: ["taskId"], template: "task#${taskId}", casing: "none" },
    },
    byAssignee: {
      index: "gsi1",
      pk: {
        field: "gsi1pk",
        composite: ["tenantId", "assignee", "done"],
        template: "t#${tenantId}#tasks#${assignee}#${done}",
        casing: "none",
      },
      sk: { field: "gsi1sk", composite: ["dueOn", "taskId"], template: "${dueOn}#${taskId}", casing: "none" },
    },
  },
});

/** Points a newcomer's e-mail at their cases, so the portal finds them with one Query. */
export const NewcomerCaseEntity = new Entity({
  model: { service, entity: "newcomerCase", version: "1" },
  attributes: {
    tenantId: { type: "string", required: true, readOnly: true },
    email: { type: "string", required: true, readOnly: true },
    caseId: { type: "string", required: true, readOnly: true },
    registeredAt: { type: "string", required: true },
  },
  indexes: {
    byEmail: {
      pk: {
        field: "pk",
        composite: ["tenantId", "email"],
        template: "t#${tenantId}#newcomer#${email}",
        casing: "none",
      },
      sk: { field: "sk", composite: ["caseId"], template: "case#${caseId}", casing: "none" },
    },
  },
});

/** A channel that brings newcomers: an employer, a town hall, a campaign… with its link code. */
export const ChannelEntity = new Entity({
  model: { service, entity: "channel", version: "1" },
  attributes: {
    tenantId: { type: "string", required: true, readOnly: true },
    code: { type: "string", required: true, readOnly: true },
    name: { type: "string", required: true },
    type: {
      type: ["employer", "town-hall", "neighbourhood-centre", "university", "campaign", "other"] as const,
      required: true,
    },
    createdAt: { type: "string", required: true, readOnly: true },
  },
  indexes: {
    byCode: {
      pk: { field: "pk", composite: ["tenantId"], template: "t#${tenantId}#channels", casing: "none" },
      sk: { field: "sk", composite: ["code"], template: "${code}", casing: "none" },
    },
  },
});

/** How a tenant runs its Conciergerie: needs offered, extra questions, deadline, privacy notice. */
/**
 * One erasure, for the record: when, why, by which kind of actor, which cases (by id) and how
 * much went. Nothing about the erased person. Kept five years (TTL).
 */
export const ErasureRecordEntity = new Entity({
  model: { service, entity: "erasureRecord", version: "1" },
  attributes: {
    tenantId: { type: "string", required: true, readOnly: true },
    at: { type: "string", required: true, readOnly: true },
    erasureId: { type: "string", required: true, readOnly: true },
    reason: { type: ["staff", "retention", "left-programme"] as const, required: true },
    by: { type: "string", required: true },
    caseIds: { type: "list", items: { type: "string" }, required: true },
    cases: { type: "number", required: true },
    questions: { type: "number", required: true },
    sessions: { type: "number", required: true },
    identity: { type: "boolean", required: true },
    expiresAt: { type: "number", required: true },
  },
  indexes: {
    byTime: {
      pk: { field: "pk", composite: ["tenantId"], template: "t#${tenantId}#erasures", casing: "none" },
      sk: { field: "sk", composite: ["at", "erasureId"], template: "${at}#${erasureId}", casing: "none" },
    },
  },
});

export const ConciergerieSettingsEntity = new Entity({
  model: { service, entity: "conciergerieSettings", version: "1" },
  attributes: {
    tenantId: { type: "string", required: true, readOnly: true },
    needs: { type: "list", items: { type: "string" }, required: true },
    questions: { type: "any", required: true },
    firstContactHours: { type: "number", required: true },
    /** Per language: { version, text }. The version is recorded with each consent. */
    privacyNotice: { type: "any", required: true },
    /** Months a closed case is kept before the retention job erases it; unset, 24. */
    retentionMonths: { type: "number" },
    version: { type: "number", required: true, default: 1 },
  },
  indexes: {
    byTenant: {
      pk: { field: "pk", composite: ["tenantId"], template: "t#${tenantId}", casing: "none" },
      sk: { field: "sk", composite: [], template: "conciergerie#settings", casing: "none" },
    },
  },
});

/**
 * Pre-aggregated funnel counts, updated in the same transaction as the change they count.
 * One item per cohort month and dimension (all, channel, origin); the dashboard reads the
 * tenant's counters with one Query, whatever the number of cases.
 */
export const FunnelCounterEntity = new Entity({
  model: { service, entity: "funnelCounter", version: "1" },
  attributes: {
    tenantId: { type: "string", required: true, readOnly: true },
    dimension: { type: ["all", "channel", "origin"] as const, required: true, readOnly: true },
    value: { type: "string", required: true, readOnly: true },
    cohort: { type: "string", required: true, readOnly: true },
    registered: { type: "number", default: 0 },
    contacted: { type: "number", default: 0 },
    accompanied: { type: "number", default: 0 },
    installed: { type: "number", default: 0 },
    closed: { type: "number", default: 0 },
    householdsInstalled: { type: "number", default: 0 },
    adultsInstalled: { type: "number", default: 0 },
    childrenInstalled: { type: "number", default: 0 },
    childrenSchooled: { type: "number", default: 0 },
    /** Cases whose "partner-job" need is done: the partner found work (an employer's outcome). */
    partnerFoundWork: { type: "number", default: 0 },
    /** Days from registration to installation: day count → number of cases, for the median. */
    daysToInstall: { type: "map", properties: {}, default: () => ({}) },
  },
  indexes: {
    byTenant: {
      pk: { field: "pk", composite: ["tenantId"], template: "t#${tenantId}#funnel", casing: "none" },
      sk: {
        field: "sk",
        composite: ["dimension", "value", "cohort"],
        template: "${dimension}#${value}#${cohort}",
        casing: "none",
      },
    },
  },
});

/** A staff member read a case: who, when. Kept two years, shown to admins. */
export const CaseReadEntity = new Entity({
  model: { service, entity: "caseRead", version: "1" },
  attributes: {
    tenantId: { type: "string", required: true, readOnly: true },
    at: { type: "string", required: true, readOnly: true },
    readId: { type: "string", required: true, readOnly: true },
    caseId: { type: "string", required: true, readOnly: true },
    by: { type: "string", required: true, readOnly: true },
    role: { type: "string", required: true, readOnly: true },
    expiresAt: { type: "number", required: true },
  },
  indexes: {
    byTime: {
      pk: { field: "pk", composite: ["tenantId"], template: "t#${tenantId}#audit", casing: "none" },
      sk: { field: "sk", composite: ["at", "readId"], template: "${at}#${readId}", casing: "none" },
    },
  },
});

/**
 * A way to find a case: its e-mail, phone, reference, or one word of the household's name,
 * written in the same transaction as the case and deleted with its personal data. The word
 * of a name is bucketed by its first two letters so a prefix search is one Query.
 */
export const CaseFinderEntity = new Entity({
  model: { service, entity: "caseFinder", version: "1" },
  attributes: {
    tenantId: { type: "string", required: true, readOnly: true },
    field: { type: ["email", "phone", "ref", "name"] as const, required: true, readOnly: true },
    bucket: { type: "string", required: true, readOnly: true },
    term: { type: "string", required: true, readOnly: true },
    caseId: { type: "string", required: true, readOnly: true },
    /** The whole name, folded, between spaces: other words of a query must start a word of it. */
    words: { type: "string" },
  },
  indexes: {
    byTerm: {
      pk: {
        field: "pk",
        composite: ["tenantId", "field", "bucket"],
        template: "t#${tenantId}#find#${field}#${bucket}",
        casing: "none",
      },
      sk: { field: "sk", composite: ["term", "caseId"], template: "${term}#${caseId}", casing: "none" },
    },
  },
});

/** How many live cases each inbox tab holds, kept with ADD in the transaction that moves a case. */
export const InboxCountEntity = new Entity({
  model: { service, entity: "inboxCount", version: "1" },
  attributes: {
    tenantId: { type: "string", required: true, readOnly: true },
    registered: { type: "number" },
    contacted: { type: "number" },
    accompanied: { type: "number" },
    installed: { type: "number" },
    closed: { type: "number" },
  },
  indexes: {
    byTenant: {
      pk: { field: "pk", composite: ["tenantId"], template: "t#${tenantId}#inbox", casing: "none" },
      sk: { field: "sk", composite: [], template: "counts", casing: "none" },
    },
  },
});
