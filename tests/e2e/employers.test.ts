import { withActor } from "@escale/core/context";
import * as Seed from "@escale/core/seed";
import { localCheckoutCopy } from "@escale/functions/billing/local-checkout-copy";
import { inbox } from "@escale/local/inbox";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { expectAccessible, signInWithCode, startApp } from "../support/browser";

let app: Awaited<ReturnType<typeof startApp>>;
let browser: Browser;
let port: string;
const mail = () => inbox(inject("inboxUrl"));
const run = Date.now().toString(36);
const hr = `rh-${run}@example.org`;
const company = `Scierie du Lorvanne ${run}`;
const recruit = { name: `Mykola Shevchenko ${run}`, email: `mykola-${run}@example.org` };
/** Names and addresses inside the portal's sentences are isolated for right-to-left languages. */
const isolated = (text: string) => `\u2068${text}\u2069`;

beforeAll(async () => {
  // The demo territory sells one offer on a local account, as `pnpm dev` shows it.
  await withActor({ type: "system" }, () => Seed.demo());
  app = await startApp();
  ({ browser, port } = app);
});
afterAll(() => app?.close());

describe("partner employers", () => {
  it("an employer signs up, pays, refers a recruit, and the recruit's request reaches the Conciergerie attributed to it", async () => {
    const portal = await (await browser.newContext({ locale: "en-US" })).newPage();
    await portal.goto(`http://demo.localhost:${port}/`);
    await portal.getByRole("link", { name: "Employers: help your recruits settle in" }).click();
    await portal.getByRole("heading", { level: 1, name: "Become a partner employer" }).waitFor();
    await expectAccessible(portal);
    await portal.getByRole("button", { name: "Confirm my e-mail address" }).click();
    await signInWithCode(portal, hr);

    // Back on the sign-up form, signed in; a SIRET failing its check is refused on its field.
    await portal.getByLabel("Company name").fill(company);
    await portal.getByLabel("SIRET number").fill("732 829 320 00075");
    await portal.getByLabel("Sector of activity (optional)").fill("Wood");
    await portal.getByLabel("Number of employees (optional)").selectOption({ label: "10-49 employees" });
    await portal.getByLabel(/^Welcoming your recruits: €49\.00 a month/).check();
    await expectAccessible(portal);
    await portal.getByRole("button", { name: "Continue to payment" }).click();
    await portal.getByText("This SIRET number is not valid: please check its digits.").waitFor();
    expect(await portal.evaluate(() => document.activeElement?.id)).toBe("siret");
    await portal.getByLabel("SIRET number").fill("732 829 320 00074");
    await portal.getByRole("button", { name: "Continue to payment" }).click();

    // Without Stripe keys, the local checkout page stands in for Stripe's.
    const words = localCheckoutCopy.en;
    await portal.getByText(words.notice).waitFor();
    await portal.getByText("€49.00 per month").waitFor();
    await expectAccessible(portal);
    // Cancelling comes back to the space, where the company is kept and the offer can be chosen again.
    await portal.getByRole("link", { name: words.cancel }).click();
    await portal.getByRole("heading", { level: 1, name: "Choose an offer" }).waitFor();
    await expectAccessible(portal);
    await portal.getByLabel(/^Welcoming your recruits: €490\.00 a year/).check();
    await portal.getByRole("button", { name: "Continue to payment" }).click();
    await portal.getByText("€490.00 per year").waitFor();
    await portal.getByRole("button", { name: words.pay }).click();
    await portal.getByText("Thank you: your subscription is active.").waitFor();
    await portal.getByRole("heading", { level: 1, name: `Welcome, ${company}` }).waitFor();
    await portal.getByText("Your space is open: you can refer recruits.").waitFor();
    await expectAccessible(portal);

    await portal.getByRole("link", { name: "Billing" }).first().click();
    await portal.getByText(/This installation runs without Stripe/).waitFor();
    await expectAccessible(portal);

    await portal.getByRole("link", { name: "People" }).click();
    await portal.getByText(hr).waitFor();
    await expectAccessible(portal);

    await portal.getByRole("link", { name: "Refer a recruit" }).first().click();
    await portal.getByRole("heading", { level: 1, name: "Refer a recruit" }).waitFor();
    await portal.getByText("Referrals this year: 0 of 10").waitFor();
    await portal.getByLabel("Name").fill(recruit.name);
    await portal.getByLabel("E-mail address").fill(recruit.email);
    await portal.getByLabel("Language of the invitation").selectOption({ label: "English" });
    await portal.getByLabel("Adults in the household (optional)").fill("2");
    const since = Date.now();
    await portal.getByRole("button", { name: "Send the invitation" }).click();
    await portal.getByText(`Invitation sent to ${isolated(recruit.name)} (${isolated(recruit.email)}).`).waitFor();
    await portal.getByText("Referrals this year: 1 of 10").waitFor();
    await portal
      .getByRole("row", { name: new RegExp(recruit.name) })
      .getByText("Invited")
      .waitFor();
    await expectAccessible(portal);

    // The recruit opens the invitation and tells the Conciergerie about the household, consenting.
    const invitation = await mail().latest(recruit.email, /can help you settle in/, 15_000, since);
    expect(invitation.text).toContain(company);
    const link = invitation.text?.match(/http:\/\/\S+\/help\?src=[\w-]+/)?.[0];
    expect(link).toBeDefined();
    const household = await (await browser.newContext({ locale: "en-US" })).newPage();
    await household.goto(link ?? "");
    await household.getByRole("heading", { level: 1, name: "Get help settling in" }).waitFor();
    await household.getByText(`You came through ${isolated(company)}.`).waitFor();
    await household.getByLabel("Your name").fill(recruit.name);
    await household.getByLabel("Your e-mail address").fill(recruit.email);
    await household.getByLabel("Number of adults").fill("2");
    await household.getByLabel("Country you are coming from").selectOption({ label: "Ukraine" });
    await household.getByLabel("Housing").check();
    await household.getByLabel(/I have read this notice/).check();
    await household.getByRole("button", { name: "Send my request" }).click();
    await household.getByRole("heading", { level: 1, name: "Your request has been sent" }).waitFor();

    // The territory's staff find the case in their inbox, attributed to the employer.
    const staff = await (await browser.newContext({ locale: "en-US" })).newPage();
    await staff.goto(`http://localhost:${port}/console/cases`);
    await signInWithCode(staff, Seed.demoOwner);
    await staff.getByRole("link", { name: recruit.name }).click();
    await staff.getByRole("heading", { level: 1, name: recruit.name }).waitFor();
    await staff.getByText(`Asked for help through ${company}`).waitFor();
  });
});
