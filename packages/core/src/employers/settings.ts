import * as z from "zod";
import { assertCan } from "../auth/roles";
import { useTenant } from "../context";
import { db, unlessChanged } from "../db";
import { fn } from "../fn";

/**
 * Bourgogne-Franche-Comté's published figure: 175 households welcomed spend 5.7 M€ a year
 * locally, about 32,571 € per household; a territory sets its own.
 */
export const defaultSpending = { totalEur: 5_700_000, households: 175 } as const;
export const defaultSpendingPerHouseholdEur = Math.round(defaultSpending.totalEur / defaultSpending.households);

export const settingsSchema = z.object({
  /** Job offers go online when posted, or when a moderator approves them. */
  jobModeration: z.enum(["immediate", "approval"]),
  spendingPerHouseholdEur: z
    .number()
    .int("Give a whole number of euros.")
    .min(0)
    .max(1_000_000, "Keep the amount under 1,000,000 € a year."),
});
export type Settings = z.output<typeof settingsSchema> & { version: number };

/** The territory's settings, or what it starts with: offers approved before they go online. */
export async function load(tenantId = useTenant()): Promise<Settings> {
  const stored = (await db().entities.employerSettings.get({ tenantId }).go()).data;
  if (!stored)
    return { jobModeration: "approval", spendingPerHouseholdEur: defaultSpendingPerHouseholdEur, version: 0 };
  return {
    jobModeration: stored.jobModeration,
    spendingPerHouseholdEur: stored.spendingPerHouseholdEur,
    version: stored.version,
  };
}

export async function current() {
  assertCan("employers.read");
  return load();
}

export const update = fn(
  settingsSchema.extend({ expectedVersion: z.number().int().min(0) }),
  async ({ expectedVersion, ...settings }) => {
    assertCan("employers.manage");
    const tenantId = useTenant();
    await unlessChanged("the employer settings", () =>
      expectedVersion === 0
        ? db()
            .entities.employerSettings.create({ tenantId, ...settings, version: 1 })
            .go()
        : db()
            .entities.employerSettings.patch({ tenantId })
            .set(settings)
            .add({ version: 1 })
            .where((attr, { eq }) => eq(attr.version, expectedVersion))
            .go(),
    );
    return load(tenantId);
  },
);
