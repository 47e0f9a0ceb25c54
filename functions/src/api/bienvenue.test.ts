import { EnroleeImport, Enrolment, Events, Letters } from "@escale/core/bienvenue";
import { withActor } from "@escale/core/context";
import { inbox } from "@escale/local/inbox";
import ical, { type VEvent } from "node-ical";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { newTenant, staff } from "../../../tests/support/actors";
import { localServer } from "./local";

let server: Awaited<ReturnType<typeof localServer>>;

beforeAll(async () => {
  server = await localServer({ port: 0 });
  process.env.ESCALE_PUBLIC_URL = `http://localhost:${new URL(server.url).port}`;
});
afterAll(() => server.close());

describe("letters' links, with no session", () => {
  it("one-click unsubscribes (RFC 8058) at once, and shows the page in the reader's language", async () => {
    const { tenant } = await newTenant({ languages: ["fr", "en"], defaultLanguage: "fr" });
    const local = <T>(run: () => T) => withActor({ type: "system", tenantId: tenant.tenantId }, run);
    const reader = `${tenant.slug}-reader@example.org`;
    const enrolled = new Date(Date.now() - 100 * 86_400_000).toISOString().slice(0, 10);
    await local(() => EnroleeImport.importCsv({ csv: `${reader},Reader,en,${enrolled}` }));
    await staff(
      tenant.tenantId,
      "editor",
    )(() => Letters.set({ issue: 1, language: "en", subject: `${tenant.slug} first letter`, body: "Hello" }));
    await Letters.sendDue();
    const letter = await inbox(inject("inboxUrl")).latest(reader, new RegExp(tenant.slug));
    const headers = (letter as unknown as { headers: Record<string, string> }).headers;
    const url = headers["list-unsubscribe"]?.match(/<(http[^>]+)>/)?.[1] ?? "";
    expect(new URL(url).host).toBe(`${tenant.slug}.localhost:${new URL(server.url).port}`);
    const page = await fetch(new URL(new URL(url).pathname, server.url), {
      headers: { "x-forwarded-host": new URL(url).host },
    });
    expect(await page.text()).toContain("Unsubscribe me");
    const forged = await fetch(new URL(`${new URL(url).pathname}x`, server.url), {
      method: "POST",
      headers: { "x-forwarded-host": new URL(url).host },
      body: "List-Unsubscribe=One-Click",
    });
    expect(forged.status).toBe(400);
    const oneClick = await fetch(new URL(new URL(url).pathname, server.url), {
      method: "POST",
      headers: { "x-forwarded-host": new URL(url).host, "content-type": "application/x-www-form-urlencoded" },
      body: "List-Unsubscribe=One-Click",
    });
    expect(oneClick.status).toBe(200);
    expect(await oneClick.text()).toContain("you will no longer receive");
    const [enrolee] = await local(() => Enrolment.list());
    expect(enrolee).toMatchObject({ email: reader, newsletter: false, issuesSent: [1] });
  });
});

describe("an event's calendar file on the portal", () => {
  it("is served on its territory's portal in the reader's language, and on no other", async () => {
    const { tenant } = await newTenant({ languages: ["fr", "en"], defaultLanguage: "fr" });
    const { tenant: other } = await newTenant();
    const event = await staff(
      tenant.tenantId,
      "editor",
    )(() => Events.create({ title: { fr: "Pique-nique", en: "Picnic" }, starts: "2030-06-12T18:30", capacity: 10 }));
    const port = new URL(server.url).port;
    const get = (slug: string, path: string) =>
      fetch(new URL(path, server.url), { headers: { "x-forwarded-host": `${slug}.localhost:${port}` } });
    const served = await get(tenant.slug, `/calendar/events/${event.id}.ics?lang=en`);
    expect(served.status).toBe(200);
    expect(served.headers.get("content-disposition")).toContain("attachment");
    const entry = Object.values(ical.sync.parseICS(await served.text())).find((item) => item?.type === "VEVENT") as
      | VEvent
      | undefined;
    expect(entry?.summary).toBe("Picnic");
    expect(entry?.uid).toBe(`${event.id}@${tenant.slug}.escale`);
    expect((await get(other.slug, `/calendar/events/${event.id}.ics`)).status).toBe(404);
    expect((await get(tenant.slug, "/calendar/events/not-an-event.ics")).status).toBe(400);
  });
});
