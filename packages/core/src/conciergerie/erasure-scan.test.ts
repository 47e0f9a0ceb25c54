import { randomUUID } from "node:crypto";
import { ScanCommand } from "@aws-sdk/lib-dynamodb";
import type { Actor } from "@escale/core/actor";
import * as Assistant from "@escale/core/assistant";
import { Enrolment, leave } from "@escale/core/bienvenue";
import { CaseFile, Erasure, Intake, Newcomer, Retention } from "@escale/core/conciergerie";
import { config } from "@escale/core/config";
import { withActor } from "@escale/core/context";
import { db, documents } from "@escale/core/db";
import { localServer } from "@escale/functions/api/local";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newTenant, staff } from "../../../../tests/support/actors";
import { signInBrowser } from "../../../../tests/support/browserless";
import { intake } from "../../../../tests/support/households";
import { redact } from "../assistant/redact";

/**
 * A person uses every door (the assistant as a visitor and signed in, the intake form, sign-in,
 * messages, Bienvenue enrolment), then leaves; afterwards a Scan of the tenant's items and of
 * the platform partitions finds no copy of their name, address, phone or words.
 */

let server: Awaited<ReturnType<typeof localServer>>;
beforeAll(async () => {
  server = await localServer({ port: 0 });
});
afterAll(() => server.close());

/** Every item of the tenant and of the platform partitions, as stored. */
async function itemsOf(tenantId: string): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await documents().send(new ScanCommand({ TableName: config().table, ExclusiveStartKey: start }));
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start);
  return items.filter((item) => {
    const keys = Object.entries(item)
      .filter(([name]) => /^(pk|gsi\dpk)$/.test(name))
      .map(([, value]) => String(value));
    return keys.some((key) => key.startsWith(`t#${tenantId}`) || key.startsWith("p#"));
  });
}

describe("erasure", () => {
  it("leaves no copy of a person who leaves the programme, and ends their sessions", { timeout: 120_000 }, async () => {
    const { tenant } = await newTenant();
    const tenantId = tenant.tenantId;
    const mark = randomUUID().slice(0, 8);
    const person = {
      name: `Zéphyrine Quarrelmont${mark}`,
      email: `zq-${mark}@example.org`,
      phone: "+33 6 71 42 93 58",
      message: `Nous arrivons en mai avec nos chats ${mark}`,
    };
    const visitorId = randomUUID().replaceAll("-", "").slice(0, 22);
    const visitor: Actor = {
      type: "visitor",
      tenantId,
      client: "203.0.113.7",
      visitor: { id: visitorId, returning: true },
    };
    const as =
      (actor: Actor) =>
      <T>(run: () => T) =>
        withActor(actor, run);

    // As an anonymous visitor: a question with the address disguised, then the intake form.
    const disguised = `zq-${mark}(at)example(dot)org`;
    await as(visitor)(() =>
      Assistant.ask({
        question: `Mon adresse ${disguised} : quelle démarche pour les chats ${mark} ?`,
        sessionId: "session-one",
      }),
    );
    const { caseId } = await as(visitor)(() =>
      Intake.submit(
        intake({
          contact: { name: person.name, email: person.email, phone: person.phone, language: "fr" },
          message: person.message,
        }),
      ),
    );

    // Signed in on the portal: a refresh token, an identity, a message, a question, an enrolment.
    const portal = `http://${tenant.slug}.localhost:${new URL(server.url).port}`;
    const browser = signInBrowser(portal, server.url);
    await browser.start();
    const { code } = await browser.askCode(person.email);
    const tokens = await browser.tokens(await browser.typeCode(code ?? ""));
    const newcomer: Actor = { type: "newcomer", userId: "from-token", email: person.email, tenantId };
    await as(newcomer)(() => Newcomer.sendMessage({ caseId, text: `Encore une chose ${mark}, ${person.phone}` }));
    await as(newcomer)(() =>
      Assistant.ask({ question: `Je suis ${person.name}, où garer ${mark} ?`, sessionId: "session-two" }),
    );
    const form = await as(newcomer)(() => Enrolment.form({ language: "fr" }));
    await as(newcomer)(() =>
      Enrolment.enrol({
        name: person.name,
        language: "fr",
        household: { adults: 1, children: 0 },
        commune: `Quarrelmont-${mark}`,
        consent: { accepted: true, version: form.privacyNotice.version },
        newsletter: true,
      }),
    );
    const before = JSON.stringify(await itemsOf(tenantId));
    for (const trace of [person.name, person.email, mark]) expect(before).toContain(trace);

    await as(newcomer)(() => leave());

    const items = await itemsOf(tenantId);
    const stored = JSON.stringify(items);
    const traces = [person.name, person.email, `zq-${mark}`, mark, "71 42 93 58", "+33671429358", person.message];
    for (const trace of traces) expect(stored, trace).not.toContain(trace);
    // The refresh token is gone: the session cannot be extended.
    const refreshed = await browser.client.refresh(tokens.refresh);
    expect(refreshed.err).toBeTruthy();
    // One audit line, naming no one.
    const audit = items.filter(
      (item) => String(item.sk ?? "").startsWith("$erasurerecord") || item.__edb_e__ === "erasureRecord",
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ reason: "left-programme", caseIds: [caseId], cases: 1, identity: true });
    expect(audit[0]?.questions).toBe(2);
  });

  it("lets staff erase a case with the same reach, and keeps gap counts without the text", {
    timeout: 60_000,
  }, async () => {
    const { tenant } = await newTenant();
    const tenantId = tenant.tenantId;
    const mark = randomUUID().slice(0, 8);
    const email = `yq-${mark}@example.org`;
    const visitor: Actor = {
      type: "visitor",
      tenantId,
      visitor: { id: randomUUID().replaceAll("-", "").slice(0, 22), returning: true },
    };
    await withActor(visitor, () =>
      Assistant.ask({ question: `Écrivez à yq-${mark} [at] example.org, chats ${mark} ?`, sessionId: "session-three" }),
    );
    const { caseId } = await withActor(visitor, () =>
      Intake.submit(intake({ contact: { ...intake().contact, email, name: `Yolande ${mark}` } })),
    );
    await staff(tenantId, "admin")(() => Erasure.erase({ caseId }));
    const stored = JSON.stringify(await itemsOf(tenantId));
    expect(stored).not.toContain(mark);
    const gaps = await staff(tenantId, "admin")(() => Assistant.gaps());
    expect(gaps.reduce((sum, gap) => sum + gap.total, 0)).toBe(1);
    expect(gaps.every((gap) => gap.lastQuestion === null)).toBe(true);
    const { data } = await db().entities.knowledgeGap.query.byTopic({ tenantId }).go();
    expect(data.every((gap) => typeof gap.expiresAt === "number")).toBe(true);
  });
});

