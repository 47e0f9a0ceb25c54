import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import { CaseFile, Erasure, escalateOverdue, Funnel, Inbox, Intake, Newcomer } from "@escale/core/conciergerie";
import { config } from "@escale/core/config";
import { withActor } from "@escale/core/context";
import { documents } from "@escale/core/db";
import { inbox as mailbox } from "@escale/local/inbox";
import fc from "fast-check";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { newTenant, staff } from "../../../../tests/support/actors";
import { intake } from "../../../../tests/support/households";
import { stagesReached, statuses } from "./pipeline";

let tenantId: string;
let ownerEmail: string;
const agentEmail = "agent@example.org";
const visitor = <T>(run: () => T) => withActor({ type: "visitor", tenantId }, run);
const agent = () => staff(tenantId, "agent", agentEmail);
const admin = () => staff(tenantId, "admin", "admin@example.org");

beforeAll(async () => {
  ({
    tenant: { tenantId },
    ownerEmail,
  } = await newTenant());
});

async function submitted(overrides = {}) {
  const { caseId } = await visitor(() => Intake.submit(intake(overrides)));
  return caseId;
}
const openCase = (caseId: string) => agent()(() => CaseFile.open({ caseId }));

describe("intake", () => {
  it("creates one case for a double submission and confirms by e-mail", async () => {
    const request = intake();
    const [first, second] = await Promise.all([
      visitor(() => Intake.submit(request)),
      visitor(() => Intake.submit(request)),
    ]);
    expect(first.caseId).toBe(second.caseId);
    await visitor(() => Intake.submit(request));
    const funnel = await admin()(() => Funnel.dashboard({}));
    const { cases } = await agent()(() => Inbox.list({ status: "registered" }));
    expect(cases.filter((c) => c.caseId === first.caseId)).toHaveLength(1);
    expect(funnel.total.registered).toBe(cases.length);
    const mail = await mailbox(inject("inboxUrl")).latest(request.contact.email, /received your request/);
    expect(mail.text).toContain(`/help/requests/${first.caseId}`);
  });

  it("takes twenty households at once, all counted", async () => {
    const { tenant } = await newTenant();
    const local = <T>(run: () => T) => withActor({ type: "visitor", tenantId: tenant.tenantId }, run);
    const results = await Promise.allSettled(Array.from({ length: 20 }, () => local(() => Intake.submit(intake()))));
    expect(results.filter((result) => result.status === "rejected")).toEqual([]);
    const funnel = await staff(tenant.tenantId, "admin")(() => Funnel.dashboard({}));
    expect(funnel.total.registered).toBe(20);
  });

  it("names the field of a bad answer and refuses a consent to an old notice", async () => {
    await expect(visitor(() => Intake.submit(intake({ household: { adults: 0, children: [] } })))).rejects.toThrow(
      /^household\.adults:/,
    );
    await expect(
      visitor(() => Intake.submit(intake({ consent: { accepted: true, version: "old" } }))),
    ).rejects.toMatchObject({ kind: "conflict", field: "consent" });
  });
});

