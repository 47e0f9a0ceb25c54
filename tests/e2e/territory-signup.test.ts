import { withActor } from "@escale/core/context";
import * as Seed from "@escale/core/seed";
import { inbox } from "@escale/local/inbox";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { expectAccessible, signInWithCode, startApp } from "../support/browser";

let app: Awaited<ReturnType<typeof startApp>>;
let browser: Browser;
let port: string;
const mail = () => inbox(inject("inboxUrl"));
const slug = `e2e-${Date.now().toString(36)}`;
const owner = `owner-${slug}@example.org`;
const agent = `agent-${slug}@example.org`;

beforeAll(async () => {
  await withActor({ type: "system" }, () => Seed.demo());
  app = await startApp();
  ({ browser, port } = app);
});
afterAll(() => app?.close());

describe("a territory signs up and gets its branded portal", () => {
  it("signs up, brands, shows the portal, invites an agent who signs in with agent rights", async () => {
    const context = await browser.newContext({ locale: "en-US" });
    const page = await context.newPage();

    await page.goto(`http://localhost:${port}/signup`);
    await expectAccessible(page);
    await page.getByLabel("Territory name").fill("Pays de Testval");
    await page.getByLabel("Kind of territory").selectOption("communes");
    await page.getByLabel("Web address (slug)").fill(slug);
    await expect.poll(() => page.getByText(`"${slug}" is available.`).count()).toBe(1);
    await page.getByLabel("English").check();
    await page.getByLabel("Your e-mail address").fill(owner);
    await page.getByRole("button", { name: "Create my territory" }).click();

    await expect.poll(() => page.getByLabel("E-mail address").inputValue()).toBe(owner);
    await signInWithCode(page, owner);
    await page.getByRole("heading", { name: "Getting started" }).waitFor();
    await expect.poll(() => page.getByText("Your role: owner").count()).toBeGreaterThan(0);

    await page.getByRole("link", { name: "Branding" }).click();
    await page.getByLabel("Primary colour", { exact: true }).fill("#ffff00");
    await page.getByRole("button", { name: "Save branding" }).click();
    await expect.poll(() => page.getByRole("alert").first().textContent()).toMatch(/4\.5:1/);
    await page.getByLabel("Primary colour", { exact: true }).fill("#0f5c4d");
    await page.getByLabel("Tagline (English)").fill("Live and work in Testval");
    await page.getByRole("button", { name: "Save branding" }).click();
    await page.getByText("Branding saved.").waitFor();

    const portal = await context.newPage();
    await portal.goto(`http://${slug}.localhost:${port}/`);
    await portal.getByRole("heading", { level: 1, name: "Live and work in Testval" }).waitFor();
    const headerColour = await portal
      .getByRole("banner")
      .evaluate((header) => getComputedStyle(header).backgroundColor);
    expect(headerColour).toBe("rgb(15, 92, 77)");
    await expectAccessible(portal);
    await portal.getByLabel(/language/i).selectOption("fr");
    expect(await portal.locator("html").getAttribute("lang")).toBe("fr");

    await page.getByRole("link", { name: "Team" }).click();
    await page.getByLabel("E-mail address").fill(agent);
    await page.getByLabel("Role").selectOption("agent");
    await page.getByRole("button", { name: "Send invitation" }).click();
    await page.getByText(`Invitation sent to ${agent}.`).waitFor();
    await mail().latest(agent, /vous invite/);
    await context.close();

    const agentContext = await browser.newContext({ locale: "en-US" });
    const agentPage = await agentContext.newPage();
    await agentPage.goto(`http://localhost:${port}/console`);
    await signInWithCode(agentPage, agent);
    // An agent's day starts in the inbox, not on the setup checklist.
    await agentPage.getByRole("heading", { name: "Cases", exact: true }).waitFor();
    await expect.poll(() => agentPage.getByText("Your role: agent").count()).toBeGreaterThan(0);
    await agentPage.getByRole("link", { name: "Branding" }).click();
    await expect
      .poll(() =>
        agentPage
          .getByRole("button", { name: "Save branding" })
          .isDisabled()
          .catch(() => true),
      )
      .toBe(true);
    await agentContext.close();
  });

  it("tells a visitor of an unknown territory so, with a 404", async () => {
    const page = await browser.newPage();
    const response = await page.goto(`http://no-such-territory.localhost:${port}/`);
    expect(response?.status()).toBe(404);
    await page.getByRole("heading", { name: "No territory at this address" }).waitFor();
    await page.close();
  });

  it("lays the portal out right-to-left in Arabic", async () => {
    const context = await browser.newContext({ locale: "ar" });
    const page = await context.newPage();
    await page.goto(`http://demo.localhost:${port}/`);
    await expect.poll(() => page.locator("html").getAttribute("dir")).toBe("rtl");
    await context.close();
  });
});
