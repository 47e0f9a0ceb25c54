/**
 * Bienvenue's outcomes: counters written in the same transaction as each change (enrolment,
 * letter, unsubscribe, seat, check-in, deal, pair), a dashboard read in one Query, and a CSV.
 */
export * as Counters from "./counters";
export { counterUpdates, type Tally } from "./counters";
export { dashboard } from "./dashboard";
export { csv } from "./export";
