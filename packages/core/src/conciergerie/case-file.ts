import { randomUUID } from "node:crypto";
import * as z from "zod";
import type { Permission } from "../auth/roles";
import { assertCan } from "../auth/roles";
import { portalUrl } from "../config";
import { useActor, useTenant } from "../context";
import { db, openCursor, sealCursor, type TransactItem, transact, unlessChanged } from "../db";
import { staleVersion, VisibleError } from "../error";
import { fn } from "../fn";
import * as Mail from "../mail";
import { multiLine, singleLine } from "../single-line";
import * as Team from "../team";
import * as Tenant from "../tenant";
import type { Language } from "../tenant/languages";
import { countUpdate } from "./finders";
import { counterUpdates, type Increment } from "./funnel";
import { needProgress, needs } from "./needs";
import { canMove, closeReasons, type Status, statuses } from "./pipeline";

const caseId = z.uuid("caseId must be a UUID.");
const expectedVersion = z.number().int().positive();
const auditYears = 2;

export type CaseRecord = NonNullable<Awaited<ReturnType<typeof find>>>;

/** A case of the current tenant (the key carries the tenant, so another tenant's id finds nothing). */
export async function find(id: string) {
  const result = await db().entities.case.get({ tenantId: useTenant(), caseId: id }).go();
  return result.data ?? undefined;
}

export async function mustFind(id: string) {
  const found = await find(id);
  if (!found || found.erasedAt)
    throw new VisibleError("not-found", "case_not_found", "caseId: no such case.", "caseId");
  return found;
}

/** Who is acting, for the timeline: a staff e-mail, or "newcomer" / "system". */
export function author(): string {
  const actor = useActor();
  return actor.type === "staff" ? actor.email : actor.type === "newcomer" ? "newcomer" : "system";
}

export function eventPut(
  id: string,
  kind: "status" | "note" | "assignment" | "need" | "email" | "message" | "task",
  detail: object,
  personal = false,
): TransactItem {
  return {
    Put: db()
      .entities.caseEvent.put({
        tenantId: useTenant(),
        caseId: id,
        at: new Date().toISOString(),
        eventId: randomUUID(),
        kind,
        by: author(),
        detail,
        personal,
      })
      .params(),
  };
}

/**
 * Changes a case only if nobody else saved it since `expectedVersion` was read; the
 * timeline line and any counters go in the same transaction. A second agent saving the same
 * case gets a conflict asking to reload, and nothing of theirs is half-written.
 */
async function saveVersioned(
  record: CaseRecord,
  expected: number,
  changes: Record<string, unknown>,
  also: TransactItem[],
) {
  const set = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
  await unlessChanged("this case", () =>
    transact([
      {
        Update: db()
          .entities.case.patch({ tenantId: record.tenantId, caseId: record.caseId })
          .set(set)
          .add({ version: 1 })
          .where((attr, { eq }) => eq(attr.version, expected))
          .params(),
      },
      ...also,
    ]),
  );
  return mustFind(record.caseId);
}

/**
 * The case page: the case, its timeline, tasks and messages, in one Query on its partition.
 * Every staff read is written to the audit trail.
 */
export const open = fn(z.object({ caseId }), async ({ caseId: id }) => {
  const actor = assertCan("cases.read");
  const tenantId = useTenant();
  const file = await db().collections.caseFile({ tenantId, caseId: id }).go({ pages: "all" });
  const record = file.data.case[0];
  if (!record || record.erasedAt)
    throw new VisibleError("not-found", "case_not_found", "caseId: no such case.", "caseId");
  if (actor.type === "staff") {
    const at = new Date().toISOString();
    await db()
      .entities.caseRead.put({
        tenantId,
        at,
        readId: randomUUID(),
        caseId: id,
        by: actor.email,
        role: actor.role,
        expiresAt: Math.floor(Date.now() / 1000) + auditYears * 365 * 86_400,
      })
      .go();
  }
  return {
    case: record,
    timeline: file.data.caseEvent.sort((a, b) => a.at.localeCompare(b.at)),
    tasks: file.data.caseTask.sort((a, b) => a.dueOn.localeCompare(b.dueOn)),
  };
});

