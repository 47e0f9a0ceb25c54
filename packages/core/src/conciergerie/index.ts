/**
 * The Conciergerie: households ask for help on the portal, chargé·e·s d'accueil follow each
 * case from registration to installation, and the territory reads its outcome funnel.
 */
export * as Audit from "./audit";
export * as Bulk from "./bulk";
export * as CaseFile from "./case-file";
export * as Channels from "./channels";
export * as Erasure from "./erasure";
export * as Export from "./export";
export * as Funnel from "./funnel";
export * as Inbox from "./inbox";
export type { IntakeInput } from "./intake";
export * as Intake from "./intake";
export { channelTypes, needProgress, needs } from "./needs";
export * as Newcomer from "./newcomer";
export { frenchRegions } from "./origins";
export { allowedMoves, closeReasons, statuses } from "./pipeline";
export * as Retention from "./retention";
export * as Search from "./search";
export * as Settings from "./settings";
export { escalateOverdue } from "./sla";
