import { createHmac, timingSafeEqual } from "node:crypto";
import { config, portalUrl } from "../../config";

/**
 * The partner's redemption page is reached with no account: its link carries a token naming
 * the partner and the link version, signed for this tenant. Raising the partner's version
 * revokes every link sent before.
 */
function signature(tenantId: string, subject: string) {
  return createHmac("sha256", config().secret).update(`deal-partner\n${tenantId}\n${subject}`).digest("base64url");
}

export function sign(tenantId: string, partnerId: string, linkVersion: number): string {
  const subject = `${partnerId}.${linkVersion}`;
  return `${Buffer.from(subject).toString("base64url")}.${signature(tenantId, subject)}`;
}

/** The partner and link version a valid token names, or undefined. */
export function verify(tenantId: string, token: string): { partnerId: string; linkVersion: number } | undefined {
  const [encoded, given] = token.split(".");
  if (!encoded || !given) return undefined;
  const subject = Buffer.from(encoded, "base64url").toString();
  const expected = Buffer.from(signature(tenantId, subject));
  const actual = Buffer.from(given);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return undefined;
  const [partnerId, version] = subject.split(".");
  return partnerId && version ? { partnerId, linkVersion: Number(version) } : undefined;
}

export function url(slug: string, token: string): string {
  return `${portalUrl(slug)}/bons-plans/partner?token=${encodeURIComponent(token)}`;
}
