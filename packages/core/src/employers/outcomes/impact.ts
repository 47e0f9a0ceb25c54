import * as z from "zod";
import { assertCan } from "../../auth/roles";
import { readCounters } from "../../conciergerie/funnel";
import { fn } from "../../fn";
import * as Settings from "../settings";

const month = z
  .string()
  .regex(/^\d{4}-\d{2}$/, "Use YYYY-MM.")
  .optional();

/**
 * An estimate of what the households installed spend locally in a year: their number (cohorts
 * in the range, as on the outcomes page) times the territory's amount per household. It is an
 * estimate, and the answer carries its parts so the page shows the formula.
 */
export const estimate = fn(z.object({ from: month, to: month }), async ({ from, to }) => {
  assertCan("cases.read");
  const [rows, settings] = await Promise.all([readCounters("all#all#"), Settings.load()]);
  const households = rows
    .filter((row) => (!from || row.cohort >= from) && (!to || row.cohort <= to))
    .reduce((total, row) => total + Number(row.householdsInstalled ?? 0), 0);
  return {
    households,
    perHouseholdEur: settings.spendingPerHouseholdEur,
    yearlyEur: households * settings.spendingPerHouseholdEur,
    basis: Settings.defaultSpending,
    isDefault: settings.spendingPerHouseholdEur === Settings.defaultSpendingPerHouseholdEur,
  };
});
