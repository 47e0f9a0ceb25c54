import { Entity } from "electrodb";

const service = "escale";

/**
 * A person enrolled in the Bienvenue programme. Their partition (`t#{tenant}#enrolee#{email}`)
 * also holds the letters sent to them and pointers to their event registrations; gsi1 lists a
 * tenant's enrolees (the letters job and the console read it page by page).
 */
export const EnroleeEntity = new Entity({
  model: { service, entity: "enrolee", version: "1" },
  attributes: {
    tenantId: { type: "string", required: true, readOnly: true },
    email: { type: "string", required: true, readOnly: true },
    name: { type: "string", required: true },
    language: { type: "string", required: true },
    languagesSpoken: { type: "list", items: { type: "string" } },
    household: { type: "any" },
    interests: { type: "list", items: { type: "string" } },
    commune: { type: "string" },
    arrivalDate: { type: "string" },
    /** YYYY-MM-DD: letter n is due n × 3 months after it. */
    enrolledOn: { type: "string", required: true },
    /** { at, version, language, by: "portal" | "import" }. */
    consent: { type: "any", required: true },
    /**
     * "pending" until the double opt-in link is followed; "suppressed" when the mailbox bounced
     * for good or complained (SES), so no letter goes there.
     */
    newsletter: { type: ["none", "pending", "subscribed", "unsubscribed", "suppressed"] as const, required: true },
    issuesSent: { type: "set", items: "number" },
    channelCode: { type: "string" },
    createdAt: { type: "string", required: true, readOnly: true },
    version: { type: "number", required: true, default: 1 },
  },
  indexes: {
    byEmail: {
      collection: "enroleeFile",
      pk: {
        field: "pk",
        composite: ["tenantId", "email"],
        template: "t#${tenantId}#enrolee#${email}",
        casing: "none",
      },
      sk: { field: "sk", composite: [], template: "enrolee", casing: "none" },
    },
    list: {
      index: "gsi1",
      pk: { field: "gsi1pk", composite: ["tenantId"], template: "t#${tenantId}#enrolees", casing: "none" },
      sk: { field: "gsi1sk", composite: ["email"], template: "${email}", casing: "none" },
    },
  },
});

/**
 * Letter n was sent to this enrolee: written with a condition before the e-mail goes, so two
 * runs of the job at once send it once. gsi1 is the issue's send log, newest last.
 */
export const LetterSendEntity = new Entity({
  model: { service, entity: "letterSend", version: "1" },
  attributes: {
    tenantId: { type: "string", required: true, readOnly: true },
    email: { type: "string", required: true, readOnly: true },
    issue: { type: "number", required: true, readOnly: true },
    language: { type: "string", required: true },
    sentAt: { type: "string", required: true },
  },
  indexes: {
    byEnrolee: {
      collection: "enroleeFile",
      pk: {
        field: "pk",
        composite: ["tenantId", "email"],
        template: "t#${tenantId}#enrolee#${email}",
        casing: "none",
      },
      sk: { field: "sk", composite: ["issue"], template: "letter#${issue}", casing: "none" },
    },
    log: {
      index: "gsi1",
      pk: {
        field: "gsi1pk",
        composite: ["tenantId", "issue"],
        template: "t#${tenantId}#letter-sends#${issue}",
        casing: "none",
      },
      sk: { field: "gsi1sk", composite: ["sentAt", "email"], template: "${sentAt}#${email}", casing: "none" },
    },
  },
});

/** An enrolee's registration for an event, pointed at from their partition (timeline, calendar feed). */
export const EnroleeEventEntity = new Entity({
  model: { service, entity: "enroleeEvent", version: "1" },
  attributes: {
    tenantId: { type: "string", required: true, readOnly: true },
    email: { type: "string", required: true, readOnly: true },
    eventId: { type: "string", required: true, readOnly: true },
    startsAt: { type: "string", required: true },
  },
  indexes: {
    byEnrolee: {
      collection: "enroleeFile",
      pk: {
        field: "pk",
        composite: ["tenantId", "email"],
        template: "t#${tenantId}#enrolee#${email}",
        casing: "none",
      },
      sk: { field: "sk", composite: ["eventId"], template: "event#${eventId}", casing: "none" },
    },
  },
});

/** One issue of the quarterly letter in one language, with the programme's settings beside it. */
export const LetterEntity = new Entity({
  model: { service, entity: "letter", version: "1" },
  attributes: {
    tenantId: { type: "string", required: true, readOnly: true },
    issue: { type: "number", required: true, readOnly: true },
    language: { type: "string", required: true, readOnly: true },
    subject: { type: "string", required: true },
    /** Markdown. */
    body: { type: "string", required: true },
    updatedAt: { type: "string", required: true },
    updatedBy: { type: "string", required: true },
  },
  indexes: {
    byIssue: {
      collection: "programme",
      pk: { field: "pk", composite: ["tenantId"], template: "t#${tenantId}#bienvenue", casing: "none" },
      sk: { field: "sk", composite: ["issue", "language"], template: "letter#${issue}#${language}", casing: "none" },
    },
  },
});

/** How a territory runs its programme: interests offered, reminder offsets before events. */
export const BienvenueSettingsEntity = new Entity({
  model: { service, entity: "bienvenueSettings", version: "1" },
  attributes: {
    tenantId: { type: "string", required: true, readOnly: true },
    /** [{ id, label: { fr, en… } }]. */
    interests: { type: "any", required: true },
    reminderOffsetsDays: { type: "list", items: { type: "number" }, required: true },
    version: { type: "number", required: true, default: 1 },
  },
  indexes: {
    byTenant: {
      collection: "programme",
      pk: { field: "pk", composite: ["tenantId"], template: "t#${tenantId}#bienvenue", casing: "none" },
      sk: { field: "sk", composite: [], template: "settings", casing: "none" },
    },
  },
});

