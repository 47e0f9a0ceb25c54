import { Intake } from "@escale/core/conciergerie";
import { withActor } from "@escale/core/context";
import * as Seed from "@escale/core/seed";
import * as Team from "@escale/core/team";
import { codePageCopy } from "@escale/functions/auth/code-page-copy";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, signInWithCode, startApp } from "../support/browser";
import { intake } from "../support/households";

let app: Awaited<ReturnType<typeof startApp>>;
let browser: Browser;
let port: string;
const run = Date.now().toString(36);
const household = `Mariana Kovalenko ${run}`;
const agent = `agent-lang-${run}@example.org`;
let caseId: string;

beforeAll(async () => {
  const { tenant } = await withActor({ type: "system" }, () => Seed.demo());
  ({ caseId } = await withActor({ type: "visitor", tenantId: tenant.tenantId }, () =>
    Intake.submit(intake({ contact: { name: household, email: `mariana-${run}@example.org`, language: "uk" } })),
  ));
  await withActor({ type: "system", tenantId: tenant.tenantId }, () => Team.invite({ email: agent, role: "agent" }));
  app = await startApp();
  ({ browser, port } = app);
});
afterAll(() => app?.close());

const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);

describe("the console speaks the staff member's language", () => {
  it("shows a French browser the console in French, where the owner works a case", async () => {
    const page = await (await browser.newContext({ locale: "fr-FR" })).newPage();
    await page.goto(`http://localhost:${port}/console/cases`);
    await signInWithCode(page, Seed.demoOwner, codePageCopy.fr);
    await page.getByRole("heading", { level: 1, name: "Dossiers" }).waitFor();
    expect(await htmlLang(page)).toBe("fr");
    await page.getByText("Votre rôle : propriétaire").waitFor();
    await page.getByRole("link", { name: "Vue d'ensemble" }).waitFor();
    await expectAccessible(page);

    await page.goto(`http://localhost:${port}/console/cases/${caseId}`);
    await page.getByRole("heading", { level: 1, name: household }).waitFor();
    // Dates in French: "28 nov. 2026".
    const today = new Intl.DateTimeFormat("fr-FR", { dateStyle: "medium" }).format(new Date());
    await page.getByText(`Inscrit le ${today}.`).waitFor();
    await page.getByText("Écrit en ukrainien").waitFor();
    await page.getByText("2 adultes, 2 enfants de 4 et 9 ans").waitFor();
    await page.getByRole("button", { name: "Me l'attribuer" }).click();
    await page.getByText("Dossier attribué à vous-même.").waitFor();
    await page.getByRole("button", { name: "Marquer comme contacté" }).click();
    await page.getByText("Le dossier est maintenant à l'étape « Contacté ».").waitFor();
    await page.getByLabel("Nouvelle note").fill("Rappel prévu lundi.");
    await page.getByRole("button", { name: "Ajouter la note" }).click();
    await page.getByText("Note ajoutée.").waitFor();
    await page.getByRole("region", { name: "Historique" }).getByText("Passé à l'étape « Contacté »").waitFor();
    await expectAccessible(page);
  });

  it("shows an English browser the same console in English", async () => {
    const page = await (await browser.newContext({ locale: "en-GB" })).newPage();
    await page.goto(`http://localhost:${port}/console`);
    await signInWithCode(page, Seed.demoOwner);
    await page.getByText("Your role: owner").waitFor();
    expect(await htmlLang(page)).toBe("en");
    await page.getByRole("link", { name: "Overview" }).waitFor();
    await page.goto(`http://localhost:${port}/console/cases/${caseId}`);
    await page.getByText("Moved to contacted").waitFor();
    await page.getByText("Writes in Ukrainian").waitFor();
  });

  it("keeps the language a staff member chooses in the header, on any browser", async () => {
    const page = await (await browser.newContext({ locale: "en-US" })).newPage();
    await page.goto(`http://localhost:${port}/console`);
    await signInWithCode(page, agent);
    // An agent lands on the inbox, not on the setup checklist.
    await page.getByRole("heading", { level: 1, name: "Cases" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/console/cases");
    await page.getByText("Your role: agent").waitFor();
    await page.getByLabel("Language").selectOption("fr");
    await page.getByText("Votre rôle : chargé·e d'accueil").waitFor();
    expect(await htmlLang(page)).toBe("fr");
    await expectAccessible(page);

    // Another English browser, the same person: their choice, not the browser's language.
    const elsewhere = await (await browser.newContext({ locale: "en-US" })).newPage();
    await elsewhere.goto(`http://localhost:${port}/console`);
    await signInWithCode(elsewhere, agent);
    await elsewhere.getByText("Votre rôle : chargé·e d'accueil").waitFor();
    expect(await htmlLang(elsewhere)).toBe("fr");
  });
});
