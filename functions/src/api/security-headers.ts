import type { MiddlewareHandler } from "hono";
import { secureHeaders } from "hono/secure-headers";
import { contentSecurityPolicy, referrerPolicy, strictTransportSecurity } from "./content-security-policy";
import { fromEdge } from "./origin";

const headers = secureHeaders({
  contentSecurityPolicy: Object.fromEntries(
    Object.entries(contentSecurityPolicy).map(([name, values]) => [name, [...values]]),
  ),
  referrerPolicy,
  xFrameOptions: "DENY",
  // Set below, only where the browser came over https: locally everything is plain http.
  strictTransportSecurity: false,
  // The web app's files are fetched by module scripts without CORS; keep the browser defaults.
  crossOriginEmbedderPolicy: false,
  crossOriginResourcePolicy: false,
  crossOriginOpenerPolicy: "same-origin",
});

const hsts = `max-age=${strictTransportSecurity.maxAgeSeconds}${strictTransportSecurity.includeSubdomains ? "; includeSubDomains" : ""}`;

/**
 * CSP (frame-ancestors included), Referrer-Policy and the other protective headers on every
 * response, the issuer's sign-in pages included; HSTS where the browser used https.
 */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await headers(c, async () => {
      await next();
      // The issuer and fetch() hand back responses whose headers cannot be changed: copy them.
      c.res = new Response(c.res.body, c.res);
    });
    const viaHttps =
      (fromEdge(c.req.raw) && c.req.header("x-forwarded-proto") === "https") || c.req.url.startsWith("https:");
    if (viaHttps) c.res.headers.set("strict-transport-security", hsts);
  };
}