export const registrationStatuses = ["confirmed", "waitlisted", "offered", "cancelled", "attended"] as const;

/**
 * An event. Its partition (`t#{tenant}#event#{id}`) holds its registrations, so the event page
 * and the staff list are one Query. Seats are counted on this item and claimed by conditional
 * transactions with the registration they belong to; gsi1 lists events by start.
 */
export const EventEntity = new Entity({
  model: { service, entity: "event", version: "1" },
  attributes: {
    tenantId: { type: "string", required: true, readOnly: true },
    eventId: { type: "string", required: true, readOnly: true },
    /** Per language: { fr: "…", en: "…" }; description and accessibility likewise. */
    title: { type: "any", required: true },
    description: { type: "any" },
    accessibility: { type: "any" },
    place: { type: "string" },
    onlineUrl: { type: "string" },
    /** UTC instants; entered and shown in Europe/Paris. */
    startsAt: { type: "string", required: true },
    endsAt: { type: "string", required: true },
    capacity: { type: "number", required: true },
    /** capacity − confirmed − offered seats; a claim needs it to cover the seats asked. */
    freeSeats: { type: "number", required: true },
    confirmedSeats: { type: "number", required: true, default: 0 },
    offeredSeats: { type: "number", required: true, default: 0 },
    /** Registrations on the waitlist: while any wait, nobody new takes a freed seat ahead of them. */
    waiting: { type: "number", required: true, default: 0 },
    maxSeatsPerRegistration: { type: "number", required: true, default: 1 },
    opensAt: { type: "string" },
    closesAt: { type: "string" },
    /** { kind: "all" } | { kind: "cohort", cohort: "YYYY-MM" } | { kind: "interest", interest }. */
    audience: { type: "any", required: true },
    /** auto: a freed seat confirms the next person; offer: they have 24 hours to take it. */
    promotion: { type: ["auto", "offer"] as const, required: true, default: "auto" },
    status: { type: ["scheduled", "cancelled"] as const, required: true, default: "scheduled" },
    /** The calendar SEQUENCE: raised on every change attendees should see. */
    sequence: { type: "number", required: true, default: 0 },
    createdAt: { type: "string", required: true, readOnly: true },
    version: { type: "number", required: true, default: 1 },
  },
  indexes: {
    byId: {
      collection: "eventFile",
      pk: {
        field: "pk",
        composite: ["tenantId", "eventId"],
        template: "t#${tenantId}#event#${eventId}",
        casing: "none",
      },
      sk: { field: "sk", composite: [], template: "event", casing: "none" },
    },
    byStart: {
      index: "gsi1",
      pk: { field: "gsi1pk", composite: ["tenantId"], template: "t#${tenantId}#events", casing: "none" },
      sk: { field: "gsi1sk", composite: ["startsAt", "eventId"], template: "${startsAt}#${eventId}", casing: "none" },
    },
  },
});

/** Someone's place at an event: an enrolee's (by e-mail) or a phone guest's (by phone). */
export const RegistrationEntity = new Entity({
  model: { service, entity: "registration", version: "1" },
  attributes: {
    tenantId: { type: "string", required: true, readOnly: true },
    eventId: { type: "string", required: true, readOnly: true },
    /** The e-mail address, or `phone:+33…` for a guest who gave none. */
    who: { type: "string", required: true, readOnly: true },
    email: { type: "string" },
    phone: { type: "string" },
    name: { type: "string", required: true },
    language: { type: "string", required: true },
    seats: { type: "number", required: true },
    status: { type: registrationStatuses, required: true },
    /** Waitlist order: the time of joining it, then a random tie-breaker. */
    position: { type: "string", required: true },
    offerExpiresAt: { type: "string" },
    /** Typed or scanned at the door. */
    code: { type: "string", required: true },
    byStaff: { type: "boolean", required: true, default: false },
    /** Reminder offsets (days before) already sent. */
    remindersSent: { type: "set", items: "number" },
    attendedAt: { type: "string" },
    createdAt: { type: "string", required: true },
    updatedAt: { type: "string", required: true },
  },
  indexes: {
    byEvent: {
      collection: "eventFile",
      pk: {
        field: "pk",
        composite: ["tenantId", "eventId"],
        template: "t#${tenantId}#event#${eventId}",
        casing: "none",
      },
      sk: { field: "sk", composite: ["who"], template: "reg#${who}", casing: "none" },
    },
  },
});

/** An open waitlist offer, by expiry: the job that expires offers reads these, not the events. */
export const SeatOfferEntity = new Entity({
  model: { service, entity: "seatOffer", version: "1" },
  attributes: {
    tenantId: { type: "string", required: true, readOnly: true },
    expiresAt: { type: "string", required: true, readOnly: true },
    eventId: { type: "string", required: true, readOnly: true },
    who: { type: "string", required: true, readOnly: true },
  },
  indexes: {
    byExpiry: {
      pk: { field: "pk", composite: ["tenantId"], template: "t#${tenantId}#seat-offers", casing: "none" },
      sk: {
        field: "sk",
        composite: ["expiresAt", "eventId", "who"],
        template: "${expiresAt}#${eventId}#${who}",
        casing: "none",
      },
    },
  },
});
