import { existsSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { localServer } from "@escale/functions/api/local";
import { type CodePageCopy, codePageCopy } from "@escale/functions/auth/code-page-copy";
import { inbox } from "@escale/local/inbox";
import { repoRoot } from "@escale/local/paths";
import { type Browser, chromium, type Page } from "playwright-core";
import { expect, inject } from "vitest";

export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Debian's Chromium, headless, kept off the network it cannot reach anyway. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(chromiumPath))
    throw new Error(
      `Chromium not found at ${chromiumPath}: install it (sudo apt-get install -y chromium) or set CHROMIUM_PATH.`,
    );
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** WCAG 2.2 AA rules from axe-core: no serious or critical violation on the page. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  const severe = results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`,
    );
  expect(severe).toEqual([]);
}

/**
 * The app as users get it: the built web app and the API on one local port, and a browser.
 * Links in e-mails point at that port.
 */
export async function startApp() {
  const server = await localServer({ port: 0, webDist: join(repoRoot, "web", "dist") });
  const port = new URL(server.url).port;
  process.env.ESCALE_PUBLIC_URL = `http://localhost:${port}`;
  const browser = await launchBrowser();
  return {
    browser,
    port,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** The code page's words the sign-in needs, in the language the browser asks for (English unless told). */
type CodePageWords = Pick<CodePageCopy, "emailLabel" | "sendCode" | "codeLabel" | "signIn">;

/** On the code page the server renders: ask for a code, read it in the local inbox, type it. */
export async function signInWithCode(page: Page, email: string, words: CodePageWords = codePageCopy.en) {
  const emailField = page.getByLabel(words.emailLabel);
  await emailField.waitFor();
  if ((await emailField.inputValue()) === "") await emailField.fill(email);
  const since = Date.now();
  await page.getByRole("button", { name: words.sendCode }).click();
  const message = await inbox(inject("inboxUrl")).latest(email, /\b\d{6}\b/, 15_000, since);
  const code = message.subject.match(/\b(\d{6})\b/)?.[1] ?? "";
  await page.getByLabel(words.codeLabel).fill(code);
  await page.getByRole("button", { name: words.signIn }).click();
}
