import * as z from "zod";
import { config } from "../config";
import { withActor } from "../context";
import { cancellationReasons, db, type TransactItem, transact } from "../db";
import * as Employers from "../employers/employers";
import { subscriptionStatuses } from "../employers/entities";
import * as Mail from "../mail";
import { count, log } from "../observability";
import * as Tenant from "../tenant";
import type { Language } from "../tenant/languages";
import * as Accounts from "./accounts";

/** The parts of a Stripe event this app reads. Connect events follow each account's API version, so both shapes are read. */
const eventSchema = z.object({
  id: z.string().max(255),
  type: z.string().max(255),
  created: z.number().int(),
  livemode: z.boolean(),
  account: z.string().max(255).optional(),
  data: z.object({ object: z.record(z.string(), z.unknown()) }),
});
export type StripeEvent = z.infer<typeof eventSchema>;

const metadataSchema = z.object({
  tenantId: z.string().min(1).max(64),
  employerId: z.string().min(1).max(64),
  offerId: z.string().max(64).optional(),
});
type Metadata = z.infer<typeof metadataSchema>;

const subscriptionSchema = z.object({
  id: z.string(),
  status: z.enum(subscriptionStatuses),
  customer: z.string().optional(),
  metadata: metadataSchema,
  current_period_end: z.number().optional(),
  items: z
    .object({
      data: z.array(
        z.object({
          current_period_end: z.number().optional(),
          price: z
            .object({
              unit_amount: z.number().nullable().optional(),
              recurring: z.object({ interval: z.string() }).nullable().optional(),
            })
            .optional(),
        }),
      ),
    })
    .optional(),
});

const invoiceSchema = z.object({
  id: z.string(),
  parent: z
    .object({ subscription_details: z.object({ metadata: metadataSchema }).nullable().optional() })
    .nullable()
    .optional(),
  subscription_details: z.object({ metadata: metadataSchema }).nullable().optional(),
});

const sessionSchema = z.object({
  id: z.string(),
  customer: z.string(),
  metadata: metadataSchema,
});

const accountSchema = z.object({
  id: z.string(),
  charges_enabled: z.boolean(),
  details_submitted: z.boolean().optional(),
});

export type Outcome = { applied: boolean; reason?: string };

/** Not applied, and why (logged without personal data). */
function ignored(event: StripeEvent, reason: string): Outcome {
  log.warn("stripe event not applied", { eventId: event.id, type: event.type, reason });
  return { applied: false, reason };
}

/** The event's claim: the transaction of its effect creates it, so a replay fails as a whole. */
function claim(tenantId: string, event: StripeEvent): TransactItem {
  const now = Date.now();
  return {
    Put: db()
      .entities.stripeEvent.create({
        tenantId,
        eventId: event.id,
        type: event.type,
        appliedAt: new Date(now).toISOString(),
        expiresAt: Math.floor(now / 1000) + 30 * 86_400,
      })
      .params(),
  };
}

/** Writes the effect with the claim; a failed condition means a replay or an outdated event. */
async function commit(event: StripeEvent, tenantId: string, effect: TransactItem): Promise<Outcome> {
  try {
    await transact([claim(tenantId, event), effect]);
    return { applied: true };
  } catch (error) {
    const [replay, stale] = cancellationReasons(error);
    if (replay === "ConditionalCheckFailed") return ignored(event, "already applied");
    if (stale === "ConditionalCheckFailed")
      return ignored(event, "older than the state applied, or its record is missing");
    throw error;
  }
}

/** The tenant the metadata names, if the event comes from that tenant's connected account. */
async function scoped(event: StripeEvent, metadata: Metadata): Promise<string | undefined> {
  const account = await Accounts.load(metadata.tenantId);
  if (!account.accountId || account.accountId !== event.account) return undefined;
  return metadata.tenantId;
}

const isoSeconds = (seconds?: number) => (seconds === undefined ? undefined : new Date(seconds * 1000).toISOString());

async function subscriptionChanged(event: StripeEvent): Promise<Outcome> {
  const parsed = subscriptionSchema.safeParse(event.data.object);
  if (!parsed.success) return ignored(event, "not one of our subscriptions");
  const subscription = parsed.data;
  const tenantId = await scoped(event, subscription.metadata);
  if (!tenantId) return ignored(event, "account is not the connected account of the tenant in its metadata");
  const item = subscription.items?.data[0];
  const interval = item?.price?.recurring?.interval === "year" ? "year" : "month";
  const amount = item?.price?.unit_amount ?? undefined;
  const status = event.type === "customer.subscription.deleted" ? "canceled" : subscription.status;
  const effect = db()
    .entities.employer.patch({ tenantId, employerId: subscription.metadata.employerId })
    .set({
      subscription: {
        subscriptionId: subscription.id,
        customerId: subscription.customer,
        status,
        offerId: subscription.metadata.offerId,
        interval,
        monthlyCents: amount === undefined ? undefined : interval === "year" ? Math.round(amount / 12) : amount,
        currentPeriodEnd: isoSeconds(item?.current_period_end ?? subscription.current_period_end),
      },
      subscriptionEventAt: event.created,
    })
    .where(
      (attr, op) => `${op.notExists(attr.subscriptionEventAt)} OR ${op.lt(attr.subscriptionEventAt, event.created)}`,
    )
    .params();
  return commit(event, tenantId, { Update: effect });
}

