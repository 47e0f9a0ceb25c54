import * as Branding from "@escale/core/branding";
import { withActor } from "@escale/core/context";
import * as Files from "@escale/core/files";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newTenant } from "../support/actors";
import { startApp } from "../support/browser";
import { png } from "../support/images";

let app: Awaited<ReturnType<typeof startApp>>;
let browser: Browser;
let port: string;
let slug: string;
let logoUrl: string | undefined;

beforeAll(async () => {
  const { tenant, ownerEmail } = await newTenant();
  slug = tenant.slug;
  const key = `logos/${tenant.tenantId}/logo.png`;
  await Files.writeLocal(key, png(96, 96));
  const owner = {
    type: "staff" as const,
    userId: "owner",
    email: ownerEmail,
    tenantId: tenant.tenantId,
    role: "owner" as const,
  };
  ({ logoUrl } = await withActor(owner, () => Branding.useLogo({ key, expectedVersion: tenant.version })));
  app = await startApp();
  ({ browser, port } = app);
});
afterAll(() => app?.close());

describe("a portal's tab icon", () => {
  it("is the territory's logo", async () => {
    const page = await (await browser.newContext({ locale: "fr-FR" })).newPage();
    await page.goto(`http://${slug}.localhost:${port}/`);
    await page.locator(".portal-logo").waitFor();
    const icon = await page.locator('link[rel="icon"]').getAttribute("href");
    expect(logoUrl).toBeTruthy();
    expect(icon).toBe(logoUrl);
  });
});
