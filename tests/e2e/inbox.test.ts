import { randomUUID } from "node:crypto";
import { Intake } from "@escale/core/conciergerie";
import { withActor } from "@escale/core/context";
import * as Knowledge from "@escale/core/knowledge";
import * as Seed from "@escale/core/seed";
import * as Team from "@escale/core/team";
import { codePageCopy } from "@escale/functions/auth/code-page-copy";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, signInWithCode, startApp } from "../support/browser";
import { intake } from "../support/households";

let app: Awaited<ReturnType<typeof startApp>>;
let browser: Browser;
let port: string;
let tenantId: string;
const run = Date.now().toString(36);
const agent = `agent-inbox-${run}@example.org`;
const helene = `Hélène Lefèvre ${run}`;
const moved = [`Anatoli Petrenko ${run}`, `Youssef Benali ${run}`];

beforeAll(async () => {
  const { tenant } = await withActor({ type: "system" }, () => Seed.demo());
  tenantId = tenant.tenantId;
  const submit = (name: string) =>
    withActor({ type: "visitor", tenantId: tenant.tenantId }, () =>
      Intake.submit(
        intake({
          contact: {
            name,
            email: `inbox-${randomUUID().slice(0, 8)}@example.org`,
            language: "fr",
          },
          needs: ["housing"],
        }),
      ),
    );
  // Oldest first: the two to move lead the inbox; enough households after them for a second page.
  for (const name of moved) await submit(name);
  await submit(helene);
  for (let n = 0; n < 26; n++) await submit(`Famille Martin ${n} ${run}`);
  await withActor({ type: "system", tenantId: tenant.tenantId }, () => Team.invite({ email: agent, role: "agent" }));
  app = await startApp();
  ({ browser, port } = app);
});
afterAll(() => app?.close());

