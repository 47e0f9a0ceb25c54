import { config } from "../config";
import { VisibleError } from "../error";
import { count } from "../observability";
import { apply, groupOf, type Outcome } from "./events";
import { stripeStatics } from "./stripe";

/**
 * Checks Stripe's signature on the raw body with the webhook secret; anything else is refused
 * (the edge answers 400) before a byte of it is trusted.
 */
export async function verify(payload: string, signature: string | undefined): Promise<unknown> {
  const Stripe = await stripeStatics();
  try {
    return await Stripe.webhooks.constructEventAsync(payload, signature ?? "", config().stripe.webhookSecret);
  } catch {
    throw new VisibleError(
      "input",
      "bad_signature",
      "The Stripe signature does not match this payload.",
      "stripe-signature",
    );
  }
}

/**
 * Takes a verified event. In AWS it waits on a FIFO queue, grouped by subscription so one
 * subscription's events are applied in order, deduplicated by event id; the queue's consumer
 * applies it. Without a queue (locally) it is applied at once.
 */
export async function receive(event: unknown): Promise<Outcome | { queued: true }> {
  const { queueUrl } = config().stripe;
  if (!queueUrl) return apply(event);
  const { SQSClient, SendMessageCommand } = await import("@aws-sdk/client-sqs");
  const id = (event as { id: string }).id;
  await new SQSClient({ region: config().region }).send(
    new SendMessageCommand({
      QueueUrl: queueUrl,
      MessageBody: JSON.stringify(event),
      MessageGroupId: groupOf(event),
      MessageDeduplicationId: id,
    }),
  );
  count("webhookEvent", { outcome: "queued" });
  return { queued: true };
}

/** Signs a payload as Stripe would, with the configured secret: the local checkout and tests use it. */
export async function sign(payload: string): Promise<string> {
  const Stripe = await stripeStatics();
  return Stripe.webhooks.generateTestHeaderStringAsync({ payload, secret: config().stripe.webhookSecret });
}
