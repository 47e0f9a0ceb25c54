import { withActor } from "@escale/core/context";
import * as Seed from "@escale/core/seed";
import { inbox } from "@escale/local/inbox";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startApp } from "../support/browser";

let app: Awaited<ReturnType<typeof startApp>>;
let territory: string;

beforeAll(async () => {
  ({
    tenant: { name: territory },
  } = await withActor({ type: "system" }, () => Seed.demo()));
  app = await startApp();
});
afterAll(() => app?.close());

describe("a newcomer reading the portal in Ukrainian", () => {
  it("receives the sign-in code in Ukrainian, under the territory's name", async () => {
    const email = `olena-${Date.now().toString(36)}@example.org`;
    const portal = await (await app.browser.newContext({ locale: "uk-UA" })).newPage();
    await portal.goto(`http://demo.localhost:${app.port}/help/requests`);
    await portal.getByRole("heading", { level: 1, name: "Мої запити" }).waitFor();
    await portal.getByRole("button", { name: "Увійти за моєю електронною адресою" }).click();
    await portal.getByLabel("Електронна пошта").fill(email);
    const since = Date.now();
    await portal.getByRole("button", { name: "Надіслати мені код" }).click();

    const mail = await inbox(inject("inboxUrl")).latest(email, /\d{6}/, 15_000, since);
    expect(mail.subject).toMatch(/^Pays de Lorvanne: ваш код для входу \d{6}$/);
    expect(territory).toBe("Pays de Lorvanne");
    expect(mail.from[0]?.name).toBe("Pays de Lorvanne");
    expect(mail.text).toContain("Введіть цей код");
  });
});
