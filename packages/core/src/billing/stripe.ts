import type Stripe from "stripe";
import { config } from "../config";

let httpClient: Stripe.HttpClient | undefined;
let cached: { key: string; client: Promise<Stripe> } | undefined;

/**
 * The Stripe client, or undefined without a secret key (the local default: the local checkout
 * page stands in). The SDK is imported on first use, not at cold start.
 */
export function stripe(): Promise<Stripe> | undefined {
  const { secretKey } = config().stripe;
  if (!secretKey) return undefined;
  if (cached?.key !== secretKey) {
    cached = {
      key: secretKey,
      client: import("stripe").then(
        ({ default: StripeClient }) => new StripeClient(secretKey, { maxNetworkRetries: 2, httpClient }),
      ),
    };
  }
  return cached.client;
}

/** Tests answer Stripe's requests themselves (a recording client): no network. */
export function useHttpClient(client: Stripe.HttpClient | undefined) {
  httpClient = client;
  cached = undefined;
}

/** The Stripe SDK's static helpers (webhook signatures), loaded on first use. */
export async function stripeStatics() {
  return (await import("stripe")).default;
}
