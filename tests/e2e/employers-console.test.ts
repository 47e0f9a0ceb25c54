import { Intake } from "@escale/core/conciergerie";
import { withActor } from "@escale/core/context";
import { Jobs } from "@escale/core/employers/jobs";
import { Kit } from "@escale/core/employers/kit";
import * as Seed from "@escale/core/seed";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, signInWithCode, startApp } from "../support/browser";
import { subscribedEmployer } from "../support/employers";
import { intake } from "../support/households";

let app: Awaited<ReturnType<typeof startApp>>;
let browser: Browser;
let port: string;
let caseId: string;
let contact: string;
const run = Date.now().toString(36);
const household = `Iryna Bondar ${run}`;
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const job = (title: string) => ({
  title: { fr: title, en: `${title} (EN)` },
  description: { fr: "Service de nuit, équipe de douze.", en: "Night shifts, a team of twelve." },
  contract: "permanent" as const,
  field: "health",
  commune: "Besançon",
  openToPartners: true,
  expiresOn: inDays(30),
});

beforeAll(async () => {
  const { tenant } = await withActor({ type: "system" }, () => Seed.demo());
  const tenantId = tenant.tenantId;
  const employer = await subscribedEmployer(tenantId, { name: `Clinique des Tilleuls ${run}` });
  contact = employer.contact;
  await employer.as(() => Jobs.post(job(`Infirmière de nuit ${run}`)));
  await employer.as(() => Jobs.post(job(`Aide-soignant ${run}`)));
  await withActor({ type: "system", tenantId }, () =>
    Kit.add({ kind: "video", title: `Vivre ici ${run}`, language: "fr", url: "https://video.example.org/vivre" }),
  );
  ({ caseId } = await withActor({ type: "visitor", tenantId }, () =>
    Intake.submit(intake({ contact: { name: household, email: `iryna-${run}@example.org`, language: "uk" } })),
  ));
  app = await startApp();
  ({ browser, port } = app);
});
afterAll(() => app?.close());

describe("partner employers in the console and on the portal", () => {
  it("lets the owner sell offers, moderate job offers, fill the kit and see the impact", async () => {
    const page = await (await browser.newContext({ locale: "en-GB" })).newPage();
    await page.goto(`http://localhost:${port}/console/employers`);
    await signInWithCode(page, Seed.demoOwner);
    await page.getByRole("heading", { level: 1, name: "Partner employers" }).waitFor();
    await page.getByRole("cell", { name: "Active" }).waitFor();
    await page.getByText("Fewer than 5 households: figures hidden").waitFor();
    await expectAccessible(page);

    await page.getByRole("link", { name: "Offers", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Offers to employers" }).waitFor();
    await page.getByRole("button", { name: "Create an offer" }).click();
    await page.locator("#name\\.fr").fill(`Accueil premium ${run}`);
    await page.getByLabel("Monthly price (€)").fill("89");
    await expectAccessible(page);
    await page.getByRole("button", { name: "Create an offer" }).click();
    await page.getByText(`Offer “Accueil premium ${run}” created.`).waitFor();

    await page.getByRole("link", { name: "Job offers" }).click();
    await page.getByRole("heading", { level: 1, name: "Job offers" }).waitFor();
    await page.getByRole("heading", { level: 2, name: `Infirmière de nuit ${run}` }).waitFor();
    await expectAccessible(page);
    await page.getByRole("button", { name: `Approve “Infirmière de nuit ${run}”` }).click();
    await page.getByText(`Offer “Infirmière de nuit ${run}” is online.`).waitFor();

    await page.getByRole("link", { name: "Employer kit" }).click();
    await page.getByRole("link", { name: `Vivre ici ${run}` }).waitFor();
    await expectAccessible(page);
    await page.getByLabel("Type").selectOption("newsletter");
    await page.getByLabel("Title").fill("For your staff newsletter");
    await page.getByLabel("Text").fill("Moving here? The Conciergerie helps your family find a home and a school.");
    await page.getByRole("button", { name: "Add to the kit" }).click();
    await page.getByText("“For your staff newsletter” added to the kit.").waitFor();

    await page.getByRole("link", { name: "Settings" }).last().click();
    await page.getByRole("heading", { level: 1, name: "Partner employer settings" }).waitFor();
    await expectAccessible(page);

    await page.goto(`http://localhost:${port}/console/outcomes`);
    await page.getByRole("heading", { level: 2, name: "Estimated economic impact" }).waitFor();
    await page.getByText(/households installed × €32,571 per household per year/).waitFor();
    await expectAccessible(page);

    // The household's partner is a nurse: the offer just approved is there to pass on.
    await page.goto(`http://localhost:${port}/console/cases/${caseId}`);
    await page.getByRole("heading", { level: 1, name: household }).waitFor();
    await page.getByRole("heading", { level: 2, name: "Job offers for the partner" }).waitFor();
    await page.getByText(`Infirmière de nuit ${run}`).waitFor();
    await expectAccessible(page);
  });

  it("shows visitors the jobs board in their language, filtered", async () => {
    const page = await (await browser.newContext({ locale: "en-GB" })).newPage();
    await page.goto(`http://demo.localhost:${port}/jobs`);
    await page.getByRole("heading", { level: 1, name: "Job offers" }).waitFor();
    await page.getByRole("heading", { level: 2, name: `Infirmière de nuit ${run} (EN)` }).waitFor();
    await expectAccessible(page);
    await page.getByLabel("Contract").selectOption({ label: "Internship" });
    await page.getByRole("button", { name: "Show offers" }).click();
    await page.getByText("No offer matches. Try other filters.").waitFor();
    await expectAccessible(page);
  });

  it("lets an employer post a job offer, print its flyer and see its kit", async () => {
    const page = await (await browser.newContext({ locale: "en-GB" })).newPage();
    await page.goto(`http://demo.localhost:${port}/employer/jobs`);
    await page.getByRole("button", { name: "Sign in with my e-mail" }).click();
    await signInWithCode(page, contact);
    await page.getByRole("heading", { level: 1, name: "Your job offers" }).waitFor();
    await expectAccessible(page);
    await page.getByLabel("Job title").fill(`Cuisinier ${run}`);
    await page.getByLabel("Job description").fill("Restaurant d'entreprise, service du midi.");
    await page.getByLabel("Field").selectOption({ label: "Hotels and restaurants" });
    await page.getByLabel("Town").fill("Dole");
    await page.getByRole("button", { name: "Post an offer" }).click();
    await page.getByText(/it goes online once the territory approves it/).waitFor();
    await page.getByRole("heading", { level: 3, name: `Cuisinier ${run}` }).waitFor();

    await page.getByRole("link", { name: "Employer kit" }).click();
    await page.getByRole("heading", { level: 1, name: "Employer kit" }).waitFor();
    await page.getByRole("link", { name: `Vivre ici ${run}` }).waitFor();
    await page.getByText("Figures show from 5 households on, so that nobody can be recognised.").waitFor();
    await expectAccessible(page);
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download the flyer (PDF)" }).click();
    expect((await download).suggestedFilename()).toMatch(/^flyer-employer-[0-9a-f]{8}-fr\.pdf$/);
  });
});
