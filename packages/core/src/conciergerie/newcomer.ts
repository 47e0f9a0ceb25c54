import * as z from "zod";
import { config } from "../config";
import { assertActor, useTenant } from "../context";
import { db, transact } from "../db";
import { VisibleError } from "../error";
import { fn } from "../fn";
import * as Mail from "../mail";
import { multiLine } from "../single-line";
import * as Tenant from "../tenant";
import { eventPut } from "./case-file";
import { reference } from "./finders";

const caseId = z.uuid("caseId must be a UUID.");

/** The signed-in newcomer's own cases; someone else's case id is simply not found. */
async function ownCase(id: string) {
  const actor = assertActor("newcomer");
  const pointer = await db().entities.newcomerCase.get({ tenantId: useTenant(), email: actor.email, caseId: id }).go();
  const record = pointer.data ? (await db().entities.case.get({ tenantId: useTenant(), caseId: id }).go()).data : null;
  if (!record || record.erasedAt)
    throw new VisibleError("not-found", "case_not_found", "caseId: no such request.", "caseId");
  return record;
}

export async function myCases() {
  const actor = assertActor("newcomer");
  const pointers = await db()
    .entities.newcomerCase.query.byEmail({ tenantId: useTenant(), email: actor.email })
    .go({ pages: "all" });
  if (pointers.data.length === 0) return [];
  const cases = await db()
    .entities.case.get(pointers.data.map(({ caseId: id }) => ({ tenantId: useTenant(), caseId: id })))
    .go();
  return cases.data
    .filter((record) => !record.erasedAt)
    .map((record) => ({
      caseId: record.caseId,
      status: record.status,
      registeredAt: record.registeredAt,
      needs: record.needs,
      erasureRequestedAt: record.erasureRequestedAt ?? null,
    }))
    .sort((a, b) => b.registeredAt.localeCompare(a.registeredAt));
}

/** A newcomer's view of their case: its progress and the conversation, not the agents' notes. */
export const myCase = fn(z.object({ caseId }), async ({ caseId: id }) => {
  const record = await ownCase(id);
  const file = await db().collections.caseFile({ tenantId: useTenant(), caseId: id }).go({ pages: "all" });
  const shown = file.data.caseEvent
    .filter((event) => event.kind === "message" || event.kind === "status")
    .sort((a, b) => a.at.localeCompare(b.at))
    .map(({ at, kind, detail }) => ({
      at,
      kind,
      detail: kind === "message" ? { text: detail.text, from: detail.from } : { to: detail.to },
    }));
  return {
    caseId: id,
    status: record.status,
    registeredAt: record.registeredAt,
    needs: record.needs,
    /** What they wrote with the request: a question the assistant handed over starts here. */
    message: record.message ?? null,
    timeline: shown,
    erasureRequestedAt: record.erasureRequestedAt ?? null,
  };
});

export const sendMessage = fn(
  z.object({ caseId, text: multiLine(4000).min(1, "Write your message.") }),
  async ({ caseId: id, text }) => {
    const record = await ownCase(id);
    await transact([eventPut(id, "message", { text, from: "newcomer" }, true)]);
    // The message itself stays in the console: the e-mail only says who wrote.
    if (record.assignee !== "-") {
      const tenant = await Tenant.current();
      await Mail.send({
        template: "newcomerWrote",
        data: {
          name: (record.contact as { name?: string } | undefined)?.name ?? reference(id),
          link: `${config().publicUrl}/console/cases/${id}`,
        },
        to: record.assignee,
        language: await Mail.staffLanguage(record.assignee),
        brand: Mail.territoryBrand(tenant),
      });
    }
    return { ok: true };
  },
);

/** Everything Escale holds about the signed-in newcomer in this territory, as JSON. */
export async function downloadData() {
  const actor = assertActor("newcomer");
  const pointers = await db()
    .entities.newcomerCase.query.byEmail({ tenantId: useTenant(), email: actor.email })
    .go({ pages: "all" });
  const cases = [];
  for (const { caseId: id } of pointers.data) {
    const file = await db().collections.caseFile({ tenantId: useTenant(), caseId: id }).go({ pages: "all" });
    const record = file.data.case[0];
    if (!record || record.erasedAt) continue;
    const messages = file.data.caseEvent
      .filter((event) => event.kind === "message")
      .map(({ at, detail }) => ({ at, ...detail }));
    const fields = [
      "status",
      "registeredAt",
      "contact",
      "household",
      "origin",
      "arrivalDate",
      "needs",
      "message",
      "answers",
      "consent",
      "channelCode",
    ] as const;
    cases.push({ caseId: id, ...Object.fromEntries(fields.map((field) => [field, record[field]])), messages });
  }
  return { exportedAt: new Date().toISOString(), email: actor.email, cases };
}

/** The newcomer asks for their case to be erased; an admin carries it out (and sees the request). */
export const requestErasure = fn(z.object({ caseId }), async ({ caseId: id }) => {
  const record = await ownCase(id);
  if (!record.erasureRequestedAt)
    await transact([
      {
        Update: db()
          .entities.case.patch({ tenantId: record.tenantId, caseId: id })
          .set({ erasureRequestedAt: new Date().toISOString() })
          .params(),
      },
      eventPut(id, "status", { erasureRequested: true }),
    ]);
  return { ok: true };
});
