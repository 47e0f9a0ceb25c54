import { inbox } from "@escale/local/inbox";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { newTenant } from "../../../tests/support/actors";
import { signInBrowser } from "../../../tests/support/browserless";
import { localServer } from "../api/local";

/** Sign-in attacked as an attacker would, over HTTP against the real issuer and mail catcher. */

let server: Awaited<ReturnType<typeof localServer>>;
let platform: string;

beforeAll(async () => {
  server = await localServer({ port: 0 });
  platform = `http://localhost:${new URL(server.url).port}`;
  process.env.ESCALE_PUBLIC_URL = platform;
});
afterAll(() => server.close());

const address = (name: string) => `${name}-${crypto.randomUUID().slice(0, 8)}@example.org`;
const wrong = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, "0");

async function consoleCall(token: string) {
  const response = await fetch(new URL("/trpc/platform.memberships", server.url), {
    headers: { authorization: `Bearer ${token}`, "x-forwarded-host": new URL(platform).host },
  });
  return response.status;
}

describe("sign-in codes", () => {
  it("void a code after 5 wrong guesses: the 30 guesses and then the right code are refused", async () => {
    const browser = signInBrowser(platform, server.url);
    await browser.start();
    const email = address("guessed");
    const { code } = await browser.askCode(email);
    const pages: string[] = [];
    for (let i = 0; i < 30; i++) {
      const page = await browser.typeCode(wrong(code ?? ""));
      expect(page.status).toBe(200);
      pages.push(await page.text());
    }
    expect(pages.slice(0, 4).every((page) => page.includes("That code is not right"))).toBe(true);
    expect(pages.slice(5).every((page) => page.includes("This code no longer works"))).toBe(true);
    const right = await browser.typeCode(code ?? "");
    expect(right.status).toBe(200);
    expect(await right.text()).toContain("Ask for a new one");
    // A new code works.
    const again = await browser.askCode(email, undefined, code);
    const signedIn = await browser.typeCode(again.code ?? "");
    expect(signedIn.status).toBe(302);
    expect(await consoleCall((await browser.tokens(signedIn)).access)).toBe(200);
  });

  it("signs in once per code: a captured cookie replayed with the right code gives no second session", async () => {
    const browser = signInBrowser(platform, server.url);
    await browser.start();
    const { code } = await browser.askCode(address("replayed"));
    const captured = new Map(browser.cookies);
    const first = await browser.typeCode(code ?? "");
    expect(first.status).toBe(302);
    browser.cookies.clear();
    for (const [name, value] of captured) browser.cookies.set(name, value);
    const replay = await browser.typeCode(code ?? "");
    expect(replay.status).toBe(200);
    expect(await replay.text()).toContain("This code no longer works");
  });

  it("sends at most 3 codes to one address in ten minutes, however fast they are asked for", async () => {
    const email = address("flooded");
    const since = Date.now();
    const pages = await Promise.all(
      Array.from({ length: 20 }, async () => {
        const browser = signInBrowser(platform, server.url);
        await browser.start();
        return (await browser.askCode(email, 0)).html;
      }),
    );
    expect(pages.filter((page) => page.includes("Too many codes")).length).toBe(17);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const sent = (await inbox(inject("inboxUrl")).all()).filter(
      (mail) => mail.to.some((to) => to.address === email) && Date.parse(mail.date) >= since - 1000,
    );
    expect(sent.length).toBe(3);
  });

  it("refuses an address that Unicode folding would turn into another (Kelvin sign K for k)", async () => {
    const browser = signInBrowser(platform, server.url);
    await browser.start();
    const { html } = await browser.askCode("\u212Aim@example.org", 0);
    expect(html).toContain("This e-mail address is not valid");
  });
});

describe("the issuer's doors", () => {
  const authorize = (redirectUri: string, host = new URL(platform).host) =>
    fetch(
      new URL(
        `/authorize?client_id=escale-web&response_type=code&redirect_uri=${encodeURIComponent(redirectUri)}`,
        server.url,
      ),
      { redirect: "manual", headers: { "x-forwarded-host": host } },
    );

  it("never redirects to another site, a javascript: address or a malformed one", async () => {
    for (const target of [
      "http://evil.test/callback",
      "javascript:alert(1)//",
      "http://[bad",
      `${platform}.evil.test/`,
    ]) {
      const response = await authorize(target);
      expect(response.status, target).toBe(400);
      expect(response.headers.get("location"), target).toBeNull();
    }
    expect((await authorize(`${platform}/callback`)).status).toBe(302);
  });

  it("serves no sign-in on a host that is neither the platform nor a territory", async () => {
    const port = new URL(server.url).port;
    const response = await authorize(`http://nowhere.localhost:${port}/callback`, `nowhere.localhost:${port}`);
    expect(response.status).toBe(404);
  });

  it("keeps a portal's session on its portal: refreshed on the platform, it never opens the console", async () => {
    const { tenant } = await newTenant();
    const portal = `http://${tenant.slug}.localhost:${new URL(server.url).port}`;
    const browser = signInBrowser(portal, server.url);
    await browser.start();
    const { code } = await browser.askCode(address("portal-visitor"));
    const tokens = await browser.tokens(await browser.typeCode(code ?? ""));
    expect(await consoleCall(tokens.access)).toBe(401);
    const onPlatform = signInBrowser(platform, server.url);
    const refreshed = await onPlatform.client.refresh(tokens.refresh);
    if (refreshed.err) throw refreshed.err;
    expect(await consoleCall(refreshed.tokens?.access ?? "")).toBe(401);
  });
});
