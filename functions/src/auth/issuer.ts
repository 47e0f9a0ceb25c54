import * as Auth from "@escale/core/auth";
import { withActor } from "@escale/core/context";
import { issuer } from "@openauthjs/openauth";
import { CodeProvider } from "@openauthjs/openauth/provider/code";
import type { StorageAdapter } from "@openauthjs/openauth/storage/storage";
import { sendCodeMail } from "./code-mail";
import { codePage } from "./code-page";
import { subjects } from "./subjects";

/** Access tokens are short so a sign-out or a removed membership takes effect quickly. */
export const tokenLifetimes = { access: 15 * 60, refresh: 30 * 86_400 };

/**
 * The OpenAuth issuer: e-mail code sign-in, tokens stored in our table. It answers at the
 * root of whichever host the browser is on (platform site or a tenant portal), which is why
 * its routes are /authorize, /token, /email/*, /.well-known/* rather than under /auth.
 */
export function authIssuer(storage: StorageAdapter) {
  return issuer({
    subjects,
    storage,
    ttl: tokenLifetimes,
    providers: {
      email: CodeProvider({
        length: 6,
        request: codePage,
        sendCode: async (claims, code) => {
          const email = claims.email;
          if (!email || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
            return { type: "invalid_claim", key: "email", value: email ?? "" };
          await sendCodeMail(email, code);
        },
      }),
    },
    /** Only our own pages, on the very host that serves the issuer, may receive codes. */
    allow: async ({ redirectURI }, request) => {
      const forwarded = request.headers.get("x-forwarded-host");
      const host = forwarded ?? new URL(request.url).host;
      return new URL(redirectURI).host === host;
    },
    success: async (ctx, value) => {
      const identity = await withActor({ type: "system" }, () => Auth.identify(value.claims.email ?? ""));
      return ctx.subject("user", { userId: identity.userId, email: identity.email });
    },
  });
}
