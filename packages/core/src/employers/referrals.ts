import { randomUUID } from "node:crypto";
import * as z from "zod";
import { emailAddress } from "../auth/email";
import { link as channelLink } from "../conciergerie/channels";
import { assertActor } from "../context";
import { cancellationReasons, db, transact } from "../db";
import { VisibleError } from "../error";
import { fn } from "../fn";
import * as Mail from "../mail";
import * as Tenant from "../tenant";
import { type Language, languageCodes } from "../tenant/languages";
import * as Employers from "./employers";
import * as Offers from "./offers";

export const referralSchema = z.object({
  name: z.string().trim().min(1, "Give the recruit's name.").max(120),
  email: emailAddress,
  language: z.enum(languageCodes),
  startDate: z.iso.date("Use a date like 2027-03-01.").optional(),
  adults: z.number().int().min(1).max(20).optional(),
  children: z.number().int().min(0).max(15).optional(),
});

/** The allowance runs by calendar year (UTC), like the offer's "referrals per year". */
const thisYear = () => String(new Date().getUTCFullYear());

async function used(tenantId: string, employerId: string, year: string) {
  const found = await db().entities.referralAllowance.get({ tenantId, employerId, year }).go();
  return found.data?.used ?? 0;
}

/** The employer behind the signed-in person, with its offer's yearly allowance. */
async function employerWithAllowance() {
  const actor = assertActor("employer");
  const employer = await Employers.get(actor.employerId);
  if (!employer) throw new VisibleError("not-found", "employer_not_found", "This employer no longer exists.");
  const offer = employer.subscription?.offerId ? await Offers.get(employer.subscription.offerId) : undefined;
  return { actor, employer, allowance: offer?.referralsPerYear ?? 0 };
}

/**
 * An employer refers a recruit: the referral counts against the offer's yearly allowance (a
 * conditional ADD in the referral's own transaction, so two referrals at once cannot both take
 * the last one), then the recruit gets an e-mail, in their language, inviting them to the
 * Conciergerie's intake through the employer's channel. Nothing more about the household is
 * recorded until they fill it in themselves, with their own consent.
 */
export const refer = fn(referralSchema, async (input) => {
  const { actor, employer, allowance } = await employerWithAllowance();
  if (!Employers.hasAccess(employer))
    throw new VisibleError("forbidden", "access_paused", "Your subscription is not active: referrals are paused.");
  const tenant = await Tenant.current();
  if (!tenant.languages.includes(input.language))
    throw new VisibleError(
      "input",
      "language_not_offered",
      "language: this territory does not write in it.",
      "language",
    );
  const allowanceUsed = () =>
    new VisibleError(
      "conflict",
      "allowance_used",
      `Your offer includes ${allowance} referrals a year and they are all used.`,
    );
  if (allowance <= 0) throw allowanceUsed();
  const year = thisYear();
  const referralId = randomUUID();
  const { entities } = db();
  try {
    await transact([
      {
        Put: entities.referral
          .create({
            ...input,
            tenantId: actor.tenantId,
            employerId: actor.employerId,
            referralId,
            referredBy: actor.email,
            createdAt: new Date().toISOString(),
          })
          .params(),
      },
      {
        Update: entities.referralAllowance
          .update({ tenantId: actor.tenantId, employerId: actor.employerId, year })
          .add({ used: 1 })
          .where((attr, op) => `${op.notExists(attr.used)} OR ${op.lt(attr.used, allowance)}`)
          .params(),
      },
    ]);
  } catch (error) {
    if (cancellationReasons(error)[1] === "ConditionalCheckFailed") throw allowanceUsed();
    throw error;
  }
  await Mail.send({
    template: "recruitInvitation",
    data: { recruit: input.name, employer: employer.name, link: channelLink(tenant.slug, employer.channelCode) },
    to: input.email,
    language: input.language as Language,
    brand: Mail.territoryBrand(tenant),
  });
  return { id: referralId, allowance, used: await used(actor.tenantId, actor.employerId, year) };
});

/** The employer's referrals, newest first, with this year's allowance and what is used of it. */
export async function mine() {
  const { actor, allowance } = await employerWithAllowance();
  const found = await db()
    .entities.referral.query.byEmployer({ tenantId: actor.tenantId, employerId: actor.employerId })
    .go({ pages: "all" });
  return {
    allowance,
    used: await used(actor.tenantId, actor.employerId, thisYear()),
    referrals: found.data
      .map(({ referralId, name, email, language, startDate, createdAt, referredBy }) => ({
        id: referralId,
        name,
        email,
        language,
        startDate: startDate ?? null,
        referredBy,
        createdAt,
        state: "invited" as const,
      }))
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
  };
}
