import { createHmac, timingSafeEqual } from "node:crypto";
import { config } from "../config";
import { VisibleError } from "../error";

/**
 * List cursors handed to clients are opaque and signed for one tenant and one query: a forged,
 * altered or borrowed cursor is a 400 naming the field, never a key DynamoDB would start from.
 */
export function sealCursor(cursor: string | null, scope: string): string | null {
  return cursor === null ? null : `${cursor}.${mac(cursor, scope)}`;
}

export function openCursor(sealed: string | null | undefined, scope: string): string | null {
  if (!sealed) return null;
  const at = sealed.lastIndexOf(".");
  const cursor = sealed.slice(0, at);
  const given = Buffer.from(sealed.slice(at + 1));
  const expected = Buffer.from(mac(cursor, scope));
  if (at < 1 || given.length !== expected.length || !timingSafeEqual(given, expected))
    throw new VisibleError(
      "input",
      "invalid_cursor",
      "cursor: this page link is not valid; start from the first page.",
      "cursor",
    );
  return cursor;
}

function mac(cursor: string, scope: string): string {
  return createHmac("sha256", config().secret).update(`${scope}\n${cursor}`).digest("base64url").slice(0, 32);
}