async function checkoutCompleted(event: StripeEvent): Promise<Outcome> {
  const parsed = sessionSchema.safeParse(event.data.object);
  if (!parsed.success) return ignored(event, "not one of our checkouts");
  const session = parsed.data;
  const tenantId = await scoped(event, session.metadata);
  if (!tenantId) return ignored(event, "account is not the connected account of the tenant in its metadata");
  const effect = db()
    .entities.employer.patch({ tenantId, employerId: session.metadata.employerId })
    .set({ customerId: session.customer })
    .params();
  return commit(event, tenantId, { Update: effect });
}

async function invoiceSettled(event: StripeEvent): Promise<Outcome> {
  const parsed = invoiceSchema.safeParse(event.data.object);
  const metadata = parsed.data?.parent?.subscription_details?.metadata ?? parsed.data?.subscription_details?.metadata;
  if (!metadata) return ignored(event, "not one of our invoices");
  const tenantId = await scoped(event, metadata);
  if (!tenantId) return ignored(event, "account is not the connected account of the tenant in its metadata");
  const failed = event.type === "invoice.payment_failed";
  const employer = await Employers.get(metadata.employerId, tenantId);
  if (!employer) return ignored(event, "unknown employer");
  const update = db()
    .entities.employer.patch({ tenantId, employerId: metadata.employerId })
    .set({ invoiceEventAt: event.created });
  // The grace period runs from the first failure, not from Stripe's later retries.
  if (failed) update.set({ paymentFailedAt: employer.paymentFailedAt ?? new Date(event.created * 1000).toISOString() });
  else update.remove(["paymentFailedAt"]);
  const outcome = await commit(event, tenantId, {
    Update: update
      .where((attr, op) => `${op.notExists(attr.invoiceEventAt)} OR ${op.lt(attr.invoiceEventAt, event.created)}`)
      .params(),
  });
  if (outcome.applied && failed && !employer.paymentFailedAt) await tellPaymentFailed(tenantId, employer);
  return outcome;
}

async function tellPaymentFailed(tenantId: string, employer: { employerId: string; name: string }) {
  const tenant = await Tenant.get(tenantId);
  if (!tenant) return;
  const link = await withActor({ type: "system", tenantId }, () => Accounts.employerSpaceUrl("/billing"));
  for (const contact of await Employers.contacts(employer.employerId, tenantId))
    await Mail.send({
      template: "paymentFailed",
      data: { employer: employer.name, days: config().stripe.graceDays, link },
      to: contact.email,
      language: (await Mail.storedLanguage(contact.email)) ?? (tenant.defaultLanguage as Language),
      brand: Mail.territoryBrand(tenant),
    });
}

async function accountChanged(event: StripeEvent): Promise<Outcome> {
  const accountId = event.account ?? (typeof event.data.object.id === "string" ? event.data.object.id : undefined);
  const tenantId = accountId && (await Accounts.tenantOf(accountId));
  if (!accountId || !tenantId) return ignored(event, "account connected to no tenant");
  const deauthorized = event.type === "account.application.deauthorized";
  const parsed = accountSchema.safeParse(event.data.object);
  if (!deauthorized && !parsed.success) return ignored(event, "not an account");
  const changes = deauthorized
    ? { chargesEnabled: false, deauthorizedAt: new Date(event.created * 1000).toISOString() }
    : {
        chargesEnabled: parsed.data?.charges_enabled ?? false,
        detailsSubmitted: parsed.data?.details_submitted ?? false,
      };
  const effect = db()
    .entities.stripeAccount.patch({ tenantId })
    .set({ ...changes, accountEventAt: event.created })
    .where(
      (attr, op) =>
        `${op.eq(attr.accountId, accountId)} AND (${op.notExists(attr.accountEventAt)} OR ${op.lt(attr.accountEventAt, event.created)})`,
    )
    .params();
  return commit(event, tenantId, { Update: effect });
}

const handlers: Record<string, (event: StripeEvent) => Promise<Outcome>> = {
  "checkout.session.completed": checkoutCompleted,
  "customer.subscription.created": subscriptionChanged,
  "customer.subscription.updated": subscriptionChanged,
  "customer.subscription.deleted": subscriptionChanged,
  "invoice.paid": invoiceSettled,
  "invoice.payment_failed": invoiceSettled,
  "account.updated": accountChanged,
  "account.application.deauthorized": accountChanged,
};

/**
 * Applies one verified Stripe event at most once. Events from the wrong mode, from an account
 * that is not the named tenant's, or for an unknown tenant or employer change nothing.
 */
export async function apply(raw: unknown): Promise<Outcome> {
  const outcome = await applyOnce(raw);
  count("webhookEvent", { outcome: outcome.applied ? "applied" : "ignored" });
  return outcome;
}

async function applyOnce(raw: unknown): Promise<Outcome> {
  const parsed = eventSchema.safeParse(raw);
  if (!parsed.success) return { applied: false, reason: "not a Stripe event" };
  const event = parsed.data;
  if (event.livemode !== config().stripe.livemode)
    return ignored(event, `livemode ${event.livemode} on a ${config().stripe.livemode ? "live" : "test"} deployment`);
  const handler = handlers[event.type];
  if (!handler) return { applied: false, reason: "not handled" };
  return withActor({ type: "system" }, () => handler(event));
}

/** What FIFO ordering groups by: one subscription's (or one account's) events in order. */
export function groupOf(raw: unknown): string {
  const event = eventSchema.safeParse(raw).data;
  const object = event?.data.object ?? {};
  const parent = z
    .object({ subscription_details: z.object({ subscription: z.string() }) })
    .safeParse(object.parent).data;
  const subscription =
    parent?.subscription_details.subscription ||
    (typeof object.subscription === "string" && object.subscription) ||
    (object.object === "subscription" && typeof object.id === "string" && object.id) ||
    undefined;
  return subscription ?? event?.account ?? "platform";
}
