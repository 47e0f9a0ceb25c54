import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { config } from "@escale/core/config";
import type { Context, MiddlewareHandler } from "hono";
import { getCookie } from "hono/cookie";

/** The cookie that tells one anonymous portal visitor from another (it holds no personal data). */
export const visitorCookie = "escale_visitor";
const oneYear = 365 * 86_400;
const minted = new WeakMap<Request, string>();

function signature(id: string): Buffer {
  return createHmac("sha256", config().secret).update(`visitor\n${id}`).digest().subarray(0, 18);
}

/** `{id}.{signature}`, or undefined when the value was not made by this server. */
function verified(value: string | undefined): string | undefined {
  const [id, given, extra] = (value ?? "").split(".");
  if (!id || !given || extra !== undefined || !/^[A-Za-z0-9_-]{22}$/.test(id)) return undefined;
  const expected = signature(id);
  const sent = Buffer.from(given, "base64url");
  return sent.length === expected.length && timingSafeEqual(sent, expected) ? id : undefined;
}

/**
 * The anonymous visitor behind a portal request, as the server knows them: the id of the
 * visitor cookie this server signed, if it came back; otherwise a new id, which goes out with
 * the response. `returning` says whether the cookie came back (a client that drops it is
 * counted by its address alone).
 */
export function visitorOf(c: Context): { id: string; returning: boolean } {
  const id = verified(getCookie(c, visitorCookie));
  if (id) return { id, returning: true };
  const fresh = minted.get(c.req.raw) ?? randomBytes(16).toString("base64url");
  minted.set(c.req.raw, fresh);
  return { id: fresh, returning: false };
}

/** Sends the cookie of a visitor this request made up. */
export function visitorCookies(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const id = minted.get(c.req.raw);
    if (!id) return;
    const secure = c.req.url.startsWith("https:") || c.req.header("x-forwarded-proto") === "https";
    c.res = new Response(c.res.body, c.res);
    c.res.headers.append(
      "set-cookie",
      `${visitorCookie}=${id}.${signature(id).toString("base64url")}; Path=/; Max-Age=${oneYear}; HttpOnly; SameSite=Lax${secure ? "; Secure" : ""}`,
    );
  };
}