describe("pipeline", () => {
  it("refuses invalid moves and requires what installation and closing need", async () => {
    const caseId = await submitted();
    let record = (await openCase(caseId)).case;
    await expect(
      agent()(() => CaseFile.move({ caseId, to: "installed", expectedVersion: record.version })),
    ).rejects.toMatchObject({ field: "to" });
    record = await agent()(() => CaseFile.move({ caseId, to: "contacted", expectedVersion: record.version }));
    record = await agent()(() => CaseFile.move({ caseId, to: "accompanied", expectedVersion: record.version }));
    await expect(
      agent()(() => CaseFile.move({ caseId, to: "installed", expectedVersion: record.version })),
    ).rejects.toMatchObject({ field: "installed" });
    await expect(
      agent()(() =>
        CaseFile.move({
          caseId,
          to: "installed",
          expectedVersion: record.version,
          installed: { on: "2027-04-01", commune: "Montaudrais", childrenSchooled: 3 },
        }),
      ),
    ).rejects.toMatchObject({ field: "installed.childrenSchooled" });
    record = await agent()(() =>
      CaseFile.move({
        caseId,
        to: "installed",
        expectedVersion: record.version,
        installed: { on: "2027-04-01", commune: "Montaudrais", childrenSchooled: 2 },
      }),
    );
    expect(record).toMatchObject({ status: "installed", installedCommune: "Montaudrais", childrenSchooled: 2 });
    await expect(
      agent()(() => CaseFile.move({ caseId, to: "closed", closedReason: "other", expectedVersion: record.version })),
    ).rejects.toMatchObject({ field: "to" });
    const { timeline } = await openCase(caseId);
    expect(timeline.filter((event) => event.kind === "status").map((event) => event.detail.to)).toEqual([
      "registered",
      "contacted",
      "accompanied",
      "installed",
    ]);
  });

  it("gives the second of two agents saving one case a conflict, and keeps the first one's change", async () => {
    const caseId = await submitted();
    const { case: record } = await openCase(caseId);
    const results = await Promise.allSettled([
      agent()(() => CaseFile.assign({ caseId, assignee: ownerEmail, expectedVersion: record.version })),
      agent()(() =>
        CaseFile.updateNeed({ caseId, need: "job", progress: "in-progress", expectedVersion: record.version }),
      ),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason).toMatchObject({
      kind: "conflict",
    });
    expect((await openCase(caseId)).case.version).toBe(record.version + 1);
  });
});

describe("funnel counters", () => {
  // 500 sequential transactions: slow on a loaded machine, not a hang, hence the longer timeout.
  it("equal a recount after a random sequence of 500 transitions", async () => {
    const { tenant } = await newTenant();
    const local = <T>(run: () => T) => withActor({ type: "visitor", tenantId: tenant.tenantId }, run);
    const worker = staff(tenant.tenantId, "agent", "worker@example.org");
    const origins = [{ country: "UA" }, { country: "FR", region: "IDF" as const }, { country: "MA" }];
    const ids: string[] = [];
    for (let i = 0; i < 40; i++)
      ids.push((await local(() => Intake.submit(intake({ origin: origins[i % 3] as never })))).caseId);
    const steps = fc.sample(
      fc.tuple(fc.nat({ max: ids.length - 1 }), fc.constantFrom(...statuses), fc.nat({ max: 3 })),
      { numRuns: 500, seed: 42 },
    );
    for (const [index, to, children] of steps) {
      const caseId = ids[index] as string;
      const { case: record } = await worker(() => CaseFile.open({ caseId }));
      await worker(() =>
        CaseFile.move({
          caseId,
          to,
          expectedVersion: record.version,
          closedReason: "other",
          installed: { on: "2027-05-01", commune: "Châtelbrun", childrenSchooled: Math.min(children, 2) },
        }),
      ).catch(() => undefined); // invalid moves are part of the sequence
    }
    const recount = {
      registered: 0,
      contacted: 0,
      accompanied: 0,
      installed: 0,
      closed: 0,
      childrenSchooled: 0,
      adultsInstalled: 0,
    };
    for (const caseId of ids) {
      const { case: record } = await worker(() => CaseFile.open({ caseId }));
      for (const stage of stagesReached(record.status, record.reachedBeforeClosing)) recount[stage]++;
      if (record.status === "installed") {
        recount.childrenSchooled += record.childrenSchooled ?? 0;
        recount.adultsInstalled += 2;
      }
    }
    const { total, byOrigin } = await worker(() => Funnel.dashboard({}));
    expect(total).toMatchObject(recount);
    expect(byOrigin.reduce((sum, row) => sum + row.installed, 0)).toBe(recount.installed);
    expect(recount.installed).toBeGreaterThan(0);
  }, 90_000);

  it("computes the median from the day-count histogram", () => {
    expect(Funnel.medianDays({})).toBeNull();
    expect(Funnel.medianDays({ d10: 1, d30: 1, d90: 1 })).toBe(30);
    expect(Funnel.medianDays({ d10: 2, d20: 2 })).toBe(15);
  });
});

describe("personal data", () => {
  it("erasure leaves no personal field in any item of the case, and keeps the counters", async () => {
    const request = intake({
      contact: { name: "Zyx Erasable", email: "zyx.erasable@example.org", phone: "+33 6 99 99 99 99", language: "fr" },
      message: "Secret message ZYX",
    });
    const caseId = (await visitor(() => Intake.submit(request))).caseId;
    await agent()(() => CaseFile.addNote({ caseId, text: "Called Zyx Erasable at +33 6 99 99 99 99" }));
    await agent()(() => CaseFile.addTask({ caseId, title: "Send Zyx the housing list", dueOn: "2027-01-10" }));
    await agent()(() => CaseFile.sendMessage({ caseId, text: "Hello Zyx" }));
    const before = await admin()(() => Funnel.dashboard({}));
    await admin()(() => Erasure.erase({ caseId }));
    const items = await documents().send(
      new QueryCommand({
        TableName: config().table,
        KeyConditionExpression: "pk = :pk",
        ExpressionAttributeValues: { ":pk": `t#${tenantId}#case#${caseId}` },
      }),
    );
    const text = JSON.stringify(items.Items);
    expect(items.Items?.length).toBeGreaterThan(0);
    for (const secret of ["Zyx", "zyx.erasable", "99 99 99", "Secret message", "Lviv"])
      expect(text).not.toContain(secret);
    expect(await admin()(() => Funnel.dashboard({}))).toEqual(before);
    await expect(openCase(caseId)).rejects.toMatchObject({ kind: "not-found" });
  });

  it("lets the newcomer download their data and ask for erasure", async () => {
    const request = intake();
    const caseId = (await visitor(() => Intake.submit(request))).caseId;
    const newcomer = <T>(run: () => T) =>
      withActor({ type: "newcomer", tenantId, userId: "n", email: request.contact.email }, run);
    const data = await newcomer(() => Newcomer.downloadData());
    expect(data.cases).toEqual([
      expect.objectContaining({ caseId, contact: expect.objectContaining({ name: "Oksana Melnyk" }) }),
    ]);
    // What they wrote with the request (the assistant's hand-over puts their question there) is on their page.
    expect(await newcomer(() => Newcomer.myCase({ caseId }))).toMatchObject({ message: request.message });
    await newcomer(() => Newcomer.requestErasure({ caseId }));
    expect((await openCase(caseId)).case.erasureRequestedAt).toBeTruthy();
    const stranger = <T>(run: () => T) =>
      withActor({ type: "newcomer", tenantId, userId: "s", email: "someone-else@example.org" }, run);
    await expect(stranger(() => Newcomer.myCase({ caseId }))).rejects.toMatchObject({ kind: "not-found" });
  });
});

describe("first-contact deadline", () => {
  it("escalates overdue cases once, in one digest per recipient, to the admins when nobody is assigned", async () => {
    const { tenant, ownerEmail } = await newTenant();
    const caseIds: string[] = [];
    for (let i = 0; i < 3; i++)
      caseIds.push(
        (await withActor({ type: "visitor", tenantId: tenant.tenantId }, () => Intake.submit(intake()))).caseId,
      );
    const later = new Date(Date.now() + 30 * 86_400_000);
    const since = Date.now();
    const first = await escalateOverdue(later);
    const second = await escalateOverdue(later);
    expect(first.escalated).toBeGreaterThanOrEqual(3);
    expect(second.escalated).toBe(0);
    const inbox = mailbox(inject("inboxUrl"));
    // The owner has no language preference: French, the product's default.
    const mail = await inbox.latest(ownerEmail, /3 foyers attendent un premier contact/, 15_000, since);
    for (const caseId of caseIds) expect(mail.text).toContain(caseId);
    expect(mail.subject).toContain(tenant.name);
    const toOwner = (await inbox.all()).filter((m) => m.to.some((to) => to.address === ownerEmail));
    expect(toOwner.filter((m) => /premier contact/.test(m.subject))).toHaveLength(1);
  });
});
