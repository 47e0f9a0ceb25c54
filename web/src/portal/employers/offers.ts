import type { AppRouter } from "@escale/functions/trpc/router";
import type { inferRouterOutputs } from "@trpc/server";
import type { TFunction } from "i18next";
import type { Choice } from "../../ui/SelectField";

type Offer = inferRouterOutputs<AppRouter>["employerSpace"]["offers"][number];
export type Interval = "month" | "year";
/** An offer and how often it is paid, as one radio button: `{offerId}:{interval}`. */
export type OfferPick = `${string}:${Interval}`;

export function splitPick(pick: OfferPick): { offerId: string; interval: Interval } {
  const [offerId = "", interval] = pick.split(":");
  return { offerId, interval: interval === "year" ? "year" : "month" };
}

/** The offer's name in the reader's language, else the territory's. */
export function offerName(offer: Pick<Offer, "name">, language: string, fallback: string): string {
  return offer.name[language] ?? offer.name[fallback] ?? Object.values(offer.name)[0] ?? "";
}

export function euros(amount: number, language: string): string {
  return new Intl.NumberFormat(language, { style: "currency", currency: "EUR" }).format(amount);
}

/** One choice per offer and interval it is sold at: "Recruit welcome — €49.00 a month, 10 referrals a year". */
export function offerChoices(offers: Offer[], t: TFunction<"employers">, language: string, fallback: string) {
  const choices: Choice<OfferPick>[] = [];
  for (const offer of offers)
    for (const [interval, amount] of [
      ["month", offer.monthlyEur],
      ["year", offer.yearlyEur],
    ] as const)
      if (amount !== null)
        choices.push({
          value: `${offer.id}:${interval}`,
          label: t(`offers.${interval}`, {
            name: offerName(offer, language, fallback),
            amount: euros(amount, language),
            referrals: offer.included.referralsPerYear,
            tax: t(`offers.tax.${offer.taxBehavior}`),
          }),
        });
  return choices;
}
