import { portalUrl } from "../../config";
import * as Tokens from "../tokens";

/**
 * The partner's redemption page is reached with no account: its link carries a token naming
 * the partner and the link version, signed for this tenant. Raising the partner's version
 * revokes every link sent before.
 */
export function sign(tenantId: string, partnerId: string, linkVersion: number): string {
  return Tokens.sign("deal-partner", tenantId, `${partnerId}.${linkVersion}`);
}

/** The partner and link version a valid token names, or undefined. */
export function verify(tenantId: string, token: string): { partnerId: string; linkVersion: number } | undefined {
  const subject = Tokens.verify("deal-partner", tenantId, token);
  const [partnerId, version] = subject?.split(".") ?? [];
  return partnerId && version ? { partnerId, linkVersion: Number(version) } : undefined;
}

export function url(slug: string, token: string): string {
  return `${portalUrl(slug)}/bons-plans/partner?token=${encodeURIComponent(token)}`;
}
