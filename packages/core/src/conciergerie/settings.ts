import * as z from "zod";
import { assertCan } from "../auth/roles";
import { useTenant } from "../context";
import { db, unlessChanged } from "../db";
import { VisibleError } from "../error";
import { fn } from "../fn";
import { singleLine } from "../single-line";
import * as Tenant from "../tenant";
import { languageCodes } from "../tenant/languages";
import { type Need, needs } from "./needs";

const perLanguage = (max: number) => z.partialRecord(z.enum(languageCodes), z.string().trim().min(1).max(max));

export const questionSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/, "Use lowercase letters, digits and hyphens (up to 40)."),
  type: z.enum(["text", "choice", "yes-no"]),
  label: perLanguage(200).refine(
    (labels) => Object.keys(labels).length > 0,
    "Give the question in at least one language.",
  ),
  options: z
    .array(
      z.object({ value: singleLine(60).min(1), label: z.partialRecord(z.enum(languageCodes), singleLine(100).min(1)) }),
    )
    .max(12)
    .optional(),
  required: z.boolean().default(false),
});
export type Question = z.output<typeof questionSchema>;

export const settingsSchema = z.object({
  needs: z.array(z.enum(needs)).min(1, "Offer at least one kind of help.").max(needs.length),
  questions: z
    .array(questionSchema)
    .max(10, "Up to 10 custom questions.")
    .refine((questions) => new Set(questions.map((q) => q.id)).size === questions.length, "Question ids must differ.")
    .refine(
      (questions) => questions.every((q) => q.type !== "choice" || (q.options?.length ?? 0) >= 2),
      "A choice question needs at least two options.",
    ),
  firstContactHours: z.number().int().min(1).max(200),
  /** Months a closed case is kept, then erased by the retention job (default 24). */
  retentionMonths: z.number().int().min(1).max(120).optional(),
  privacyNotice: z.partialRecord(
    z.enum(languageCodes),
    z.object({ version: z.string().min(1).max(40), text: z.string().trim().min(20).max(20_000) }),
  ),
});
export type Settings = z.output<typeof settingsSchema> & { version: number };

export const defaultRetentionMonths = 24;

/** What a territory starts with: every need, no extra question, two working days, a plain notice. */
export function defaults(tenantName: string): Settings {
  return {
    needs: [...needs] as Need[],
    questions: [],
    firstContactHours: 16,
    retentionMonths: defaultRetentionMonths,
    privacyNotice: {
      fr: {
        version: "default-1",
        text: `${tenantName} utilise vos informations uniquement pour vous accompagner dans votre installation. Elles sont conservées pendant la durée de l'accompagnement. Vous pouvez les télécharger ou demander leur effacement à tout moment depuis le portail.`,
      },
      en: {
        version: "default-1",
        text: `${tenantName} uses your information only to help you settle in. It is kept for as long as we support you. You can download it or ask for it to be erased at any time from the portal.`,
      },
    },
    version: 0,
  };
}

/** The current settings, or the defaults when the tenant has not configured its Conciergerie. */
export async function load(tenantId: string, tenantName: string): Promise<Settings> {
  const stored = await db().entities.conciergerieSettings.get({ tenantId }).go();
  if (!stored.data) return defaults(tenantName);
  const { needs: offered, questions, firstContactHours, privacyNotice, retentionMonths, version } = stored.data;
  return {
    needs: offered as Need[],
    questions,
    firstContactHours,
    privacyNotice,
    retentionMonths: retentionMonths ?? defaultRetentionMonths,
    version,
  };
}

/** The privacy notice in a language, falling back to French, then to any language present. */
export function noticeFor(settings: Settings, language: string) {
  const notices = settings.privacyNotice as Record<string, { version: string; text: string }>;
  const shown = [language, "fr", ...Object.keys(notices)].find((code) => notices[code]) ?? "fr";
  return { language: shown, ...(notices[shown] ?? { version: "", text: "" }) };
}

export const update = fn(
  settingsSchema.extend({ expectedVersion: z.number().int().min(0) }),
  async ({ expectedVersion, ...settings }) => {
    assertCan("conciergerie.configure");
    const tenantId = useTenant();
    if (Object.keys(settings.privacyNotice).length === 0)
      throw new VisibleError(
        "input",
        "notice_missing",
        "privacyNotice: give the notice in at least one language.",
        "privacyNotice",
      );
    // The first save creates the settings (a second "first" save finds them there: a conflict too).
    await unlessChanged("these settings", () =>
      expectedVersion === 0
        ? db()
            .entities.conciergerieSettings.create({ tenantId, ...settings, version: 1 })
            .go()
        : db()
            .entities.conciergerieSettings.patch({ tenantId })
            .set(settings)
            .add({ version: 1 })
            .where((attr, { eq }) => eq(attr.version, expectedVersion))
            .go(),
    );
    return { ...settings, version: expectedVersion + 1 };
  },
);

/** The current tenant's settings, for its staff. */
export async function current(): Promise<Settings> {
  assertCan("cases.read");
  const tenant = await Tenant.current();
  return load(tenant.tenantId, tenant.name);
}
