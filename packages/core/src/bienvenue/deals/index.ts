/**
 * Bons plans: partners, their deals per language, and the personal single-use codes enrolees
 * take and partners (from a signed link) or staff redeem.
 */
export * as Catalog from "./catalog";
export * as Codes from "./codes";
export * as Partners from "./partners";