export const assign = fn(
  z.object({ caseId, assignee: z.string().trim().toLowerCase().max(254).nullable(), expectedVersion }),
  async (input) => {
    assertCan("cases.work");
    const record = await mustFind(input.caseId);
    if (input.assignee) {
      const role = await Team.roleOf(record.tenantId, input.assignee);
      if (!role || !["owner", "admin", "agent"].includes(role))
        throw new VisibleError(
          "input",
          "not_an_agent",
          "assignee: this person cannot work cases in this territory.",
          "assignee",
        );
    }
    const assignee = input.assignee ?? "-";
    return saveVersioned(record, input.expectedVersion, { assignee }, [
      eventPut(record.caseId, "assignment", { to: input.assignee }),
    ]);
  },
);

export const moveSchema = z.object({
  caseId,
  to: z.enum(statuses),
  expectedVersion,
  installed: z
    .object({
      on: z.iso.date("Use a date like 2027-03-01."),
      commune: singleLine(120).min(1, "Name the commune."),
      childrenSchooled: z.number().int().min(0).max(15),
    })
    .optional(),
  closedReason: z.enum(closeReasons).optional(),
});

/** Moves a case one step along the pipeline, counting the step in the funnel. */
export const move = fn(moveSchema, async (input) => {
  assertCan("cases.work");
  const record = await mustFind(input.caseId);
  // A page opened before someone else moved the case would otherwise read as an invalid move.
  if (record.version !== input.expectedVersion) throw staleVersion("this case");
  if (!canMove(record.status, input.to))
    throw new VisibleError(
      "input",
      "invalid_move",
      `to: a case that is ${record.status} cannot be moved to ${input.to}.`,
      "to",
    );
  const now = new Date();
  const changes: Record<string, unknown> = { status: input.to };
  const increment: Increment = { [input.to]: 1 };
  if (input.to === "contacted") changes.contactedAt = now.toISOString();
  if (input.to === "closed") {
    if (!input.closedReason)
      throw new VisibleError("input", "reason_missing", "closedReason: say why the case is closed.", "closedReason");
    Object.assign(changes, { closedReason: input.closedReason, reachedBeforeClosing: record.status });
  }
  if (input.to === "installed") {
    if (!input.installed)
      throw new VisibleError(
        "input",
        "installation_missing",
        "installed: give the date, the commune and the number of children schooled.",
        "installed",
      );
    const household = record.household as { adults: number; children: unknown[] };
    if (input.installed.childrenSchooled > household.children.length)
      throw new VisibleError(
        "input",
        "too_many_children",
        "installed.childrenSchooled: more than the household's children.",
        "installed.childrenSchooled",
      );
    Object.assign(changes, {
      installedAt: input.installed.on,
      installedCommune: input.installed.commune,
      childrenSchooled: input.installed.childrenSchooled,
    });
    Object.assign(increment, {
      householdsInstalled: 1,
      adultsInstalled: household.adults,
      childrenInstalled: household.children.length,
      childrenSchooled: input.installed.childrenSchooled,
      daysToInstall: { [daysBetween(record.registeredAt, input.installed.on)]: 1 },
    });
  }
  return saveVersioned(record, input.expectedVersion, changes, [
    eventPut(record.caseId, "status", {
      from: record.status,
      to: input.to,
      ...(input.closedReason ? { reason: input.closedReason } : {}),
    }),
    ...counterUpdates(record, increment),
    countUpdate(record.tenantId, { [record.status]: -1, [input.to]: 1 }),
  ]);
});

export const updateNeed = fn(
  z.object({ caseId, need: z.enum(needs), progress: z.enum(needProgress), expectedVersion }),
  async (input) => {
    assertCan("cases.work");
    const record = await mustFind(input.caseId);
    const current = record.needs as Record<string, string>;
    // A partner who found work is an outcome counted per channel (an employer's recruits).
    const foundWork =
      input.need === "partner-job" ? Number(input.progress === "done") - Number(current[input.need] === "done") : 0;
    return saveVersioned(record, input.expectedVersion, { needs: { ...current, [input.need]: input.progress } }, [
      eventPut(record.caseId, "need", { need: input.need, progress: input.progress }),
      ...(foundWork ? counterUpdates(record, { partnerFoundWork: foundWork }) : []),
    ]);
  },
);