describe("an inbox for a working day, in French", () => {
  it("finds a household typed without accents, keeps the filtered page across Back, and moves two cases at once", async () => {
    const page = await (await browser.newContext({ locale: "fr-FR" })).newPage();
    await page.goto(`http://localhost:${port}/console/cases`);
    await signInWithCode(page, agent, codePageCopy.fr);
    await page.getByRole("heading", { level: 1, name: "Dossiers" }).waitFor();
    // Tab counts come from the counts kept with every change.
    await page.getByRole("link", { name: "Inscrit (29 dossiers)" }).waitFor();

    // A filtered, sorted second page, then a case, then Back: the same page, the same filters.
    await page.getByLabel("Besoin").selectOption({ label: "Logement" });
    await page.getByLabel("Ordre").selectOption({ label: "Les plus récents d'abord" });
    await page.getByRole("button", { name: "Page suivante" }).click();
    await page.getByText("Page 2", { exact: true }).waitFor();
    // Newest first, page 2 holds the oldest: the two households registered first.
    await page.getByRole("link", { name: moved[0] }).click();
    await page.getByRole("heading", { level: 1, name: moved[0] }).waitFor();
    await page.goBack();
    await page.getByText("Page 2", { exact: true }).waitFor();
    expect(new URL(page.url()).searchParams.get("need")).toBe("housing");
    expect(new URL(page.url()).searchParams.get("sort")).toBe("newest");
    expect(await page.getByLabel("Besoin").inputValue()).toBe("housing");
    await page.getByRole("link", { name: moved[1] }).waitFor();
    await page.getByRole("button", { name: "Page précédente" }).click();
    await page.getByRole("link", { name: `Famille Martin 25 ${run}` }).waitFor();

    // Search by name without accents nor capitals; Back from the case returns to the results.
    await page.getByRole("textbox", { name: "Chercher un foyer" }).fill("helene lefe");
    await page.getByRole("button", { name: "Chercher", exact: true }).click();
    await page.getByText("1 foyer trouvé.").waitFor();
    await expectAccessible(page);
    await page.getByRole("link", { name: helene }).click();
    await page.getByRole("heading", { level: 1, name: helene }).waitFor();
    await page.goBack();
    await page.getByText("1 foyer trouvé.").waitFor();
    expect(await page.getByRole("textbox", { name: "Chercher un foyer" }).inputValue()).toBe("helene lefe");
    await page.getByRole("button", { name: "Revenir aux dossiers" }).click();

    // Two cases ticked and moved to "contacted" at once.
    await page.getByLabel("Besoin").selectOption({ label: "Tous les besoins" });
    await page.getByLabel("Ordre").selectOption({ label: "Les plus anciens d'abord" });
    for (const name of moved) await page.getByRole("checkbox", { name: `Cocher le dossier de ${name}` }).check();
    await page.getByRole("heading", { name: "Action sur les dossiers cochés (2)" }).waitFor();
    await page.getByLabel("Déplacer à l'étape").selectOption({ label: "Contacté" });
    await page.getByRole("button", { name: "Déplacer les 2 dossiers" }).click();
    await page.getByText("2 dossiers déplacés à l'étape « Contacté ».").waitFor();
    await page.getByRole("link", { name: "Contacté (2 dossiers)" }).waitFor();
    await page.getByRole("link", { name: "Inscrit (27 dossiers)" }).waitFor();
    await expectAccessible(page);
    await page.getByRole("link", { name: "Contacté (2 dossiers)" }).click();
    for (const name of moved) await page.getByRole("link", { name }).waitFor();
  });

  it("lets the owner change a member's role, shows it in the history, and keeps the last owner", async () => {
    const page = await (await browser.newContext({ locale: "fr-FR" })).newPage();
    await page.goto(`http://localhost:${port}/console/team`);
    await signInWithCode(page, Seed.demoOwner, codePageCopy.fr);
    await page.getByRole("heading", { level: 1, name: "Équipe" }).waitFor();
    await page.getByLabel(`Nouveau rôle de ${agent}`).selectOption({ label: "lecteur·rice" });
    await page.getByRole("button", { name: `Changer le rôle de ${agent}` }).click();
    await page.getByText(`${agent} est maintenant lecteur·rice.`).waitFor();
    await page
      .getByRole("row", { name: new RegExp(agent) })
      .getByRole("cell", { name: "lecteur·rice", exact: true })
      .waitFor();
    await page
      .getByRole("region", { name: "Historique de l'équipe" })
      .getByText(`${Seed.demoOwner} a changé le rôle de ${agent} : chargé·e d'accueil → lecteur·rice.`)
      .waitFor();

    // The only owner cannot leave: the refusal says why and what to do, in French.
    await page.getByRole("button", { name: "Quitter le territoire" }).click();
    await page.getByRole("button", { name: "Oui, quitter" }).click();
    await page
      .getByRole("alert")
      .filter({ hasText: /^Un territoire garde toujours au moins un propriétaire/ })
      .waitFor();
    await expectAccessible(page);
  });
});

describe("the portal's guide, in French", () => {
  it("pages a topic of the portal's guide with many articles, the page kept in the address", async () => {
    await withActor({ type: "system", tenantId }, () =>
      Knowledge.importArticles({
        version: 1,
        articles: Array.from({ length: 14 }, (_, n) => ({
          slug: `sante-pratique-${n}`,
          category: "health" as const,
          translations: { fr: { title: `Santé pratique ${n}`, body: "Où se soigner près de chez soi." } },
        })),
      }),
    );
    const page = await (await browser.newContext({ locale: "fr-FR" })).newPage();
    await page.goto(`http://demo.localhost:${port}/guide`);
    await page.getByRole("link", { name: /^Voir les \d+ articles du thème « Santé »$/ }).click();
    const pages = page.getByRole("navigation", { name: "Pages du thème « Santé »" });
    await pages.getByText(/^Page 1 sur \d$/).waitFor();
    await pages.getByRole("link", { name: "Page suivante" }).click();
    await pages.getByText(/^Page 2 sur \d$/).waitFor();
    expect(new URL(page.url()).searchParams.get("page")).toBe("2");
    await expectAccessible(page);
    await page.goBack();
    await pages.getByText(/^Page 1 sur \d$/).waitFor();
  });
});
