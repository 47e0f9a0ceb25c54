import * as Team from "@escale/core/team";
import { inbox } from "@escale/local/inbox";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { asSystem, newTenant } from "../../../tests/support/actors";
import { signInOverHttp } from "../../../tests/support/browserless";
import { localServer } from "./local";

let server: Awaited<ReturnType<typeof localServer>>;
let platform: string;

beforeAll(async () => {
  server = await localServer({ port: 0 });
  const port = new URL(server.url).port;
  platform = `http://localhost:${port}`;
  process.env.ESCALE_PUBLIC_URL = platform;
});
afterAll(() => server.close());

/** A tRPC call over HTTP, as the web app makes it. */
async function trpc(
  path: string,
  options: { host?: string; token?: string; tenantId?: string; input?: unknown; mutation?: boolean } = {},
) {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (options.host) headers["x-forwarded-host"] = options.host;
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.tenantId) headers["x-escale-tenant"] = options.tenantId;
  const url = new URL(`/trpc/${path}`, server.url);
  if (!options.mutation && options.input !== undefined) url.searchParams.set("input", JSON.stringify(options.input));
  const response = await fetch(url, {
    method: options.mutation ? "POST" : "GET",
    headers,
    body: options.mutation ? JSON.stringify(options.input ?? {}) : undefined,
  });
  const body = (await response.json()) as {
    result?: { data: unknown };
    error?: { message: string; data: { field?: string } };
  };
  return { status: response.status, data: body.result?.data, error: body.error };
}

