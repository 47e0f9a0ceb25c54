import { EnroleeImport, Events, Registrations } from "@escale/core/bienvenue";
import { Catalog, Partners } from "@escale/core/bienvenue/deals";
import { Channels } from "@escale/core/conciergerie";
import { withActor } from "@escale/core/context";
import * as Seed from "@escale/core/seed";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, it } from "vitest";
import { expectAccessible, signInWithCode, startApp } from "../support/browser";

let app: Awaited<ReturnType<typeof startApp>>;
let browser: Browser;
let port: string;
let eventId: string;
const run = Date.now().toString(36);
const title = `Pique-nique ${run}`;

beforeAll(async () => {
  const { tenant } = await withActor({ type: "system" }, () => Seed.demo());
  await withActor({ type: "system", tenantId: tenant.tenantId }, async () => {
    await Channels.create({ name: `Mairie ${run}`, type: "town-hall", code: `mairie-${run}` });
    await EnroleeImport.importCsv({ csv: `ana-${run}@example.org,Ana ${run},es,2026-01-05` });
    ({ id: eventId } = await Events.create({
      title: { fr: title, en: `Picnic ${run}` },
      starts: "2031-06-12T18:30",
      capacity: 1,
    }));
    await Registrations.registerByStaff({ eventId, email: `ana-${run}@example.org`, name: `Ana ${run}` });
    await Registrations.registerByStaff({ eventId, name: `Guest ${run}`, phone: "+33 6 11 22 33 44" });
    const partner = await Partners.create({ name: `Boulangerie ${run}`, email: "pain@example.org", category: "food" });
    await Catalog.create({
      partnerId: partner.partnerId,
      translations: { fr: { title: `Croissant ${run}`, conditions: "" } },
      validFrom: "2026-01-01",
      validUntil: "2099-12-31",
      limitPerPerson: 1,
    });
  });
  app = await startApp();
  ({ browser, port } = app);
});
afterAll(() => app?.close());

async function visit(page: Page, path: string, heading: string | RegExp) {
  await page.goto(`http://localhost:${port}${path}`);
  await page.getByRole("heading", { level: 1, name: heading }).waitFor();
  await expectAccessible(page);
}

describe("Bienvenue in the console", () => {
  it("shows every Bienvenue page, accessible, and cancels an event for everyone", async () => {
    const page = await (await browser.newContext({ locale: "en-US" })).newPage();
    await page.goto(`http://localhost:${port}/console/bienvenue`);
    await signInWithCode(page, "owner@demo.localhost");
    await page.getByRole("heading", { level: 1, name: "Bienvenue events" }).waitFor();
    await page.getByRole("link", { name: `Picnic ${run}` }).waitFor();
    await expectAccessible(page);

    await visit(page, "/console/bienvenue/events/new", "New event");
    await visit(page, "/console/bienvenue/letters", "Quarterly letters");
    await visit(page, "/console/bienvenue/bons-plans", "Bons plans");
    await page
      .getByRole("cell", { name: `Boulangerie ${run}` })
      .first()
      .waitFor();
    await visit(page, "/console/bienvenue/ambassadors", "Ambassadors");
    await visit(page, "/console/bienvenue/flyers", "Flyers");
    await visit(page, "/console/bienvenue/outcomes", "Bienvenue outcomes");
    await page.locator("figcaption", { hasText: "Enrolments by month" }).waitFor();
    await expectAccessible(page);

    await visit(page, `/console/bienvenue/events/${eventId}`, `Picnic ${run}`);
    await page.getByRole("cell", { name: "+33611223344" }).waitFor();
    await page.getByRole("button", { name: "Cancel this event" }).click();
    await page.getByRole("button", { name: "Yes, cancel the event" }).click();
    await page.getByText("Event cancelled: 2 registrations cancelled and told.").waitFor();
    await page.getByText("This event is cancelled").waitFor();
    await expectAccessible(page);
  });
});
