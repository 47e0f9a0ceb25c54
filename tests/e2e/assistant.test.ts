import { withActor } from "@escale/core/context";
import * as Seed from "@escale/core/seed";
import * as Team from "@escale/core/team";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, signInWithCode, startApp } from "../support/browser";

let app: Awaited<ReturnType<typeof startApp>>;
let browser: Browser;
let port: string;
const run = Date.now().toString(36);
const editor = `editor-${run}@example.org`;
const portal = () => `http://demo.localhost:${port}`;

beforeAll(async () => {
  // The demo territory comes with the sample knowledge (the fixture's articles) imported.
  const { tenant } = await withActor({ type: "system" }, () => Seed.demo());
  await withActor({ type: "system", tenantId: tenant.tenantId }, () => Team.invite({ email: editor, role: "editor" }));
  app = await startApp();
  ({ browser, port } = app);
});
afterAll(() => app?.close());

async function portalPage(locale: string): Promise<Page> {
  return (await browser.newContext({ locale })).newPage();
}

describe("the assistant answers newcomers from the territory's guide", () => {
  it("answers a Spanish question in the widget, citing an article that the link opens", async () => {
    const page = await portalPage("es-ES");
    await page.goto(`${portal()}/`);
    await page.getByRole("button", { name: "Hacer una pregunta" }).click();
    const chat = page.getByRole("dialog", { name: "Preguntar al asistente" });
    // The question box has the keyboard as soon as the widget opens.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("assistant-question");
    await chat.getByLabel("Su pregunta").fill("¿Hay ayudas para renovar una casa antigua?");
    await chat.getByText("42 / 1000 caracteres").waitFor();
    await chat.getByRole("button", { name: "Preguntar", exact: true }).click();

    const citation = chat.getByRole("link", { name: "Acheter et rénover une maison ancienne : les aides" });
    await citation.waitFor();
    // The article has no Spanish version: the answer quotes the French one and says so.
    await chat
      .getByText("Esta información aún no está disponible en español; aquí la tiene en francés.", { exact: true })
      .waitFor();
    // Screen readers hear the answer from the live region.
    await expect.poll(() => page.getByRole("status").filter({ hasText: "Maison de l'Habitat" }).count()).toBe(1);

    await citation.click();
    await page.waitForURL(`${portal()}/guide/aides-renovation-habitat`);
    await page.getByRole("heading", { level: 1, name: "Acheter et rénover une maison ancienne : les aides" }).waitFor();
    await page.getByText("Este artículo aún no está disponible en español; aquí lo tiene en francés.").waitFor();
    expect(await page.getByRole("dialog").count()).toBe(0);
    await expectAccessible(page);
  });

  it("offers the hand-over when the guide does not say, and the pre-filled request is sent", async () => {
    const page = await portalPage("es-ES");
    const question = "¿Cómo puedo cambiar mi permiso de conducir marroquí por uno francés?";
    await page.goto(`${portal()}/assistant`);
    await page.getByRole("heading", { level: 1, name: "Preguntar al asistente" }).waitFor();
    await page.getByLabel("Su pregunta").fill(question);
    await page.getByLabel("Su pregunta").press("Enter");
    const handover = page.getByRole("link", { name: "Enviar mi pregunta a un asesor" });
    await handover.waitFor();
    // It says it does not know rather than citing anything.
    expect(await page.locator(".answer").getByRole("link").count()).toBe(1);

    await handover.click();
    await page.getByRole("heading", { level: 1, name: "Pedir ayuda para instalarse" }).waitFor();
    expect(await page.getByLabel("Su pregunta al asistente").inputValue()).toBe(question);
    await page.getByLabel("Su nombre").fill(`Youssef Alaoui ${run}`);
    await page.getByLabel("Su dirección de correo electrónico").fill(`youssef-${run}@example.org`);
    await page.getByLabel("País de donde viene").selectOption({ label: "Marruecos" });
    await page.getByLabel("Trámites administrativos").check();
    await page.getByLabel(/He leído esta información/).check();
    await page.getByRole("button", { name: "Enviar mi solicitud" }).click();
    await page.getByRole("heading", { level: 1, name: "Su solicitud se ha enviado" }).waitFor();
  });

  it("lays the chat out right-to-left in Arabic, with no serious accessibility violation", async () => {
    const page = await portalPage("ar");
    await page.goto(`${portal()}/guide`);
    await page.getByRole("heading", { level: 1, name: "دليل الترحيب" }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe("rtl");
    await page.getByRole("button", { name: "اطرح سؤالًا" }).click();
    const chat = page.getByRole("dialog", { name: "اسأل المساعد" });
    await chat.getByLabel("سؤالك").fill("كيف أجد طبيبًا؟");
    await chat.getByRole("button", { name: "اسأل", exact: true }).click();
    await chat.locator(".answer").waitFor();
    expect(await chat.evaluate((element) => getComputedStyle(element).direction)).toBe("rtl");
    await expectAccessible(page);

    // Escape closes the widget and gives the keyboard back to the button that opened it.
    await page.keyboard.press("Escape");
    expect(await page.getByRole("dialog").count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("اطرح سؤالًا");
  });
});

describe("an editor imports articles in the console", () => {
  it("uploads a JSON file and reads what happened to each article", async () => {
    const page = await (await browser.newContext({ locale: "en-US" })).newPage();
    await page.goto(`http://localhost:${port}/console/knowledge/import`);
    await signInWithCode(page, editor);
    await page.getByRole("heading", { level: 1, name: "Import and export" }).waitFor();
    const file = {
      version: 1,
      articles: [
        {
          slug: `bibliotheques-${run}`,
          category: "leisure",
          translations: { fr: { title: "Les bibliothèques", body: "Inscription **gratuite** en mairie." } },
        },
        { slug: `sans-categorie-${run}`, translations: { fr: { title: "Sans catégorie", body: "Texte." } } },
      ],
    };
    await page.getByLabel("JSON file of articles").setInputFiles({
      name: "articles.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(file)),
    });
    await page.getByRole("button", { name: "Import 2 articles from articles.json" }).click();
    const report = page.getByRole("table", { name: /^Article by article: those not imported first/ });
    await report.waitFor();
    await report.getByRole("row", { name: new RegExp(`bibliotheques-${run}.*Created`) }).waitFor();
    // The article to fix comes first, though it is second in the file.
    const [first, second] = await report.locator("tbody tr").all();
    expect(await first?.getByRole("rowheader").textContent()).toBe(`sans-categorie-${run}`);
    expect(await first?.getByRole("cell").first().textContent()).toBe("2");
    expect(await first?.getByRole("cell").nth(1).textContent()).toBe("Not imported");
    expect(await first?.getByRole("cell").nth(2).textContent()).toBe("category");
    expect(await second?.getByRole("rowheader").textContent()).toBe(`bibliotheques-${run}`);
    // It fits the window: nothing to scroll sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await expectAccessible(page);

    await page.getByRole("link", { name: "Articles", exact: true }).click();
    await page.getByRole("link", { name: "Les bibliothèques" }).waitFor();
  });
});
