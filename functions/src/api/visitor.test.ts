import * as Assistant from "@escale/core/assistant";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newTenant } from "../../../tests/support/actors";
import { localServer } from "./local";
import { visitorCookie } from "./visitor";

let server: Awaited<ReturnType<typeof localServer>>;
beforeAll(async () => {
  server = await localServer({ port: 0 });
});
afterAll(() => server.close());

/** A portal visitor's question over HTTP, with the cookie they hold (if any) and a conversation id of their choosing. */
async function ask(host: string, cookie?: string, sessionId = `s-${Math.random().toString(36).slice(2, 12)}`) {
  const response = await fetch(new URL("/trpc/assistant.ask", server.url), {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-host": host, ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ question: "Où trouver un médecin ?", sessionId }),
  });
  const set = response.headers.getSetCookie().find((line) => line.startsWith(`${visitorCookie}=`));
  return { status: response.status, cookie: set?.split(";")[0] };
}

/** A fresh territory, once the current minute's window has room for a test's questions. */
async function portal() {
  // Limits count per fixed minute: starting late in one would split the count over two.
  const second = new Date().getSeconds();
  if (second > 35) await new Promise((resolve) => setTimeout(resolve, (61 - second) * 1000));
  const { tenant } = await newTenant();
  return `${tenant.slug}.localhost:${new URL(server.url).port}`;
}

describe("portal visitors' rate limits", () => {
  it("give a new visitor a signed cookie, and count them by it rather than by any id they send", {
    timeout: 90_000,
  }, async () => {
    const host = await portal();
    const first = await ask(host);
    expect(first.status).toBe(200);
    expect(first.cookie).toMatch(new RegExp(`^${visitorCookie}=[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]+$`));
    const cookie = first.cookie as string;
    // A returning visitor keeps their cookie: nothing new is set.
    expect((await ask(host, cookie)).cookie).toBeUndefined();
    for (let i = 1; i < Assistant.limits.visitor.max; i++) expect((await ask(host, cookie)).status).toBe(200);
    // Changing the conversation id each time changes nothing.
    expect((await ask(host, cookie, "a-fresh-session-id")).status).toBe(429);

    // Another visitor at the same address (a town hall's network) still gets answers.
    const neighbour = (await ask(host)).cookie as string;
    expect((await ask(host, neighbour)).status).toBe(200);
  });

  it("count a client that drops or forges the cookie by its address, at one visitor's rate", async () => {
    const host = await portal();
    const [id] = ((await ask(host)).cookie ?? "").split("=")[1]?.split(".") ?? [];
    const forged = `${visitorCookie}=${id}.${Buffer.from("not the server's signature!").toString("base64url")}`;
    const statuses: number[] = [];
    for (let i = 0; i < Assistant.limits.visitor.max + 1; i++)
      statuses.push((await ask(host, i % 2 ? forged : undefined)).status);
    // The first request above was one of this address's cookie-less questions too.
    expect(statuses.filter((status) => status === 200)).toHaveLength(Assistant.limits.visitor.max - 1);
    expect(statuses.at(-1)).toBe(429);
  });

  it("cap an address however many cookies it collects, below the territory's ceiling", {
    timeout: 90_000,
  }, async () => {
    const host = await portal();
    expect(Assistant.limits.address.max).toBeLessThan(Assistant.limits.tenant.max);
    let answered = 0;
    for (let i = 0; i < Assistant.limits.address.max; i++) {
      // A fresh cookie for every question: each is a "new visitor" of that address.
      const fresh = (await ask(host)).cookie;
      if ((await ask(host, fresh)).status === 200) answered++;
    }
    // Each round asks twice from the address (for the cookie, then with it): half the rounds pass.
    expect(answered).toBe(Assistant.limits.address.max / 2);
  });
});
