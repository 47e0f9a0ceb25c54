import { randomUUID } from "node:crypto";
import { logger, metricNames } from "@escale/core/observability";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { newTenant } from "../../../tests/support/actors";
import { signInOverHttp } from "../../../tests/support/browserless";
import { intake } from "../../../tests/support/households";
import { localServer } from "./local";

/**
 * What the app writes to its logs while a newcomer asks for help, a person signs in and a
 * visitor asks the assistant, read as CloudWatch would: structured lines carrying the request
 * and the tenant, the counts, and nothing a person typed.
 */

let server: Awaited<ReturnType<typeof localServer>>;
let platform: string;
let written: string[] = [];

beforeAll(async () => {
  server = await localServer({ port: 0 });
  platform = `http://localhost:${new URL(server.url).port}`;
  process.env.ESCALE_PUBLIC_URL = platform;
});
afterAll(() => server.close());

/** Everything written to stdout and stderr, by the logger or anything else, at every level. */
function capture() {
  written = [];
  logger.setLogLevel("DEBUG");
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream);
    vi.spyOn(stream, "write").mockImplementation((chunk: string | Uint8Array, ...rest: unknown[]) => {
      written.push(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString());
      return (write as (...args: unknown[]) => boolean)(chunk, ...rest);
    });
  }
  for (const method of ["log", "info", "warn", "error", "debug"] as const)
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      written.push(args.map(String).join(" "));
    });
}
afterEach(() => {
  vi.restoreAllMocks();
  logger.setLogLevel("WARN");
});

/** The logger's JSON lines among what was written. */
function entries(): Record<string, unknown>[] {
  return written
    .flatMap((chunk) => chunk.split("\n"))
    .flatMap((line) => {
      try {
        const parsed = JSON.parse(line);
        return parsed && typeof parsed === "object" ? [parsed as Record<string, unknown>] : [];
      } catch {
        return [];
      }
    });
}

describe("logs and metrics", () => {
  it("carry request and tenant ids and the counts of intakes, sign-ins and assistant hand-overs, and no personal data", async () => {
    const { tenant, ownerEmail } = await newTenant();
    const host = `${tenant.slug}.localhost:${new URL(server.url).port}`;
    const marker = randomUUID().slice(0, 8);
    const household = intake({
      contact: {
        name: `Zinaida Marker${marker}`,
        email: `zinaida-${marker}@example.org`,
        phone: "+33 6 12 34 56 78",
        language: "fr",
      },
      message: `Nous arrivons avec notre chat Pistache${marker}.`,
    });
    const question = `Mon voisin Bartholomew${marker} joignable au 06 98 76 54 32 peut-il m'aider ?`;

    capture();
    const submitted = await fetch(new URL("/trpc/help.submit", server.url), {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-host": host },
      body: JSON.stringify(household),
    });
    expect(submitted.status).toBe(200);
    await signInOverHttp(platform, ownerEmail, server.url);
    const asked = await fetch(new URL("/trpc/assistant.ask", server.url), {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-host": host },
      body: JSON.stringify({ question }),
    });
    expect(asked.status).toBe(200);

    const lines = entries();
    const counted = (metric: string) => lines.filter((line) => line.metric === metric);
    const [intakeCount] = counted(metricNames.intake);
    expect(intakeCount).toMatchObject({ level: "DEBUG", service: "escale", tenantId: tenant.tenantId });
    expect(intakeCount?.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(counted(metricNames.signIn)).toHaveLength(1);
    const [handedOver] = counted(metricNames.assistantHandedOver);
    expect(handedOver).toMatchObject({ tenantId: tenant.tenantId });
    // Two requests, two ids.
    expect(handedOver?.requestId).not.toBe(intakeCount?.requestId);

    const everything = written.join("\n");
    for (const personal of [
      household.contact.email,
      household.contact.name,
      `Marker${marker}`,
      "12 34 56 78",
      "612345678",
      `Pistache${marker}`,
      ownerEmail,
      `Bartholomew${marker}`,
      "98 76 54 32",
    ])
      expect(everything, personal).not.toContain(personal);
  });
});
