import * as Auth from "@escale/core/auth";
import { withActor } from "@escale/core/context";
import { count } from "@escale/core/observability";
import { issuer } from "@openauthjs/openauth";
import type { StorageAdapter } from "@openauthjs/openauth/storage/storage";
import { originOf, parseUrl } from "../api/origin";
import { sendCodeMail } from "./code-mail";
import { codePage } from "./code-page";
import { CodeProvider } from "./code-provider";
import { subjects } from "./subjects";

/** Access tokens are short so a sign-out or a removed membership takes effect quickly. */
export const tokenLifetimes = { access: 15 * 60, refresh: 30 * 86_400 };

/**
 * The OpenAuth issuer: e-mail code sign-in, tokens stored in our table. It answers at the
 * root of whichever host the browser is on (platform site or a tenant portal), which is why
 * its routes are /authorize, /token, /email/*, /.well-known/* rather than under /auth.
 */
export function authIssuer(storage: StorageAdapter, options: { clientOf: (request: Request) => string }) {
  return issuer({
    subjects,
    storage,
    ttl: tokenLifetimes,
    providers: {
      email: CodeProvider({
        clientOf: options.clientOf,
        request: codePage,
        sendCode: async (claims, code) => {
          const email = claims.email;
          if (!email || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
            return { type: "invalid_claim", key: "email", value: email ?? "" };
          await sendCodeMail(email, code);
        },
      }),
    },
    /** The edge has already refused other redirects (app.ts); this is the issuer's own check. */
    allow: async ({ redirectURI }, request) => isOwnRedirect(redirectURI, originOf(request)),
    success: async (ctx, value, request) => {
      const identity = await withActor({ type: "system" }, () => Auth.identify(value.claims.email ?? ""));
      count("signIn");
      return ctx.subject(
        "user",
        { userId: identity.userId, email: identity.email, origin: originOf(request) },
        // One subject per person, whatever the origin: an erasure finds all their refresh tokens.
        { subject: Auth.sessionSubject(identity.userId) },
      );
    },
  });
}

/** Only our own pages, on the very origin that serves the issuer, may receive codes. */
export function isOwnRedirect(redirectURI: string | undefined, origin: string): boolean {
  const url = parseUrl(redirectURI);
  return url !== undefined && (url.protocol === "https:" || url.protocol === "http:") && url.origin === origin;
}

type Issuer = ReturnType<typeof authIssuer>;

/**
 * The issuer, rebuilt after any failure of its storage: OpenAuth loads its keys once and keeps
 * a failed load for the life of the process, so sign-in would stay down after an outage.
 * `generation` changes with each rebuild, for whoever cached what the issuer gave.
 */
export function resilientIssuer(storage: StorageAdapter, options: { clientOf: (request: Request) => string }) {
  let current: Issuer | undefined;
  let generation = 0;
  const failed = (error: unknown): never => {
    current = undefined;
    generation++;
    throw error;
  };
  const watched: StorageAdapter = {
    get: (key) => storage.get(key).catch(failed),
    set: (key, value, expiry) => storage.set(key, value, expiry).catch(failed),
    remove: (key) => storage.remove(key).catch(failed),
    async *scan(prefix) {
      try {
        yield* storage.scan(prefix);
      } catch (error) {
        failed(error);
      }
    },
  };
  return {
    fetch: (request: Request) => {
      current ??= authIssuer(watched, options);
      return current.fetch(request);
    },
    generation: () => generation,
  };
}
