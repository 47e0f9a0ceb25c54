import { randomUUID } from "node:crypto";
import * as z from "zod";
import { assertCan } from "../auth/roles";
import { config, portalUrl } from "../config";
import { assertActor, useTenant } from "../context";
import { cancellationReasons, db, isConditionFailure, transact } from "../db";
import { VisibleError } from "../error";
import { fn } from "../fn";
import * as Mail from "../mail";
import { singleLine } from "../single-line";
import * as Tenant from "../tenant";
import type { Language } from "../tenant/languages";
import type { SubscriptionStatus } from "./entities";
import { isValidSiret } from "./siret";

const email = z.string().trim().toLowerCase().max(254).pipe(z.email("Give a valid e-mail address."));

export const companySchema = z.object({
  name: singleLine(160).min(2, "Give the company's name."),
  siret: z
    .string()
    .max(40)
    .transform((value) => value.replace(/[\s.]/g, ""))
    .pipe(
      z
        .string()
        .max(14)
        .refine(isValidSiret, "A SIRET has 14 digits and passes its check digit; please check the number."),
    ),
  address: singleLine(300).optional(),
  sector: singleLine(120).optional(),
  size: z.enum(["1-9", "10-49", "50-249", "250-999", "1000+"]).optional(),
});

type Employer = NonNullable<Awaited<ReturnType<typeof get>>>;

export async function get(employerId: string, tenantId = useTenant()) {
  return (await db().entities.employer.get({ tenantId, employerId }).go()).data ?? undefined;
}

/** Statuses under which the employer's space is open, before the grace period of a failed payment. */
const paying: SubscriptionStatus[] = ["active", "trialing"];

/**
 * Whether the employer may refer recruits and post jobs now: a paying subscription, or a
 * failed payment still within its grace period; after that, access is paused.
 */
export function hasAccess(employer: Employer, now = new Date()) {
  const status = employer.subscription?.status;
  if (!status) return false;
  if (status === "past_due" || employer.paymentFailedAt) {
    const failedAt = Date.parse(employer.paymentFailedAt ?? "");
    if (Number.isNaN(failedAt)) return status !== "past_due" && paying.includes(status);
    return now.getTime() - failedAt < config().stripe.graceDays * 86_400_000 && status !== "canceled";
  }
  return paying.includes(status);
}

/** The subscription as the operator CLI and the console list it. */
export function subscriptionView(employer: Employer) {
  const subscription = employer.subscription;
  if (!subscription?.status) return null;
  return {
    status: subscription.status,
    offerId: subscription.offerId ?? null,
    currentPeriodEnd: subscription.currentPeriodEnd ?? null,
  };
}

/**
 * Creates an employer with its first contact (the owner) and its Conciergerie channel, in one
 * transaction. An e-mail address acts for one employer per territory.
 */
async function createWith(input: z.output<typeof companySchema>, contactEmail: string) {
  const tenantId = useTenant();
  const employerId = randomUUID();
  const channelCode = `employer-${employerId.slice(0, 8)}`;
  const createdAt = new Date().toISOString();
  const { entities } = db();
  try {
    await transact([
      { Put: entities.employer.create({ ...input, tenantId, employerId, channelCode, createdAt }).params() },
      {
        Put: entities.employerContact
          .create({ tenantId, email: contactEmail, employerId, role: "owner", addedAt: createdAt })
          .params(),
      },
      {
        Put: entities.channel
          .create({ tenantId, code: channelCode, name: input.name, type: "employer", createdAt })
          .params(),
      },
    ]);
  } catch (error) {
    if (cancellationReasons(error)[1] === "ConditionalCheckFailed")
      throw new VisibleError(
        "conflict",
        "contact_taken",
        "contact: this e-mail address already acts for an employer of this territory.",
        "contact",
      );
    throw error;
  }
  return {
    id: employerId,
    name: input.name,
    siret: input.siret,
    contact: contactEmail,
    channelCode,
    subscription: null,
  };
}

/** The operator or an admin registers an employer, naming its contact. */
export const create = fn(companySchema.extend({ contact: email }), async ({ contact, ...input }) => {
  assertCan("employers.manage");
  return createWith(input, contact);
});

