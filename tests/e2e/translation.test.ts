import { randomUUID } from "node:crypto";
import { Intake } from "@escale/core/conciergerie";
import { withActor } from "@escale/core/context";
import * as Knowledge from "@escale/core/knowledge";
import { codePageCopy } from "@escale/functions/auth/code-page-copy";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newTenant } from "../support/actors";
import { expectAccessible, signInWithCode, startApp } from "../support/browser";
import { intake } from "../support/households";
import { startTranslateEndpoint } from "../support/translate-endpoint";

let app: Awaited<ReturnType<typeof startApp>>;
let stand: Awaited<ReturnType<typeof startTranslateEndpoint>>;
let browser: Browser;
let port: string;
let page: Page;
let tenantId: string;
let caseId: string;
let ownerEmail: string;
const household = "Ми переїжджаємо в березні.";

beforeAll(async () => {
  stand = await startTranslateEndpoint();
  const created = await newTenant({ languages: ["fr", "en", "uk"] });
  tenantId = created.tenant.tenantId;
  const admin = { type: "system" as const, tenantId };
  await withActor(admin, () =>
    Knowledge.create({
      slug: "trouver-un-medecin",
      category: "health",
      status: "published",
      translations: { fr: { title: "Trouver un médecin traitant", body: "Appelez la maison de santé." } },
    }),
  );
  ({ caseId } = await withActor({ type: "visitor", tenantId }, () =>
    Intake.submit(
      intake({
        contact: { name: "Oksana Melnyk", email: `oksana-${randomUUID().slice(0, 6)}@example.org`, language: "uk" },
        message: household,
      }),
    ),
  ));
  app = await startApp();
  ({ browser, port } = app);
  ownerEmail = created.ownerEmail;
});
afterAll(async () => {
  await app?.close();
  await stand?.close();
});

describe("translation help in the console", () => {
  it("lists what lacks a language, drafts an article by machine, and publishes it only after a review", async () => {
    page = await (await browser.newContext({ locale: "fr-FR" })).newPage();
    await page.goto(`http://localhost:${port}/console`);
    await signInWithCode(page, ownerEmail, codePageCopy.fr);
    await page.getByRole("link", { name: "Traductions" }).click();
    await page.getByRole("heading", { level: 1, name: "Traductions" }).waitFor();
    const row = page.getByRole("row", { name: /Trouver un médecin traitant/ });
    await row.getByText("ukrainien", { exact: true }).waitFor();
    await expectAccessible(page);

    await row.getByRole("button", { name: "Proposer une traduction en ukrainien" }).click();
    await page.getByRole("heading", { level: 1, name: "Relire une traduction en ukrainien" }).waitFor();
    await page.getByText("Traduction automatique, à relire").waitFor();
    const title = page.getByLabel("Titre en ukrainien");
    expect(await title.inputValue()).toBe("[uk] Trouver un médecin traitant");
    await expectAccessible(page);
    // Publishing is the review: it needs the reviewer's word.
    await title.fill("Знайти сімейного лікаря");
    await page.getByRole("button", { name: "Publier la traduction relue" }).click();
    await page.getByText("Cochez cette case une fois la traduction relue.").waitFor();
    await page.getByLabel(/J'ai relu cette traduction/).check();
    await page.getByRole("button", { name: "Publier la traduction relue" }).click();
    await page.getByText("Traduction en ukrainien publiée.").waitFor();
    const shown = await withActor({ type: "visitor", tenantId }, () =>
      Knowledge.article({ slug: "trouver-un-medecin", language: "uk" }),
    );
    expect(shown).toMatchObject({ language: "uk", title: "Знайти сімейного лікаря" });
    // The list refreshes after the publication, so the missing language leaves it shortly after.
    await expect
      .poll(
        () =>
          page
            .getByRole("row", { name: /Trouver un médecin traitant/ })
            .getByText("ukrainien")
            .count(),
        {
          timeout: 15_000,
        },
      )
      .toBe(0);
  });

  it("warns on the Languages page that a language has no privacy notice, and on the article page what is missing", async () => {
    await page.goto(`http://localhost:${port}/console/languages`);
    await page.getByText("Aucune notice de confidentialité en ukrainien").waitFor();
    await expectAccessible(page);
    await page.goto(`http://localhost:${port}/console/knowledge/articles/trouver-un-medecin`);
    await page.getByRole("heading", { level: 2, name: "Traductions" }).waitFor();
    await page.getByRole("button", { name: "Proposer une traduction en anglais" }).waitFor();
    await expectAccessible(page);
  });

  it("shows the agent the household's message in their language, and drafts the reply in the household's", async () => {
    await page.goto(`http://localhost:${port}/console/cases/${caseId}`);
    await page.getByText(`[fr] ${household}`).first().waitFor();
    await page.getByRole("button", { name: "Voir l'original" }).first().click();
    await page.getByText(household, { exact: true }).first().waitFor();
    await page.getByLabel("Message au foyer", { exact: true }).fill("Bonjour, nous vous appelons lundi.");
    await page.getByRole("button", { name: "Traduire en ukrainien" }).click();
    const draft = page.getByLabel("Message envoyé au foyer, en ukrainien");
    expect(await draft.inputValue()).toBe("[uk] Bonjour, nous vous appelons lundi.");
    await expectAccessible(page);
  });

  it("says why there is no machine help when the deployment has none", async () => {
    stand.unconfigure();
    await page.goto(`http://localhost:${port}/console/translations`);
    await page.getByText(/La traduction automatique n'est pas configurée/).waitFor();
    expect(await page.getByRole("button", { name: /Proposer une traduction/ }).count()).toBe(0);
    await expectAccessible(page);
    await page.goto(`http://localhost:${port}/console/branding`);
    await page.getByLabel(/^Logo \(/).waitFor();
    await expectAccessible(page);
    stand.configure();
  });
});
