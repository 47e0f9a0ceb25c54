/**
 * Payments on Stripe Connect: each territory sells on its own connected account (direct
 * charges, the platform's application fee), through Checkout, the Customer Portal and webhooks.
 */
export * as Accounts from "./accounts";
export * as Checkout from "./checkout";
export { apply as applyEvent } from "./events";
export * as LocalCheckout from "./local-checkout";
export * as Webhook from "./webhook";