/** Sign-up on the portal: the person signed in with their e-mail code becomes the owner. */
export const signUp = fn(companySchema, async (input) => {
  const actor = assertActor("newcomer");
  return createWith(input, actor.email);
});

/** Every employer of the tenant with its subscription: one Query. */
async function all() {
  const found = await db().entities.employer.query.byTenant({ tenantId: useTenant() }).go({ pages: "all" });
  return found.data;
}

export async function list() {
  assertCan("employers.read");
  return (await all()).map((employer) => ({
    id: employer.employerId,
    name: employer.name,
    siret: employer.siret,
    subscription: subscriptionView(employer),
  }));
}

/** The console's view: employers with their subscription, access and monthly recurring revenue. */
export async function overview() {
  assertCan("employers.read");
  const employers = (await all()).map((employer) => {
    const counted =
      employer.subscription?.status && ["active", "trialing", "past_due"].includes(employer.subscription.status);
    return {
      id: employer.employerId,
      name: employer.name,
      siret: employer.siret,
      createdAt: employer.createdAt,
      subscription: subscriptionView(employer),
      access: hasAccess(employer),
      mrrEur: counted ? (employer.subscription?.monthlyCents ?? 0) / 100 : 0,
    };
  });
  return { employers, mrrEur: employers.reduce((sum, employer) => sum + employer.mrrEur, 0) };
}

/** The employer the signed-in contact acts for, for their space on the portal. */
export async function mine() {
  const actor = assertActor("employer");
  const employer = await get(actor.employerId);
  if (!employer) throw new VisibleError("not-found", "employer_not_found", "This employer no longer exists.");
  return {
    id: employer.employerId,
    name: employer.name,
    siret: employer.siret,
    role: actor.role,
    subscription: subscriptionView(employer),
    access: hasAccess(employer),
    paymentFailedAt: employer.paymentFailedAt ?? null,
    /** When a failed payment pauses the space, if one is pending. */
    graceEndsAt: employer.paymentFailedAt
      ? new Date(Date.parse(employer.paymentFailedAt) + config().stripe.graceDays * 86_400_000).toISOString()
      : null,
    /** Without Stripe keys there is no Customer Portal nor invoices: the space says so. */
    billing: config().stripe.secretKey ? ("stripe" as const) : ("local" as const),
  };
}

/** Which employer, if any, an e-mail address acts for in the tenant: the portal's sign-in asks this. */
export async function contactOf(tenantId: string, contactEmail: string) {
  const found = await db().entities.employerContact.get({ tenantId, email: contactEmail.toLowerCase() }).go();
  return found.data ? { employerId: found.data.employerId, role: found.data.role } : undefined;
}

/** The people who act for an employer (e-mailed about payments). */
export async function contacts(employerId: string, tenantId = useTenant()) {
  const found = await db().entities.employerContact.query.byEmployer({ tenantId, employerId }).go({ pages: "all" });
  return found.data.map(({ email: address, role }) => ({ email: address, role }));
}

/** The people of the signed-in person's employer, for its space. */
export async function people() {
  const actor = assertActor("employer");
  return contacts(actor.employerId);
}

/** The owner adds a colleague who will sign in with their own e-mail code; they are told by e-mail. */
export const addContact = fn(z.object({ email }), async ({ email: address }) => {
  const actor = assertActor("employer");
  if (actor.role !== "owner")
    throw new VisibleError("forbidden", "owner_only", "Only the employer's owner can add people.");
  try {
    await db()
      .entities.employerContact.create({
        tenantId: actor.tenantId,
        email: address,
        employerId: actor.employerId,
        role: "member",
        addedAt: new Date().toISOString(),
      })
      .go();
  } catch (error) {
    if (isConditionFailure(error))
      throw new VisibleError(
        "conflict",
        "contact_taken",
        "email: this address already acts for an employer here.",
        "email",
      );
    throw error;
  }
  const [tenant, employer] = await Promise.all([Tenant.current(), get(actor.employerId)]);
  await Mail.send({
    template: "employerColleague",
    data: { inviter: actor.email, employer: employer?.name ?? "", link: `${portalUrl(tenant.slug)}/employer` },
    to: address,
    language: (await Mail.storedLanguage(address)) ?? (tenant.defaultLanguage as Language),
    brand: Mail.territoryBrand(tenant),
  });
  return { email: address, role: "member" as const };
});
