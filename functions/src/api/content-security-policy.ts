/**
 * The Content-Security-Policy of every page the app serves: the API's own pages (sign-in code,
 * unsubscribe, local checkout) through Hono, the web app through CloudFront in AWS and the local
 * server in tests. Plain data, so infra reads it without the API's dependencies.
 *
 * Scripts come only from the app's own files (no inline script anywhere); styles may be inline
 * (the API's pages carry a `<style>`; React sets `style` attributes); images may be `data:`
 * (QR codes, Vite's inlined assets); uploads go to S3 with a presigned PUT in AWS. Nobody may
 * frame a page (clickjacking of the console and of sign-in).
 */
export const contentSecurityPolicy = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", "data:", "blob:"],
  fontSrc: ["'self'", "data:"],
  connectSrc: ["'self'", "https://*.amazonaws.com"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
} as const;

/** The policy as one header value. */
export function contentSecurityPolicyHeader(): string {
  return Object.entries(contentSecurityPolicy)
    .map(([name, values]) => `${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)} ${values.join(" ")}`)
    .join("; ");
}

/** Pages are never sent along as a referrer beyond the site's own origin. */
export const referrerPolicy = "strict-origin-when-cross-origin";

/** Two years, subdomains (every portal) included: in AWS the site is https only. */
export const strictTransportSecurity = { maxAgeSeconds: 63_072_000, includeSubdomains: true } as const;
