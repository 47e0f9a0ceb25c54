/**
 * Ambassadors (parrainage): residents volunteer, enrolees ask for a buddy, coordinators pair
 * them from scored suggestions; pairs last six months with check-ins at one and three.
 */
export { runPairs } from "./check-ins";
export * as Erasure from "./erasure";
export * as Pairs from "./pairs";
export * as Requests from "./requests";
export * as Scoring from "./scoring";
export * as Volunteers from "./volunteers";
export { charterVersion } from "./volunteers";
