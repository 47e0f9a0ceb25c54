import { randomUUID } from "node:crypto";
import { Bulk, CaseFile, Export, Inbox, Intake, Newcomer, Search } from "@escale/core/conciergerie";
import { withActor } from "@escale/core/context";
import * as Team from "@escale/core/team";
import { inbox } from "@escale/local/inbox";
import { describe, expect, inject, it } from "vitest";
import { asSystem, newTenant, staff, user } from "../../../../tests/support/actors";
import { intake } from "../../../../tests/support/households";

async function territoryWith(households: { name: string; email?: string; phone?: string }[]) {
  const { tenant } = await newTenant();
  const ids: string[] = [];
  for (const household of households) {
    const base = intake();
    const { caseId } = await withActor({ type: "visitor", tenantId: tenant.tenantId }, () =>
      Intake.submit(intake({ contact: { ...base.contact, ...household } })),
    );
    ids.push(caseId);
  }
  return { tenant, ids, agent: staff(tenant.tenantId, "agent", `agent-${randomUUID().slice(0, 6)}@example.org`) };
}

describe("finding a household", () => {
  it("finds by the start of any word of the name, without regard to accents or case", async () => {
    const { agent, ids } = await territoryWith([
      { name: "Hélène Dupré-Martin" },
      { name: "Olena Kovalenko" },
      { name: "Helena Ortiz" },
    ]);
    const names = async (query: string) =>
      (await agent(() => Search.search({ query }))).cases.map((c) => c.name).sort();
    expect(await names("hele")).toEqual(["Helena Ortiz", "Hélène Dupré-Martin"]);
    expect(await names("HÉLÈNE")).toEqual(["Hélène Dupré-Martin"]);
    expect(await names("dupre")).toEqual(["Hélène Dupré-Martin"]);
    expect(await names("mart")).toEqual(["Hélène Dupré-Martin"]);
    expect(await names("hel ort")).toEqual(["Helena Ortiz"]);
    expect(await names("kov")).toEqual(["Olena Kovalenko"]);
    expect(await names("zz")).toEqual([]);
    const [first] = ids;
    expect((await agent(() => Search.search({ query: (first as string).slice(0, 8) }))).cases[0]?.caseId).toBe(first);
  });

  it("finds by e-mail and by phone written any way", async () => {
    const email = `Olena.${randomUUID().slice(0, 6)}@Example.org`;
    const { agent, ids } = await territoryWith([
      { name: "Olena K", email: email.toLowerCase(), phone: "06 12 34 56 78" },
    ]);
    expect((await agent(() => Search.search({ query: email }))).cases.map((c) => c.caseId)).toEqual(ids);
    for (const phone of ["0612345678", "+33 6 12 34 56 78", "06.12.34.56.78"])
      expect((await agent(() => Search.search({ query: phone }))).cases.map((c) => c.caseId)).toEqual(ids);
  });

  it("never finds another territory's household", async () => {
    const name = `Zoryana${randomUUID().slice(0, 4)}`;
    await territoryWith([{ name: `${name} Bondar` }]);
    const other = await territoryWith([{ name: "Someone Else" }]);
    expect((await other.agent(() => Search.search({ query: name }))).cases).toEqual([]);
  });

  it("refuses a one-letter name with the field named", async () => {
    const { agent } = await territoryWith([]);
    await expect(agent(() => Search.search({ query: "a" }))).rejects.toMatchObject({ field: "query" });
  });
});

describe("the inbox of a working day", () => {
  it("counts each tab, and keeps counting through bulk moves", async () => {
    const { tenant, agent, ids } = await territoryWith([{ name: "Ana A" }, { name: "Ben B" }, { name: "Cem C" }]);
    expect(await agent(() => Inbox.counts({}))).toMatchObject({ registered: 3, contacted: 0 });
    const owner = staff(tenant.tenantId, "owner");
    const moved = await owner(() => Bulk.bulkMove({ caseIds: ids.slice(0, 2), to: "contacted" }));
    expect(moved.done.sort()).toEqual(ids.slice(0, 2).sort());
    expect(await agent(() => Inbox.counts({}))).toMatchObject({ registered: 1, contacted: 2 });
    const refused = await owner(() => Bulk.bulkMove({ caseIds: ids.slice(0, 1), to: "closed" }));
    expect(refused.failed).toEqual([expect.objectContaining({ caseId: ids[0], code: "reason_missing" })]);
  });

  it("sorts oldest or newest first", async () => {
    const { agent, ids } = await territoryWith([{ name: "First One" }, { name: "Second Two" }]);
    const oldest = await agent(() => Inbox.list({ status: "registered", sort: "oldest" }));
    const newest = await agent(() => Inbox.list({ status: "registered", sort: "newest" }));
    expect(oldest.cases.map((c) => c.caseId)).toEqual(ids);
    expect(newest.cases.map((c) => c.caseId)).toEqual([...ids].reverse());
  });

  it("assigns several cases at once and reports the ones it could not", async () => {
    const { tenant, ids } = await territoryWith([{ name: "Dana D" }, { name: "Eli E" }]);
    const owner = staff(tenant.tenantId, "owner", "boss@example.org");
    const done = await owner(() => Bulk.bulkAssign({ caseIds: [...ids, randomUUID()], assignee: null }));
    expect(done.done).toEqual(ids);
    expect(done.failed).toEqual([expect.objectContaining({ code: "case_not_found" })]);
    await expect(owner(() => Bulk.bulkAssign({ caseIds: [], assignee: null }))).rejects.toMatchObject({
      field: "caseIds",
    });
  });

  it("exports cases as UTF-8 with a byte-order mark, with commas or semicolons", async () => {
    const { tenant } = await territoryWith([{ name: "Léa Émile" }]);
    const owner = staff(tenant.tenantId, "owner");
    const comma = await owner(() => Export.casesCsv());
    const semicolon = await owner(() => Export.casesCsv({ separator: ";" }));
    expect(comma.startsWith("\uFEFFcase,status,registered,name")).toBe(true);
    expect(semicolon.startsWith("\uFEFFcase;status;registered;name")).toBe(true);
    expect(semicolon).toContain(";Léa Émile;");
    const outcomes = await owner(() => Export.funnelCsv({ separator: ";" }));
    expect(outcomes.startsWith("\uFEFFdimension;value;registered")).toBe(true);
  });

  it("tells the assignee by e-mail when the household writes, without the message", async () => {
    const email = `household-${randomUUID().slice(0, 6)}@example.org`;
    const { tenant, ids } = await territoryWith([{ name: "Iryna Shevchenko", email }]);
    const agentEmail = `agent-${randomUUID().slice(0, 6)}@example.org`;
    await asSystem(() => Team.invite({ email: agentEmail, role: "agent" }), tenant.tenantId);
    await user(agentEmail)(() => Team.acceptInvitations());
    const [caseId] = ids as [string];
    await staff(tenant.tenantId, "owner")(() => CaseFile.assign({ caseId, assignee: agentEmail, expectedVersion: 1 }));
    const since = Date.now();
    await withActor({ type: "newcomer", userId: "n", email, tenantId: tenant.tenantId }, () =>
      Newcomer.sendMessage({ caseId, text: "Nous arrivons le 3 mars, secret-de-famille." }),
    );
    const mail = await inbox(inject("inboxUrl")).latest(agentEmail, /Iryna Shevchenko vous a écrit/, 15_000, since);
    expect(mail.subject).toBe(`${tenant.name} : Iryna Shevchenko vous a écrit`);
    expect(mail.text).toContain(`/console/cases/${caseId}`);
    expect(mail.text).not.toContain("secret-de-famille");
  });
});
