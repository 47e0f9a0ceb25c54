import { randomUUID } from "node:crypto";
import type Stripe from "stripe";
import * as z from "zod";
import { assertCan } from "../auth/roles";
import * as Accounts from "../billing/accounts";
import { stripe } from "../billing/stripe";
import { assertActor, useTenant } from "../context";
import { db, unlessChanged } from "../db";
import { VisibleError } from "../error";
import { fn } from "../fn";
import { singleLine } from "../single-line";
import * as Tenant from "../tenant";
import { languageCodes } from "../tenant/languages";

const perLanguage = (max: number) => z.partialRecord(z.enum(languageCodes), z.string().trim().min(1).max(max));
const perLanguageLine = (max: number) => z.partialRecord(z.enum(languageCodes), singleLine(max).min(1));
const euros = z
  .number()
  .positive("Give a price above 0.")
  .max(100_000, "Keep the price under 100,000 €.")
  .refine((value) => Number.isInteger(Math.round(value * 100 * 1000) / 1000), "Use at most two decimals.");

export const offerSchema = z
  .object({
    name: perLanguageLine(120),
    description: perLanguage(2000).default({}),
    monthlyEur: euros.optional(),
    yearlyEur: euros.optional(),
    /** Whether the prices include VAT (Stripe's tax behaviour); French B2B prices usually do not. */
    taxBehavior: z.enum(["exclusive", "inclusive"]).default("exclusive"),
    referralsPerYear: z.number().int().min(0).max(10_000).default(10),
    jobPostsAtOnce: z.number().int().min(0).max(1_000).default(3),
    kit: z.boolean().default(true),
  })
  .refine((offer) => offer.monthlyEur !== undefined || offer.yearlyEur !== undefined, {
    path: ["monthlyEur"],
    message: "Give a monthly or a yearly price.",
  });

type Offer = NonNullable<Awaited<ReturnType<typeof get>>>;
const toCents = (euros?: number) => (euros === undefined ? undefined : Math.round(euros * 100));

export async function get(offerId: string, tenantId = useTenant()) {
  return (await db().entities.offer.get({ tenantId, offerId }).go()).data ?? undefined;
}

/** An offer as people read it. */
export function view(offer: Offer) {
  return {
    id: offer.offerId,
    name: offer.name as Record<string, string>,
    description: offer.description as Record<string, string>,
    monthlyEur: offer.monthlyCents === undefined ? null : offer.monthlyCents / 100,
    yearlyEur: offer.yearlyCents === undefined ? null : offer.yearlyCents / 100,
    taxBehavior: offer.taxBehavior,
    included: { referralsPerYear: offer.referralsPerYear, jobPostsAtOnce: offer.jobPostsAtOnce, kit: offer.kit },
    active: offer.active,
    version: offer.version,
    stripe: {
      productId: offer.stripeProductId ?? null,
      monthlyPriceId: offer.stripeMonthlyPriceId ?? null,
      yearlyPriceId: offer.stripeYearlyPriceId ?? null,
    },
  };
}

async function checkDefaultLanguage(name: Record<string, string>) {
  const tenant = await Tenant.current();
  if (!name[tenant.defaultLanguage])
    throw new VisibleError(
      "input",
      "name_missing",
      `name: give the offer's name in ${tenant.defaultLanguage}, the territory's default language.`,
      "name",
    );
  return tenant;
}

/**
 * Mirrors an offer on the territory's Stripe account: one Product, one Price per interval. A
 * Price cannot change, so a new amount is a new Price and the old one is archived.
 */
async function mirror(offer: Offer, previous?: Offer): Promise<Partial<Offer>> {
  const client = await stripe();
  const account = await Accounts.load(offer.tenantId);
  if (!client || !account.accountId) return {};
  const tenant = await Tenant.current();
  const options = { stripeAccount: account.accountId };
  const name = offer.name[tenant.defaultLanguage] as string;
  const description = (offer.description as Record<string, string>)[tenant.defaultLanguage];
  const metadata = { tenantId: offer.tenantId, offerId: offer.offerId };
  const productId =
    offer.stripeProductId ??
    (
      await client.products.create(
        { name, description, metadata },
        { ...options, idempotencyKey: `product:${offer.tenantId}:${offer.offerId}` },
      )
    ).id;
  if (offer.stripeProductId) await client.products.update(productId, { name, description: description ?? "" }, options);
  const prices: Partial<Offer> = { stripeProductId: productId };
  for (const [interval, cents, field] of [
    ["month", offer.monthlyCents, "stripeMonthlyPriceId"],
    ["year", offer.yearlyCents, "stripeYearlyPriceId"],
  ] as const) {
    const current = offer[field];
    const before = previous && (interval === "month" ? previous.monthlyCents : previous.yearlyCents);
    const unchanged = current && cents === before && offer.taxBehavior === previous?.taxBehavior;
    if (unchanged) continue;
    if (cents !== undefined) {
      const price: Stripe.Price = await client.prices.create(
        {
          product: productId,
          currency: "eur",
          unit_amount: cents,
          recurring: { interval },
          tax_behavior: offer.taxBehavior,
          metadata,
        },
        { ...options, idempotencyKey: `price:${offer.tenantId}:${offer.offerId}:${offer.version}:${interval}` },
      );
      prices[field] = price.id;
    }
    if (current) await client.prices.update(current, { active: false }, options);
  }
  return prices;
}