async function append(permission: Permission, id: string, item: TransactItem) {
  assertCan(permission);
  await mustFind(id);
  await transact([item]);
}

/** A note for colleagues; it holds personal details, so erasure removes it. */
export const addNote = fn(
  z.object({ caseId, text: multiLine(4000).min(1, "Write the note.") }),
  async ({ caseId: id, text }) => {
    await append("cases.work", id, eventPut(id, "note", { text }, true));
    return { ok: true };
  },
);

export const addTask = fn(
  z.object({
    caseId,
    title: singleLine(200).min(1, "Say what is to be done."),
    dueOn: z.iso.date("Use a date like 2027-03-01."),
    assignee: z.string().trim().toLowerCase().max(254).optional(),
  }),
  async (input) => {
    const actor = assertCan("cases.work");
    const assignee = input.assignee ?? (actor.type === "staff" ? actor.email : undefined);
    if (!assignee) throw new VisibleError("input", "assignee_missing", "assignee: say who does it.", "assignee");
    const taskId = randomUUID();
    const task = db()
      .entities.caseTask.create({
        tenantId: useTenant(),
        caseId: input.caseId,
        taskId,
        title: input.title,
        dueOn: input.dueOn,
        assignee,
        createdBy: author(),
        createdAt: new Date().toISOString(),
      })
      .params();
    await mustFind(input.caseId);
    await transact([
      { Put: task },
      eventPut(input.caseId, "task", { taskId, title: input.title, dueOn: input.dueOn, assignee }, true),
    ]);
    return { taskId };
  },
);

export const completeTask = fn(z.object({ caseId, taskId: z.uuid() }), async ({ caseId: id, taskId }) => {
  assertCan("cases.work");
  const key = { tenantId: useTenant(), caseId: id, taskId };
  const task = await db().entities.caseTask.get(key).go();
  if (!task.data) throw new VisibleError("not-found", "task_not_found", "taskId: no such task on this case.", "taskId");
  // The assignee goes with `done` because both make up the key of the agent's task list.
  await db().entities.caseTask.patch(key).set({ done: true, assignee: task.data.assignee }).go();
  return { ok: true };
});

/** The signed-in agent's open tasks, soonest first: one Query on their task index. */
export const myTasks = fn(z.object({ cursor: z.string().max(2000).nullish() }), async (input) => {
  const actor = assertCan("cases.work");
  const assignee = actor.type === "staff" ? actor.email : "-";
  const scope = `${useTenant()} tasks ${assignee}`;
  const page = await db()
    .entities.caseTask.query.byAssignee({ tenantId: useTenant(), assignee, done: false })
    .go({ limit: 25, cursor: openCursor(input.cursor, scope) });
  return { tasks: page.data, cursor: sealCursor(page.cursor, scope) };
});

/** A message to the household: kept on the case, announced by e-mail without its text. */
export const sendMessage = fn(
  z.object({ caseId, text: multiLine(4000).min(1, "Write the message.") }),
  async ({ caseId: id, text }) => {
    assertCan("cases.work");
    const record = await mustFind(id);
    await transact([eventPut(id, "message", { text, from: "staff" }, true)]);
    const tenant = await Tenant.current();
    const contact = record.contact as { email: string; language: Language };
    await Mail.send({
      template: "newMessage",
      data: { link: `${portalUrl(tenant.slug)}/help/requests/${id}` },
      to: contact.email,
      language: contact.language,
      brand: Mail.territoryBrand(tenant),
    });
    await transact([eventPut(id, "email", { template: "new-message" })]);
    return { ok: true };
  },
);

export type { Status };

/** Whole days from a registration instant to an installation date, never negative. */
export function daysBetween(registeredAt: string, installedOn: string): number {
  return Math.max(0, Math.round((Date.parse(installedOn) - Date.parse(registeredAt.slice(0, 10))) / 86_400_000));
}
