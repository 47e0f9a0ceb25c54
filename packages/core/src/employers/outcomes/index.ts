/** What became of employers' recruits (groups of five or more), and the local spending of installed households. */
export * as Impact from "./impact";
export * as EmployerOutcomes from "./outcomes";
export { minimumGroup } from "./outcomes";
