/**
 * Bienvenue, the year-long welcome programme: enrolment, events with registrations and
 * waitlists, and the quarterly letters.
 */
export * as CalendarFeed from "./calendar-feed";
export * as EnroleeImport from "./enrolee-import";
export * as Enrolment from "./enrolment";
export * as Events from "./events";
export { leave } from "./leave";
export * as Letters from "./letters";
export { type Phrase, words } from "./messages";
export * as Registrations from "./registrations";
export { sendReminders } from "./reminders";
export * as Settings from "./settings";
export { applySesEvent } from "./suppression";
export { verify as verifyToken } from "./tokens";
