import type { EmployerMe } from "./useEmployer";

/** Statuses of a subscription that still runs (paid, on trial, or awaiting a retried payment). */
export function isSubscribed(me: EmployerMe): boolean {
  return ["active", "trialing", "past_due"].includes(me.subscription?.status ?? "");
}

/**
 * Where the space stands, in words the page explains: open, open during the grace period of a
 * failed payment, paused after it, or waiting for a first subscription.
 */
export function accessState(me: EmployerMe): "open" | "grace" | "paused" | "none" {
  if (!me.subscription) return "none";
  if (me.access) return me.paymentFailedAt ? "grace" : "open";
  return "paused";
}
