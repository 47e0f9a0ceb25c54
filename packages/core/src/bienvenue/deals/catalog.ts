import { randomUUID } from "node:crypto";
import * as z from "zod";
import { assertCan } from "../../auth/roles";
import { useTenant } from "../../context";
import { db, unlessChanged } from "../../db";
import { VisibleError } from "../../error";
import { fn } from "../../fn";
import { singleLine } from "../../single-line";
import * as Tenant from "../../tenant";
import { type Language, languageCodes } from "../../tenant/languages";
import { get as getPartner, partnerId } from "./partners";

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Use YYYY-MM-DD.");
export const dealId = z.string().trim().min(1).max(64);
const translation = z.object({
  title: singleLine(120).min(2, "Give the deal a title."),
  conditions: z.string().trim().max(1000).default(""),
});
const details = z
  .object({
    partnerId,
    translations: z.partialRecord(z.enum(languageCodes), translation),
    validFrom: day,
    validUntil: day,
    limitPerPerson: z.number().int().min(1).max(50),
    stock: z.number().int().min(1).max(1_000_000).nullable().default(null),
  })
  .refine((deal) => deal.validFrom <= deal.validUntil, {
    path: ["validUntil"],
    message: "The deal must end on or after the day it starts.",
  });

/** Today in Paris, where deals start and end. */
export function today(now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(now);
}

type Translations = Partial<Record<Language, { title: string; conditions: string }>>;

/** The deal in the reader's language, else the territory's default one. */
export function localised(translations: Translations, language: string, fallback: Language) {
  return translations[language as Language] ?? translations[fallback] ?? Object.values(translations)[0];
}

async function checkTranslations(translations: Translations) {
  const tenant = await Tenant.current();
  if (!translations[tenant.defaultLanguage as Language])
    throw new VisibleError(
      "input",
      "default_language_missing",
      `translations.${tenant.defaultLanguage}: write the deal in the territory's default language.`,
      `translations.${tenant.defaultLanguage}`,
    );
  const extra = Object.keys(translations).find((language) => !tenant.languages.includes(language));
  if (extra)
    throw new VisibleError(
      "input",
      "language_not_enabled",
      `translations.${extra}: this language is not enabled.`,
      `translations.${extra}`,
    );
  return tenant;
}

/** Every deal of the territory with its partner and counts, for the console. */
export async function list() {
  assertCan("deals.read");
  const tenantId = useTenant();
  const [deals, partners] = await Promise.all([
    db().entities.deal.query.byId({ tenantId }).go({ pages: "all" }),
    db().entities.dealPartner.query.byId({ tenantId }).go({ pages: "all" }),
  ]);
  const names = new Map(partners.data.map((p) => [p.partnerId, p.name]));
  return deals.data
    .map(({ tenantId: _, ...deal }) => ({
      ...deal,
      stock: deal.stock ?? null,
      partnerName: names.get(deal.partnerId) ?? "",
    }))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

export const create = fn(details, async (input) => {
  assertCan("deals.write");
  await checkTranslations(input.translations);
  await getPartner(input.partnerId);
  const { stock, ...rest } = input;
  const deal = { dealId: randomUUID(), ...rest, createdAt: new Date().toISOString() };
  await db()
    .entities.deal.create({ tenantId: useTenant(), ...deal, ...(stock === null ? {} : { stock }) })
    .go();
  return { ...deal, stock, taken: 0, redeemed: 0, status: "active" as const, version: 1 };
});

/** Changes a deal; the stock may not go below the codes already given. */
export const update = fn(
  details.safeExtend({
    dealId,
    status: z.enum(["active", "withdrawn"]).default("active"),
    expectedVersion: z.number().int().min(1),
  }),
  async (input) => {
    assertCan("deals.write");
    await checkTranslations(input.translations);
    await getPartner(input.partnerId);
    const { dealId: id, expectedVersion, stock, ...changes } = input;
    await unlessChanged("this deal", () => {
      const patch = db().entities.deal.patch({ tenantId: useTenant(), dealId: id }).set(changes).add({ version: 1 });
      return (stock === null ? patch.remove(["stock"]) : patch.set({ stock }))
        .where(
          (a, { eq, lte }) => `${eq(a.version, expectedVersion)}${stock === null ? "" : ` AND ${lte(a.taken, stock)}`}`,
        )
        .go();
    });
    return { dealId: id, ...changes, stock, version: expectedVersion + 1 };
  },
);

/** Deals open today, in the reader's language, for the portal: two Queries. */
export const available = fn(z.object({ language: z.enum(languageCodes) }), async ({ language }) => {
  const tenantId = useTenant();
  const tenant = await Tenant.current();
  const [deals, partners] = await Promise.all([
    db().entities.deal.query.byId({ tenantId }).go({ pages: "all" }),
    db().entities.dealPartner.query.byId({ tenantId }).go({ pages: "all" }),
  ]);
  const byId = new Map(partners.data.map((p) => [p.partnerId, p]));
  const now = today();
  return deals.data
    .filter((deal) => deal.status === "active" && deal.validFrom <= now && now <= deal.validUntil)
    .map((deal) => {
      const text = localised(deal.translations, language, tenant.defaultLanguage as Language);
      const partner = byId.get(deal.partnerId);
      return {
        dealId: deal.dealId,
        title: text?.title ?? "",
        conditions: text?.conditions ?? "",
        partnerName: partner?.name ?? "",
        category: partner?.category ?? "other",
        validUntil: deal.validUntil,
        limitPerPerson: deal.limitPerPerson,
        left: deal.stock === undefined ? null : Math.max(0, deal.stock - deal.taken),
      };
    })
    .sort((a, b) => a.validUntil.localeCompare(b.validUntil));
});
