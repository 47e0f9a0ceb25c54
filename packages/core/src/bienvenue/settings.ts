import * as z from "zod";
import { assertCan } from "../auth/roles";
import { useTenant } from "../context";
import { db, unlessChanged } from "../db";
import { fn } from "../fn";
import { singleLine } from "../single-line";
import { languageCodes } from "../tenant/languages";
import defaultInterests from "./default-interests.json";

const interestSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/, "Use lowercase letters, digits and hyphens (up to 40)."),
  label: z.partialRecord(z.enum(languageCodes), singleLine(80).min(1)),
});

export const settingsSchema = z.object({
  interests: z
    .array(interestSchema)
    .max(40, "Up to 40 interests.")
    .refine((list) => new Set(list.map((i) => i.id)).size === list.length, "Interest ids must differ."),
  reminderOffsetsDays: z
    .array(z.number().int().min(0).max(30))
    .max(3, "Up to 3 reminders.")
    .transform((days) => [...new Set(days)].sort((a, b) => b - a)),
});
export type Settings = z.output<typeof settingsSchema> & { version: number };

/** The programme's settings, or what a territory starts with: a common list, one reminder two days ahead. */
export async function load(tenantId: string): Promise<Settings> {
  const stored = (await db().entities.bienvenueSettings.get({ tenantId }).go()).data;
  if (!stored) return { interests: defaultInterests, reminderOffsetsDays: [2], version: 0 };
  return {
    interests: stored.interests as Settings["interests"],
    reminderOffsetsDays: stored.reminderOffsetsDays,
    version: stored.version,
  };
}

export async function current() {
  assertCan("tenant.read");
  return load(useTenant());
}

export const update = fn(
  settingsSchema.extend({ expectedVersion: z.number().int().min(0) }),
  async ({ expectedVersion, ...settings }) => {
    assertCan("bienvenue.configure");
    const tenantId = useTenant();
    await unlessChanged("the programme's settings", () =>
      expectedVersion === 0
        ? db()
            .entities.bienvenueSettings.create({ tenantId, ...settings, version: 1 })
            .go()
        : db()
            .entities.bienvenueSettings.patch({ tenantId })
            .set(settings)
            .add({ version: 1 })
            .where((attr, { eq }) => eq(attr.version, expectedVersion))
            .go(),
    );
    return load(tenantId);
  },
);