describe("retention", () => {
  it("erases closed cases after the territory's retention period, with an audit line, and keeps the rest", async () => {
    const { tenant } = await newTenant();
    const tenantId = tenant.tenantId;
    const visitor: Actor = { type: "visitor", tenantId };
    const submit = (name: string) =>
      withActor(visitor, () => Intake.submit(intake({ contact: { ...intake().contact, name } })));
    const closed = await submit("Closed Person");
    const open = await submit("Open Person");
    await staff(
      tenantId,
      "admin",
    )(() =>
      CaseFile.move({ caseId: closed.caseId, to: "closed", closedReason: "project-abandoned", expectedVersion: 1 }),
    );
    // 23 months on nothing goes; 25 months on the closed case does, the open one stays.
    const month = 30.5 * 86_400_000;
    expect(await Retention.eraseExpired(new Date(Date.now() + 23 * month))).toMatchObject({ erased: 0 });
    const run = await Retention.eraseExpired(new Date(Date.now() + 25 * month));
    expect(run.erased).toBeGreaterThanOrEqual(1);
    const stored = JSON.stringify(await itemsOf(tenantId));
    expect(stored).not.toContain("Closed Person");
    expect(stored).toContain("Open Person");
    const { data } = await db().entities.erasureRecord.query.byTime({ tenantId }).go();
    expect(data).toMatchObject([{ reason: "retention", by: "system", caseIds: [closed.caseId] }]);
    // Run twice, erased once.
    await Retention.eraseExpired(new Date(Date.now() + 25 * month));
    expect((await db().entities.erasureRecord.query.byTime({ tenantId }).go()).data).toHaveLength(1);
    expect(open.caseId).toBeTruthy();
  });
});

describe("redaction", () => {
  it("catches addresses written to dodge it, and leaves ordinary sentences alone", () => {
    for (const disguised of [
      "ana(at)example.org",
      "ana [at] example [dot] org",
      "ana＠example．org",
      "ana ﹫ example.fr",
      "ana at example dot com",
      "ana @ example.org",
      "ana.lopes@mail.example.co.uk",
    ])
      expect(redact(`écrire à ${disguised} svp`), disguised).toBe("écrire à [e-mail] svp");
    for (const plain of ["meet at the station. ok", "je suis à Lyon at 5. Bien", "rendez-vous à 10h point final"])
      expect(redact(plain)).toBe(plain);
  });
});
