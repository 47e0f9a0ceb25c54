/**
 * Partner employers: the offers a territory sells them, the employers and the people who act
 * for them, their referrals and outcomes.
 */
export * as Employers from "./employers";
export { subscriptionStatuses } from "./entities";
export * as Offers from "./offers";
export * as Referrals from "./referrals";
export * as EmployerSettings from "./settings";
export { isValidSiret } from "./siret";
