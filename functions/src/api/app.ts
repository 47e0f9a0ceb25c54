import { Webhook } from "@escale/core/billing";
import { withActor } from "@escale/core/context";
import { RateLimited, VisibleError } from "@escale/core/error";
import { Storage } from "@openauthjs/openauth/storage/storage";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { Hono } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { withSignInRequest } from "../auth/code-mail";
import { loginHintCookie } from "../auth/code-page";
import { authIssuer } from "../auth/issuer";
import { authStorage } from "../auth/storage";
import { addLocalCheckout } from "../billing/local-checkout";
import { toTRPCError } from "../trpc/init";
import { appRouter } from "../trpc/router";
import { actorResolver } from "./actor";

const statuses: Record<VisibleError["kind"], ContentfulStatusCode> = {
  input: 400,
  auth: 401,
  forbidden: 403,
  "not-found": 404,
  conflict: 409,
  rate: 429,
};

/** The one HTTP app: tRPC, sign-in, the Stripe webhook, health. Served by Lambda in AWS and by Node locally. */
export function createApp() {
  const storage = authStorage();
  const auth = authIssuer(storage);
  const resolveActor = actorResolver((input, init) => auth.request(input, init));
  const app = new Hono();

  app.get("/health", (c) => c.json({ status: "ok" }));

  // Only the issuer's own paths reach it (it logs every request it sees).
  for (const path of ["/authorize", "/token", "/userinfo", "/.well-known/*", "/email/*"])
    app.all(path, async (c) => {
      const response = await withSignInRequest(c.req.raw, () => auth.fetch(c.req.raw));
      // Our sign-up form already asked for the e-mail: carry it to the code page.
      const hint = c.req.path === "/authorize" ? c.req.query("login_hint") : undefined;
      if (!hint) return response;
      const carried = new Response(response.body, response);
      carried.headers.append(
        "set-cookie",
        `${loginHintCookie}=${encodeURIComponent(hint)}; Path=/; Max-Age=600; HttpOnly; SameSite=Lax`,
      );
      return carried;
    });

  // Sign-out forgets the refresh token server-side; the short-lived access token then lapses.
  app.post("/signout", async (c) => {
    const { refresh } = await c.req.json<{ refresh?: string }>().catch(() => ({ refresh: undefined }));
    const parts = typeof refresh === "string" ? refresh.split(":") : [];
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

  app.all("/trpc/*", (c) =>
    fetchRequestHandler({
      endpoint: "/trpc",
      req: c.req.raw,
      router: appRouter,
      responseMeta: ({ errors }) => {
        const limited = errors.map((error) => error.cause).find((cause) => cause instanceof RateLimited);
        return limited ? { headers: new Headers({ "retry-after": String(limited.retryAfterSeconds) }) } : {};
      },
      // A refusal here (expired session, not a member) reaches the client as a tRPC error.
      createContext: async () => {
        try {
          return await resolveActor(c);
        } catch (error) {
          throw error instanceof VisibleError ? toTRPCError(error) : error;
        }
      },
    }),
  );

  app.onError((error, c) => {
    if (error instanceof VisibleError)
      return c.json({ error: { code: error.code, message: error.message, field: error.field } }, statuses[error.kind]);
    console.error("[api] unhandled", error.name, error.message.slice(0, 200));
    return c.json(
      {
        error: { code: "internal", message: "Something went wrong on our side. Please try again." },
      },
      500,
    );
  });
  return app;
}
