import { Webhook } from "@escale/core/billing";
import { withActor } from "@escale/core/context";
import { isOutage, ping } from "@escale/core/db";
import { RateLimited, Unavailable, VisibleError } from "@escale/core/error";
import { log, withRequestId } from "@escale/core/observability";
import * as Tenant from "@escale/core/tenant";
import { Storage } from "@openauthjs/openauth/storage/storage";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { type Context, Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { withSignInRequest } from "../auth/code-mail";
import { loginHintCookie } from "../auth/code-page";
import { isOwnRedirect, resilientIssuer } from "../auth/issuer";
import { authStorage } from "../auth/storage";
import { addLocalCheckout } from "../billing/local-checkout";
import { maxBatchSize, outageError, toTRPCError } from "../trpc/init";
import { appRouter } from "../trpc/router";
import { actorResolver } from "./actor";
import { bienvenueRoutes } from "./bienvenue";
import { clientAddress } from "./client";
import { originOf } from "./origin";
import { securityHeaders } from "./security-headers";
import { visitorCookies } from "./visitor";

const statuses: Record<VisibleError["kind"], ContentfulStatusCode> = {
  input: 400,
  auth: 401,
  forbidden: 403,
  "not-found": 404,
  conflict: 409,
  rate: 429,
};

/** Seconds a client is told to wait when a dependency is down. */
export const outageRetryAfter = 5;

/**
 * Request bodies allowed per route, checked before reading (the Content-Length, then while
 * streaming): the knowledge import carries a whole guide, every other call a form's worth.
 */
const bodyLimits: [RegExp, number][] = [
  [/^\/trpc\/knowledge\.importArticles$/, 6_000_000],
  // Stripe's events are small; its documentation caps them far below this.
  [/^\/webhooks\/stripe$/, 512_000],
  [/^\/trpc\//, 256_000],
  [/./, 16_000],
];

/** How every failure reaches a client: its own message if visible, else nothing internal. */
export function answerError(error: unknown, c: Context) {
  if (error instanceof VisibleError)
    return c.json({ error: { code: error.code, message: error.message, field: error.field } }, statuses[error.kind]);
  if (isOutage(error)) {
    log.error("dependency unavailable", { error: (error as Error).name });
    c.header("retry-after", String(outageRetryAfter));
    return c.json(
      { error: { code: "unavailable", message: "The service is briefly unavailable. Please try again in a moment." } },
      503,
    );
  }
  // The error's name only: a message may quote the data that failed (a name, an address).
  log.error("unhandled error", { error: (error as Error).name, path: c.req.path });
  return c.json({ error: { code: "internal", message: "Something went wrong on our side. Please try again." } }, 500);
}

/** The one HTTP app: tRPC, sign-in, the Stripe webhook, health. Served by Lambda in AWS and by Node locally. */
export function createApp() {
  const storage = authStorage();
  // The issuer sees the raw request only: the client address the edge read travels beside it.
  const clients = new WeakMap<Request, string>();
  const auth = resilientIssuer(storage, { clientOf: (request) => clients.get(request) ?? "unknown" });
  const resolveActor = actorResolver(
    (input, init) => auth.fetch(input instanceof Request ? input : new Request(input, init)),
    auth.generation,
  );
  const app = new Hono();

  // Every log line and metric of a request carries its id: Lambda's (hono/aws-lambda passes its
  // context as env), or one made here locally.
  app.use("*", (c, next) => {
    const lambda = (c.env as { lambdaContext?: { awsRequestId?: string } } | undefined)?.lambdaContext;
    return withRequestId(lambda?.awsRequestId ?? crypto.randomUUID(), next);
  });

  app.use("*", securityHeaders());
  app.use("*", visitorCookies());

  app.use("*", async (c, next) => {
    const maxSize = bodyLimits.find(([path]) => path.test(c.req.path))?.[1] ?? 16_000;
    const limit = bodyLimit({
      maxSize,
      onError: (c) =>
        c.json({ error: { code: "too_large", message: `The request is larger than ${maxSize} bytes.` } }, 413),
    });
    return limit(c, next);
  });

  // Monitors and the load balancer learn here whether the database answers.
  app.get("/health", async (c) => {
    try {
      await ping();
      return c.json({ status: "ok" });
    } catch {
      c.header("retry-after", String(outageRetryAfter));
      return c.json({ status: "unavailable", database: "unreachable" }, 503);
    }
  });

  // Only the issuer's own paths reach it (it logs every request it sees).
  for (const path of ["/authorize", "/token", "/userinfo", "/.well-known/*", "/email/*"])
    app.all(path, async (c) => {
      const origin = originOf(c.req.raw);
      // Sign-in exists only on the platform site and territories' portals.
      if ((await Tenant.resolveHost(new URL(origin).host)).kind === "unknown")
        throw new VisibleError("not-found", "no_such_site", "There is nothing at this address.");
      // Codes go only to our own pages on this very origin: anything else is refused here,
      // because the issuer would answer a refused redirect_uri by redirecting to it.
      if (c.req.path === "/authorize" && !isOwnRedirect(c.req.query("redirect_uri"), origin))
        throw new VisibleError("input", "bad_redirect_uri", "redirect_uri: not a page of this site.", "redirect_uri");
      clients.set(c.req.raw, clientAddress(c));
      const response = await withSignInRequest(c.req.raw, () => auth.fetch(c.req.raw));
      // The issuer reports its own failures (storage down) by redirecting with the raw error
      // message, or with a bare 500: neither reaches the client.
      const location = response.headers.get("location") ?? "";
      if (response.status >= 500 || /[?&]error=server_error/.test(location)) throw new Unavailable();
      // Our sign-up form already asked for the e-mail: carry it to the code page.
      const hint = c.req.path === "/authorize" ? c.req.query("login_hint") : undefined;
      if (!hint) return response;
      const carried = new Response(response.body, response);
      carried.headers.append(
        "set-cookie",
        `${loginHintCookie}=${encodeURIComponent(hint.slice(0, 254))}; Path=/; Max-Age=600; HttpOnly; SameSite=Lax`,
      );
      return carried;
    });

  // Sign-out forgets the refresh token server-side; the short-lived access token then lapses.
  app.post("/signout", async (c) => {
    const { refresh } = await c.req.json<{ refresh?: string }>().catch(() => ({ refresh: undefined }));
    const parts = typeof refresh === "string" && refresh.length <= 500 ? refresh.split(":") : [];
    const token = parts.pop();
    if (token && parts.length) await Storage.remove(storage, ["oauth:refresh", parts.join(":"), token]);
    return c.body(null, 204);
  });

  // A Connect endpoint: events of every territory's account. The signature is checked on the
  // raw body; what happens next is the domain's (applied, or queued in AWS).
  app.post("/webhooks/stripe", async (c) => {
    const event = await Webhook.verify(await c.req.text(), c.req.header("stripe-signature"));
    await withActor({ type: "system" }, () => Webhook.receive(event));
    return c.json({ received: true });
  });
  addLocalCheckout(app, resolveActor);
  app.route("/", bienvenueRoutes());

  app.all("/trpc/*", (c) =>
    fetchRequestHandler({
      endpoint: "/trpc",
      req: c.req.raw,
      router: appRouter,
      maxBatchSize,
      responseMeta: ({ errors }) => {
        const limited = errors.map((error) => error.cause).find((cause) => cause instanceof RateLimited);
        if (limited) return { headers: new Headers({ "retry-after": String(limited.retryAfterSeconds) }) };
        if (errors.some((error) => error.code === "SERVICE_UNAVAILABLE"))
          return { headers: new Headers({ "retry-after": String(outageRetryAfter) }) };
        return {};
      },
      // A refusal here (expired session, not a member, database down) reaches the client as a tRPC error.
      createContext: async () => {
        try {
          return await resolveActor(c);
        } catch (error) {
          if (error instanceof VisibleError) throw toTRPCError(error);
          throw isOutage(error) ? outageError() : error;
        }
      },
    }),
  );

  app.onError(answerError);
  return app;
}
