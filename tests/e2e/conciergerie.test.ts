import { Channels } from "@escale/core/conciergerie";
import { withActor } from "@escale/core/context";
import * as Seed from "@escale/core/seed";
import * as Team from "@escale/core/team";
import { inbox } from "@escale/local/inbox";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { expectAccessible, signInWithCode, startApp } from "../support/browser";

let app: Awaited<ReturnType<typeof startApp>>;
let browser: Browser;
let port: string;
const mail = () => inbox(inject("inboxUrl"));
const run = Date.now().toString(36);
const agent = `agent-${run}@example.org`;
const newcomer = { name: `Oksana Melnyk ${run}`, email: `oksana-${run}@example.org` };
const channel = { name: "Hôpital de Lorvanne", type: "employer" as const, code: `hopital-${run}` };
/** Names and addresses inside the portal's sentences are isolated for right-to-left languages. */
const isolated = (text: string) => `\u2068${text}\u2069`;

beforeAll(async () => {
  const { tenant } = await withActor({ type: "system" }, () => Seed.demo());
  await withActor({ type: "system", tenantId: tenant.tenantId }, async () => {
    await Channels.create(channel);
    await Team.invite({ email: agent, role: "agent" });
  });
  app = await startApp();
  ({ browser, port } = app);
});
afterAll(() => app?.close());

describe("the Conciergerie follows a household from sign-up to installation", () => {
  it("takes a request through a channel link, has an agent install the household, and counts it", async () => {
    const portal = await (await browser.newContext({ locale: "en-US" })).newPage();
    await portal.goto(`http://demo.localhost:${port}/help?src=${channel.code}`);
    await portal.getByRole("heading", { level: 1, name: "Get help settling in" }).waitFor();
    await portal.getByText(`You came through ${isolated(channel.name)}.`).waitFor();
    await expectAccessible(portal);

    // An incomplete request is refused field by field, starting with the first.
    await portal.getByRole("button", { name: "Send my request" }).click();
    await portal.getByText("Tell us your name.").waitFor();
    expect(await portal.evaluate(() => document.activeElement?.id)).toBe("contact.name");

    await portal.getByLabel("Your name").fill(newcomer.name);
    await portal.getByLabel("Your e-mail address").fill(newcomer.email);
    await portal.getByLabel("Number of adults").fill("2");
    await portal.getByRole("button", { name: "Add a child" }).click();
    await portal.getByLabel("Age of child 1").fill("7");
    await portal.getByLabel("Country you are coming from").selectOption({ label: "Ukraine" });
    await portal.getByLabel("City you are coming from (optional)").fill("Lviv");
    await portal.getByLabel("Housing").check();
    await portal.getByLabel("School").check();
    const consent = portal.getByLabel(/I have read this notice/);
    // WCAG 2.5.8: a target of at least 24×24 px, however long the label beside it.
    const box = await consent.boundingBox();
    expect(box?.width).toBeGreaterThanOrEqual(24);
    expect(box?.height).toBeGreaterThanOrEqual(24);
    await consent.check();
    // A double click sends the same request id twice: one case results.
    await portal.getByRole("button", { name: "Send my request" }).dblclick();
    await portal.getByRole("heading", { level: 1, name: "Your request has been sent" }).waitFor();
    await portal.getByText(`We have sent a confirmation e-mail to ${isolated(newcomer.email)}.`).waitFor();
    const confirmation = await mail().latest(newcomer.email, /we have received your request/);
    const followLink = confirmation.text?.match(/http:\/\/\S+\/help\/requests\/[\w-]+/)?.[0];
    expect(followLink).toBeDefined();

    const staff = await (await browser.newContext({ locale: "en-US" })).newPage();
    await staff.goto(`http://localhost:${port}/console/cases`);
    await signInWithCode(staff, agent);
    await staff.getByRole("heading", { level: 1, name: "Cases" }).waitFor();
    await expect.poll(() => staff.getByText("Your role: agent").count()).toBeGreaterThan(0);
    await staff.getByRole("link", { name: newcomer.name }).waitFor();
    expect(await staff.getByRole("link", { name: newcomer.name }).count()).toBe(1);
    await expectAccessible(staff);

    await staff.getByRole("link", { name: newcomer.name }).click();
    await staff.getByRole("heading", { level: 1, name: newcomer.name }).waitFor();
    await staff.getByRole("button", { name: "Assign to me" }).click();
    await staff.getByText("Assigned to you.").waitFor();
    await staff.getByRole("button", { name: "Mark as contacted" }).click();
    await staff.getByText("The case is now contacted.").waitFor();
    await staff.getByRole("button", { name: "Mark as accompanied" }).click();
    await staff.getByText("The case is now accompanied.").waitFor();
    await staff.getByRole("button", { name: "Record the installation…" }).click();
    await staff.getByLabel("Commune").fill("Lorvanne-le-Bourg");
    await staff.getByLabel("Children schooled").fill("1");
    await staff.getByRole("button", { name: "Mark as installed" }).click();
    await staff.getByText("The case is now installed.").waitFor();

    await staff.getByRole("link", { name: "Outcomes" }).click();
    const funnel = staff.getByRole("table", { name: /as a table/ });
    await expect
      .poll(() =>
        funnel
          .getByRole("row", { name: /^Installed/ })
          .getByRole("cell")
          .first()
          .textContent(),
      )
      .toBe("1");
    const byChannel = staff
      .getByRole("table", { name: "By channel" })
      .getByRole("row", { name: new RegExp(channel.name) });
    // Registered, contacted, accompanied, installed: the fourth column.
    expect(await byChannel.getByRole("cell").nth(3).textContent()).toBe("1");

    // The household follows its request from the e-mail's link, after signing in with a code.
    await portal.goto(followLink ?? "");
    await portal.getByRole("button", { name: "Sign in with my e-mail" }).click();
    await signInWithCode(portal, newcomer.email);
    await portal.getByText("You have settled in. Welcome!").waitFor();
    await portal.getByLabel("Write to your advisor").fill("Thank you for your help!");
    await portal.getByRole("button", { name: "Send", exact: true }).click();
    await portal.getByText("Message sent.").waitFor();
    await expectAccessible(portal);
  });
});
