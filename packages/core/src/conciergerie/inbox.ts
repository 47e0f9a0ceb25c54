import { GetCommand } from "@aws-sdk/lib-dynamodb";
import * as z from "zod";
import { assertCan } from "../auth/roles";
import { config } from "../config";
import { useTenant } from "../context";
import { db, documents, openCursor, sealCursor } from "../db";
import { fn } from "../fn";
import { needs } from "./needs";
import { statuses } from "./pipeline";

const pageSize = 25;

/** What the inbox shows of a case: enough to triage, not the whole file. */
export function summary(record: {
  caseId: string;
  status: string;
  registeredAt: string;
  firstContactDueAt: string;
  contactedAt?: string;
  assignee: string;
  channelCode?: string;
  originKey: string;
  contact?: unknown;
  household?: unknown;
  needs?: unknown;
  erasureRequestedAt?: string;
  version: number;
}) {
  const contact = (record.contact ?? {}) as { name?: string; language?: string };
  const household = (record.household ?? { adults: 0, children: [] }) as { adults: number; children: unknown[] };
  return {
    caseId: record.caseId,
    status: record.status,
    name: contact.name ?? "",
    language: contact.language ?? "",
    people: household.adults + household.children.length,
    needs: Object.keys((record.needs ?? {}) as object),
    channelCode: record.channelCode ?? null,
    origin: record.originKey,
    assignee: record.assignee === "-" ? null : record.assignee,
    registeredAt: record.registeredAt,
    firstContactDueAt: record.firstContactDueAt,
    overdue: record.status === "registered" && record.firstContactDueAt < new Date().toISOString(),
    erasureRequested: Boolean(record.erasureRequestedAt),
    version: record.version,
  };
}

export const inboxSchema = z.object({
  status: z.enum(statuses).default("registered"),
  /** An agent's e-mail, "me", or "none" for unassigned cases. */
  assignee: z.string().trim().toLowerCase().max(200).optional(),
  need: z.enum(needs).optional(),
  channelCode: z.string().max(40).optional(),
  overdue: z.boolean().optional(),
  /**
   * Oldest or newest registration first. A case's deadline is its registration plus the
   * tenant's first-contact delay in working hours, so "deadline" is registration order.
   */
  sort: z.enum(["oldest", "newest", "deadline"]).default("oldest"),
  cursor: z.string().max(2000).nullish(),
});

/**
 * The agents' inbox: one status (or one assignee's cases in it), oldest first, a page at a
 * time. Status and assignee are key conditions; need, channel and overdue filter the page.
 */
export const list = fn(inboxSchema, async (input) => {
  const actor = assertCan("cases.read");
  const tenantId = useTenant();
  const assignee =
    input.assignee === "me"
      ? actor.type === "staff"
        ? actor.email
        : "-"
      : input.assignee === "none"
        ? "-"
        : input.assignee;
  const query = assignee
    ? db().entities.case.query.byAssignee({ tenantId, assignee })
    : db().entities.case.query.byStatus({ tenantId, status: input.status });
  const now = new Date().toISOString();
  const filtered = query.where((attr, { eq, lt, exists, notExists }) =>
    [
      notExists(attr.erasedAt),
      assignee ? eq(attr.status, input.status) : "",
      input.need ? exists(attr.needs[input.need]) : "",
      input.channelCode ? eq(attr.channelCode, input.channelCode) : "",
      input.overdue ? lt(attr.firstContactDueAt, now) : "",
    ]
      .filter(Boolean)
      .join(" AND "),
  );
  // Unfiltered, a page is one request. Filtered, it reads on (at most 8 requests of 100 cases) until it has
  // a page's worth, so a rare need does not show empty pages with more behind them.
  const narrowed = Boolean(assignee || input.need || input.channelCode || input.overdue);
  const { cursor: _sealed, ...filters } = input;
  // The sort is part of the scope: a cursor of one order is no use in the other.
  const scope = `${tenantId} inbox ${JSON.stringify(filters)}`;
  const cursor = openCursor(input.cursor, scope);
  const order = input.sort === "newest" ? "desc" : "asc";
  const page = await filtered.go(
    narrowed ? { count: pageSize, limit: 4 * pageSize, pages: 8, cursor, order } : { limit: pageSize, cursor, order },
  );
  return { cases: page.data.map(summary), cursor: sealCursor(page.cursor, scope) };
});

/** How many live cases each status tab holds: one read of the counts kept with every change. */
export const counts = fn(z.object({}).optional(), async () => {
  assertCan("cases.read");
  const { Key } = db().entities.inboxCount.get({ tenantId: useTenant() }).params() as { Key: Record<string, string> };
  const { Item } = await documents().send(new GetCommand({ TableName: config().table, Key }));
  return Object.fromEntries(statuses.map((status) => [status, Math.max(0, Number(Item?.[status] ?? 0))])) as Record<
    (typeof statuses)[number],
    number
  >;
});