async function saveMirror(offer: Offer, previous?: Offer) {
  const ids = await mirror(offer, previous);
  if (Object.keys(ids).length === 0) return offer;
  const { monthlyCents, yearlyCents } = offer;
  const update = db().entities.offer.patch({ tenantId: offer.tenantId, offerId: offer.offerId }).set(ids);
  // A price dropped from the offer loses its Stripe id too.
  const dropped = [
    ...(monthlyCents === undefined ? (["stripeMonthlyPriceId"] as const) : []),
    ...(yearlyCents === undefined ? (["stripeYearlyPriceId"] as const) : []),
  ];
  await (dropped.length ? update.remove(dropped) : update).go();
  return { ...offer, ...ids, ...Object.fromEntries(dropped.map((field) => [field, undefined])) };
}

/** The offer with its Stripe Prices, made now if it was written before the account was connected. */
export async function mirrored(offer: Offer) {
  return offer.stripeProductId ? offer : saveMirror(offer);
}

export const create = fn(offerSchema, async (input) => {
  assertCan("employers.manage");
  await checkDefaultLanguage(input.name);
  const { monthlyEur, yearlyEur, ...rest } = input;
  const created = await db()
    .entities.offer.create({
      ...rest,
      tenantId: useTenant(),
      offerId: randomUUID(),
      monthlyCents: toCents(monthlyEur),
      yearlyCents: toCents(yearlyEur),
      createdAt: new Date().toISOString(),
    })
    .go();
  return view(await saveMirror(created.data as Offer));
});

/** Changes an offer; a changed price becomes a new Stripe Price and the old one is archived. */
export const update = fn(
  z.intersection(
    offerSchema,
    z.object({ offerId: z.uuid(), active: z.boolean().default(true), expectedVersion: z.number().int().positive() }),
  ),
  async ({ offerId, expectedVersion, monthlyEur, yearlyEur, ...rest }) => {
    assertCan("employers.manage");
    await checkDefaultLanguage(rest.name);
    const previous = await get(offerId);
    if (!previous) throw new VisibleError("not-found", "offer_not_found", "offerId: no such offer.", "offerId");
    const monthlyCents = toCents(monthlyEur);
    const yearlyCents = toCents(yearlyEur);
    const dropped = [
      ...(monthlyCents === undefined ? (["monthlyCents"] as const) : []),
      ...(yearlyCents === undefined ? (["yearlyCents"] as const) : []),
    ];
    const changes = db()
      .entities.offer.patch({ tenantId: previous.tenantId, offerId })
      .set({
        ...rest,
        ...(monthlyCents === undefined ? {} : { monthlyCents }),
        ...(yearlyCents === undefined ? {} : { yearlyCents }),
        version: expectedVersion + 1,
      });
    const update = (dropped.length ? changes.remove(dropped) : changes).where((attr, op) =>
      op.eq(attr.version, expectedVersion),
    );
    await unlessChanged("this offer", () => update.go());
    const next: Offer = { ...previous, ...rest, monthlyCents, yearlyCents, version: expectedVersion + 1 };
    return view(await saveMirror(next, previous));
  },
);

/** Every offer, for the console's editor. */
export async function list() {
  assertCan("employers.read");
  const found = await db().entities.offer.query.byId({ tenantId: useTenant() }).go({ pages: "all" });
  return found.data.map(view);
}

/** The offers an employer may subscribe to: active ones, and only while the account can take payments. */
export async function forSale() {
  assertActor("visitor", "newcomer", "employer", "staff", "system");
  const tenantId = useTenant();
  if (!Accounts.canSell(await Accounts.load(tenantId))) return [];
  const found = await db().entities.offer.query.byId({ tenantId }).go({ pages: "all" });
  return found.data.filter((offer) => offer.active).map(view);
}
