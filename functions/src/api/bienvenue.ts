import { CalendarFeed, Enrolment, Events, Letters, type Phrase, words } from "@escale/core/bienvenue";
import { withActor } from "@escale/core/context";
import { VisibleError } from "@escale/core/error";
import { type Language, languages } from "@escale/core/languages";
import * as Tenant from "@escale/core/tenant";
import { type Context, Hono } from "hono";
import { html } from "hono/html";
import { requestOrigin } from "./actor";

/** The portal's tenant, from the host the link was opened on (never from the link itself). */
async function portalTenant(c: Context) {
  const served = await Tenant.resolveHost(new URL(requestOrigin(c)).host);
  if (served.kind !== "portal")
    throw new VisibleError("not-found", "no_such_territory", "There is no territory at this address.");
  return served.tenant;
}

function page(c: Context, language: string, title: Phrase, message: Phrase, button?: Phrase) {
  const lang = (language in languages ? language : "fr") as Language;
  return c.html(
    html`<!doctype html>
<html lang="${lang}" dir="${languages[lang].direction}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${words(lang, title)}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#111827;background:#f3f4f6}main{max-width:28rem;margin:10vh auto;background:#fff;padding:2rem;border-radius:12px}h1{font-size:1.3rem;margin-top:0}button{font:inherit;font-weight:600;padding:.7rem 1.2rem;border:0;border-radius:6px;background:#1d4ed8;color:#fff;cursor:pointer}</style>
</head>
<body><main><h1>${words(lang, title)}</h1><p>${words(lang, message)}</p>${
      button
        ? html`<form method="post"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit">${words(lang, button)}</button></form>`
        : ""
    }</main></body></html>`,
  );
}

/**
 * Links in Bienvenue e-mails, which work with no session: the letter's unsubscribe (the page,
 * and RFC 8058's one-click POST that mailbox providers send), the double opt-in, and the
 * enrolee's calendar feed. Each carries a signed token bound to the portal's tenant.
 */
export function bienvenueRoutes() {
  const app = new Hono();
  const asVisitor = async <T>(c: Context, run: () => Promise<T>) => {
    const tenant = await portalTenant(c);
    return withActor({ type: "visitor", tenantId: tenant.tenantId }, run, { tenant });
  };
  const language = (c: Context) =>
    (c.req.header("accept-language") ?? "fr").split(",")[0]?.trim().slice(0, 2).toLowerCase() ?? "fr";

  app.get("/letters/unsubscribe/:token", async (c) => {
    const reader = await asVisitor(c, () => Letters.readerLanguage({ token: c.req.param("token") }));
    return reader
      ? page(c, reader, "unsubscribeTitle", "unsubscribeQuestion", "unsubscribeButton")
      : page(c, language(c), "unsubscribeTitle", "unsubscribeInvalid");
  });
  app.post("/letters/unsubscribe/:token", async (c) => {
    const done = await asVisitor(c, () => Letters.unsubscribe({ token: c.req.param("token") }));
    return page(c, done.language ?? language(c), "unsubscribeTitle", "unsubscribeDone");
  });
  // In the enrolee's own language, as the opt-in e-mail was.
  const optInReader = (c: Context) =>
    asVisitor(c, () => Letters.readerLanguage({ token: c.req.param("token") ?? "", purpose: "opt-in" }));
  app.get("/letters/confirm/:token", async (c) => {
    const reader = await optInReader(c);
    return page(c, reader ?? language(c), "confirmTitle", "confirmTitle", "confirmButton");
  });
  app.post("/letters/confirm/:token", async (c) => {
    await asVisitor(c, () => Enrolment.confirmNewsletter({ token: c.req.param("token") }));
    return page(c, (await optInReader(c)) ?? language(c), "confirmTitle", "confirmDone");
  });
  // One event's calendar file, for the portal's "download the .ics" link.
  app.get("/calendar/events/:file", async (c) => {
    const eventId = c.req.param("file").replace(/\.ics$/, "");
    const lang = c.req.query("lang");
    const calendar = await asVisitor(c, () =>
      Events.ics({ eventId, language: lang && lang in languages ? (lang as Language) : undefined }),
    );
    return c.body(calendar, 200, {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": 'attachment; filename="event.ics"',
    });
  });
  app.get("/calendar/:file", async (c) => {
    const token = c.req.param("file").replace(/\.ics$/, "");
    const calendar = await asVisitor(c, () => CalendarFeed.feed({ token }));
    return c.body(calendar, 200, { "content-type": "text/calendar; charset=utf-8" });
  });
  return app;
}