describe("the HTTP API", () => {
  it("answers health", async () => {
    expect(await (await fetch(`${server.url}/health`)).json()).toEqual({ status: "ok" });
  });

  it("serves a portal by host, and 404 for an unknown territory", async () => {
    const { tenant } = await newTenant();
    const port = new URL(server.url).port;
    const found = await trpc("portal.home", { host: `${tenant.slug}.localhost:${port}` });
    expect(found).toMatchObject({ status: 200, data: { slug: tenant.slug, name: tenant.name } });
    const unknown = await trpc("portal.home", { host: `no-such-place.localhost:${port}` });
    expect(unknown.status).toBe(404);
    expect(unknown.error?.message).toMatch(/no territory at this address/i);
  });

  it("names the field of bad input", async () => {
    const answer = await trpc("platform.slugAvailability", { input: { slug: 42 } });
    expect(answer.status).toBe(400);
    expect(answer.error?.message).toMatch(/^slug:/);
  });

  it("signs in with an e-mail code, signs up a territory, and refuses a stale session after sign-out", async () => {
    const email = `founder-${Date.now()}@example.org`;
    const tokens = await signInOverHttp(platform, email, server.url);
    const before = await trpc("platform.memberships", { token: tokens.access });
    expect(before).toMatchObject({ status: 200, data: [] });

    const slug = `http-${Date.now().toString(36)}`;
    const created = await trpc("platform.signUp", {
      token: tokens.access,
      mutation: true,
      input: {
        name: "Pays de Test",
        kind: "region",
        country: "FR",
        slug,
        defaultLanguage: "fr",
        languages: ["fr", "en"],
      },
    });
    expect(created).toMatchObject({ status: 200, data: { slug } });
    const tenantId = (created.data as { tenantId: string }).tenantId;
    const settings = await trpc("console.settings", { token: tokens.access, tenantId });
    expect(settings).toMatchObject({ status: 200, data: { tenant: { slug } } });

    const signOut = await fetch(`${server.url}/signout`, {
      method: "POST",
      body: JSON.stringify({ refresh: tokens.refresh }),
    });
    expect(signOut.status).toBe(204);
    const refreshed = await fetch(`${server.url}/token`, {
      method: "POST",
      body: new URLSearchParams({ grant_type: "refresh_token", refresh_token: tokens.refresh }),
    });
    expect(refreshed.ok).toBe(false);
  });

  it("knows a signed-in newcomer on a portal, who sees the portal and their own requests", async () => {
    const { tenant } = await newTenant();
    const portal = `http://${tenant.slug}.localhost:${new URL(server.url).port}`;
    const tokens = await signInOverHttp(portal, `newcomer-${Date.now()}@example.org`, server.url);
    const host = new URL(portal).host;
    expect(await trpc("portal.home", { host, token: tokens.access })).toMatchObject({
      status: 200,
      data: { slug: tenant.slug },
    });
    expect(await trpc("help.myRequests", { host, token: tokens.access })).toMatchObject({ status: 200, data: [] });
    expect((await trpc("help.myRequests", { host })).status).toBe(401);
  });

  it("answers a visitor who asks too fast with 429 and Retry-After", async () => {
    const { tenant } = await newTenant();
    const host = `${tenant.slug}.localhost:${new URL(server.url).port}`;
    const ask = () =>
      fetch(new URL("/trpc/assistant.ask", server.url), {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-host": host },
        body: JSON.stringify({ question: "Où trouver un médecin ?", sessionId: "impatient-visitor-0001" }),
      });
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i < 12; i++) {
      last = await ask();
      statuses.push(last.status);
    }
    expect(statuses.slice(0, 10).every((status) => status === 200)).toBe(true);
    expect(last?.status).toBe(429);
    const seconds = Number(last?.headers.get("retry-after"));
    expect(seconds).toBeGreaterThan(0);
    const body = (await last?.json()) as { error: { data: { retryAfterSeconds: number } } };
    expect(body.error.data.retryAfterSeconds).toBe(seconds);
  });

  it("refuses a console call for a tenant the person does not belong to", async () => {
    const { tenant } = await newTenant();
    const tokens = await signInOverHttp(platform, `outsider-${Date.now()}@example.org`, server.url);
    const answer = await trpc("console.settings", { token: tokens.access, tenantId: tenant.tenantId });
    expect(answer.status).toBe(403);
    const forged = await trpc("console.settings", { token: `${tokens.access}x`, tenantId: tenant.tenantId });
    expect(forged.status).toBe(401);
  });

  it("sends the sign-in code in the portal's language under the territory's name, and from Escale on the platform", async () => {
    const { tenant } = await newTenant({ languages: ["fr", "en", "uk"] });
    const port = new URL(server.url).port;
    const newcomer = `newcomer-${Date.now()}@example.org`;
    await signInOverHttp(`http://${tenant.slug}.localhost:${port}`, newcomer, server.url, "uk");
    const code = await inbox(inject("inboxUrl")).latest(newcomer, /ваш код для входу \d{6}/);
    expect(code.subject).toMatch(new RegExp(`^${tenant.name}: ваш код для входу \\d{6}$`));
    expect(code.from[0]?.name).toBe(tenant.name);

    const person = `person-${Date.now()}@example.org`;
    await signInOverHttp(platform, person, server.url);
    const platformCode = await inbox(inject("inboxUrl")).latest(person, /\b\d{6}\b/);
    expect(platformCode.from[0]?.name).toBe("Escale");
  });

  it("turns an invitation into a membership when the invitee signs in", async () => {
    const { tenant } = await newTenant();
    const invitee = `agent-${Date.now()}@example.org`;
    await asSystem(() => Team.invite({ email: invitee, role: "agent" }), tenant.tenantId);
    const invitation = await inbox(inject("inboxUrl")).latest(invitee, /vous invite/);
    expect(invitation.subject).toContain(tenant.name);

    const tokens = await signInOverHttp(platform, invitee, server.url);
    const memberships = await trpc("platform.memberships", { token: tokens.access });
    expect(memberships.data).toEqual([
      { tenantId: tenant.tenantId, role: "agent", slug: tenant.slug, name: tenant.name },
    ]);
    const team = await trpc("team.list", { token: tokens.access, tenantId: tenant.tenantId });
    expect(team.data).toMatchObject({
      invitations: [],
      members: expect.arrayContaining([expect.objectContaining({ email: invitee, role: "agent" })]),
    });
    const branding = await trpc("console.updateBranding", {
      token: tokens.access,
      tenantId: tenant.tenantId,
      mutation: true,
      input: { primaryColor: "#000000", tagline: {}, hero: {}, expectedVersion: tenant.version },
    });
    expect(branding.status).toBe(403);
  });
});
