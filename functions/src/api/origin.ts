import { timingSafeEqual } from "node:crypto";
import { config } from "@escale/core/config";
import { VisibleError } from "@escale/core/error";

const hostPattern = /^[a-z0-9]([a-z0-9-]{0,62}\.)*[a-z0-9-]{1,63}(:\d{1,5})?$/i;

function malformed(header: string): VisibleError {
  return new VisibleError("input", "bad_request_header", `${header}: not a valid value.`, header);
}

/**
 * The origin the browser used (`https://demo.escale.app`): tokens are issued by, and checked
 * against, that origin. Behind CloudFront the viewer's host arrives as `x-forwarded-host`;
 * a malformed host or protocol is the client's mistake (400), never a crash.
 */
export function originOf(request: Request): string {
  const url = new URL(request.url);
  const forwarded = fromEdge(request);
  const forwardedHost = forwarded ? request.headers.get("x-forwarded-host") : null;
  const host = forwardedHost ?? request.headers.get("host") ?? url.host;
  const protocol = (forwarded && request.headers.get("x-forwarded-proto")) || url.protocol.replace(":", "");
  if (host.length > 260 || !hostPattern.test(host)) throw malformed(forwardedHost ? "x-forwarded-host" : "host");
  if (protocol !== "http" && protocol !== "https") throw malformed("x-forwarded-proto");
  return `${protocol}://${host.toLowerCase()}`;
}

/** A URL that parses, or undefined (never a throw on what a client sent). */
export function parseUrl(value: string | undefined): URL | undefined {
  if (!value || value.length > 2000) return undefined;
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

/**
 * Whether the request's forwarding headers can be believed: in AWS only when CloudFront sent
 * it (it adds the edge secret; a caller of the API's own URL cannot), locally always.
 */
export function fromEdge(request: Request): boolean {
  const expected = config().edgeSecret;
  if (!expected) return true;
  const given = Buffer.from(request.headers.get("x-escale-edge") ?? "");
  return given.length === expected.length && timingSafeEqual(given, Buffer.from(expected));
}
