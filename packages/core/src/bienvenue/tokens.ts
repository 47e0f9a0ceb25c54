import { createHmac, timingSafeEqual } from "node:crypto";
import { config } from "../config";

/** What a signed link lets its holder do, with no session: each purpose has its own signature. */
export type Purpose = "unsubscribe" | "opt-in" | "calendar" | "offer" | "deal-partner";

function signature(purpose: Purpose, tenantId: string, subject: string) {
  return createHmac("sha256", config().secret).update(`${purpose}\n${tenantId}\n${subject}`).digest("base64url");
}

/** A token naming `subject` (an e-mail, `eventId/who`, `partnerId.linkVersion`), valid only in this tenant for this purpose. */
export function sign(purpose: Purpose, tenantId: string, subject: string): string {
  return `${Buffer.from(subject).toString("base64url")}.${signature(purpose, tenantId, subject)}`;
}

/** The subject of a valid token, or undefined. */
export function verify(purpose: Purpose, tenantId: string, token: string): string | undefined {
  const [encoded, given] = token.split(".");
  if (!encoded || !given) return undefined;
  const subject = Buffer.from(encoded, "base64url").toString();
  const expected = Buffer.from(signature(purpose, tenantId, subject));
  const actual = Buffer.from(given);
  return expected.length === actual.length && timingSafeEqual(expected, actual) ? subject : undefined;
}
