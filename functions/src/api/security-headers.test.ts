import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newTenant } from "../../../tests/support/actors";
import { signInBrowser } from "../../../tests/support/browserless";
import { createApp } from "./app";
import { localServer } from "./local";

let server: Awaited<ReturnType<typeof localServer>>;
let port: string;

beforeAll(async () => {
  // The built web app stands in as one page: what matters is how the server answers for it.
  const webDist = mkdtempSync(join(tmpdir(), "escale-web-"));
  writeFileSync(join(webDist, "index.html"), "<!doctype html><title>Escale</title><div id=root></div>");
  server = await localServer({ port: 0, webDist });
  port = new URL(server.url).port;
  process.env.ESCALE_PUBLIC_URL = `http://localhost:${port}`;
});
afterAll(() => server.close());

/** What a browser needs to refuse framing, foreign scripts and leaking the address. */
function expectProtected(response: Response) {
  const csp = response.headers.get("content-security-policy") ?? "";
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("object-src 'none'");
  expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
  expect(response.headers.get("x-frame-options")).toBe("DENY");
  expect(response.headers.get("x-content-type-options")).toBe("nosniff");
}

describe("security headers on HTML responses", () => {
  it("protect the sign-in code page the issuer renders", async () => {
    const { tenant } = await newTenant();
    const page = await signInBrowser(`http://${tenant.slug}.localhost:${port}`, server.url).start();
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toMatch(/text\/html/);
    expect(await page.text()).toMatch(/<form/);
    expectProtected(page);
  });

  it("protect the letters' unsubscribe page and the web app's pages, known portal or not", async () => {
    const { tenant } = await newTenant();
    const host = `${tenant.slug}.localhost:${port}`;
    const unsubscribe = await fetch(`${server.url}/letters/unsubscribe/not-a-token`, {
      headers: { "x-forwarded-host": host },
    });
    expect(unsubscribe.headers.get("content-type")).toMatch(/text\/html/);
    expectProtected(unsubscribe);
    const portalPage = await fetch(`${server.url}/events`, {
      headers: { "x-forwarded-host": host, accept: "text/html" },
    });
    expect(portalPage.status).toBe(200);
    expectProtected(portalPage);
    const unknown = await fetch(`${server.url}/`, { headers: { "x-forwarded-host": `nowhere.localhost:${port}` } });
    expect(unknown.status).toBe(404);
    expectProtected(unknown);
  });

  it("protect redirects and errors, and add HSTS only where the browser came over https", async () => {
    const malformed = await fetch(`${server.url}/trpc/portal.home`, { headers: { "x-forwarded-host": "a b" } });
    expect(malformed.status).toBe(400);
    expectProtected(malformed);
    expect(malformed.headers.get("strict-transport-security")).toBeNull();

    const previous = process.env.ESCALE_EDGE_SECRET;
    process.env.ESCALE_EDGE_SECRET = "edge-secret-for-this-test";
    try {
      // As in AWS: the function's own URL is https, and CloudFront vouches with its secret.
      const app = createApp();
      const secure = await app.request("https://api.example.test/health", {
        headers: { "x-escale-edge": "edge-secret-for-this-test", "x-forwarded-proto": "https" },
      });
      expect(secure.headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
      expectProtected(secure);
    } finally {
      if (previous === undefined) delete process.env.ESCALE_EDGE_SECRET;
      else process.env.ESCALE_EDGE_SECRET = previous;
    }
  });
});
