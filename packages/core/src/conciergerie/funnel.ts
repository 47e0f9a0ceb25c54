import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import * as z from "zod";
import { assertCan } from "../auth/roles";
import { config } from "../config";
import { useTenant } from "../context";
import { db, documents, type TransactItem } from "../db";
import { fn } from "../fn";
import type { Status } from "./pipeline";

/** What a counted case contributes to: every dimension it belongs to, in its cohort month. */
export type Counted = { tenantId: string; cohort: string; channelCode?: string | null; originKey: string };

type Dimension = "all" | "channel" | "origin";
const dimensionsOf = (counted: Counted): [Dimension, string][] => [
  ["all", "all"],
  ["channel", counted.channelCode || "none"],
  ["origin", counted.originKey],
];

export type Increment = Partial<
  Record<
    Status | "householdsInstalled" | "adultsInstalled" | "childrenInstalled" | "childrenSchooled" | "partnerFoundWork",
    number
  >
> & {
  /** Days from registration to installation → how many cases took that long (for the median). */
  daysToInstall?: Record<number, number>;
};

const bucket = (days: number) => `d${Math.max(0, Math.min(999, Math.round(days)))}`;

/**
 * The counter updates of one change, one per dimension, to be written in the same transaction
 * as the change itself. ADD creates missing counters at zero.
 */
export function counterUpdates(counted: Counted, increment: Increment): TransactItem[] {
  const { daysToInstall, ...counts } = increment;
  const adds = Object.entries(counts).filter(([, by]) => by) as [string, number][];
  for (const [days, count] of Object.entries(daysToInstall ?? {})) adds.push([bucket(Number(days)), count]);
  return dimensionsOf(counted).map(([dimension, value]) => {
    const { Key } = db()
      .entities.funnelCounter.get({ tenantId: counted.tenantId, dimension, value, cohort: counted.cohort })
      .params() as { Key: Record<string, string> };
    const names: Record<string, string> = {};
    const values: Record<string, unknown> = { ":dimension": dimension, ":value": value, ":cohort": counted.cohort };
    adds.forEach(([attribute, by], i) => {
      names[`#a${i}`] = attribute;
      values[`:a${i}`] = by;
    });
    return {
      Update: {
        TableName: config().table,
        Key,
        UpdateExpression: `SET #dimension = :dimension, #value = :value, #cohort = :cohort ADD ${adds.map((_, i) => `#a${i} :a${i}`).join(", ")}`,
        ExpressionAttributeNames: { ...names, "#dimension": "dimension", "#value": "value", "#cohort": "cohort" },
        ExpressionAttributeValues: values,
      },
    };
  });
}

type CounterRow = { dimension: Dimension; value: string; cohort: string } & Record<string, number | string>;
const stages = ["registered", "contacted", "accompanied", "installed", "closed"] as const;
const outcomes = [
  "householdsInstalled",
  "adultsInstalled",
  "childrenInstalled",
  "childrenSchooled",
  "partnerFoundWork",
] as const;

/**
 * Every counter of the current tenant, or those whose key starts with `prefix` (one channel's:
 * `channel#{code}#`): one Query (a page per ~4,000 counters), whatever the case count.
 */
export async function readCounters(prefix?: string): Promise<CounterRow[]> {
  const { Key } = db()
    .entities.funnelCounter.get({ tenantId: useTenant(), dimension: "all", value: "all", cohort: "x" })
    .params() as {
    Key: { pk: string };
  };
  const rows: CounterRow[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await documents().send(
      new QueryCommand({
        TableName: config().table,
        KeyConditionExpression: prefix ? "pk = :pk AND begins_with(sk, :prefix)" : "pk = :pk",
        ExpressionAttributeValues: { ":pk": Key.pk, ...(prefix ? { ":prefix": prefix } : {}) },
        ExclusiveStartKey: start,
      }),
    );
    rows.push(...((page.Items ?? []) as CounterRow[]));
    start = page.LastEvaluatedKey;
  } while (start);
  return rows;
}

/** The median of a day-count histogram ({ d12: 3, d40: 1 }), or null when empty. */
export function medianDays(histogram: Record<string, number>): number | null {
  const days = Object.entries(histogram)
    .map(([key, count]) => [Number(key.slice(1)), count] as const)
    .sort((a, b) => a[0] - b[0]);
  const total = days.reduce((sum, [, count]) => sum + count, 0);
  if (total === 0) return null;
  const lower = Math.floor((total - 1) / 2);
  const upper = Math.floor(total / 2);
  const at = (rank: number) => {
    let seen = 0;
    for (const [day, count] of days) {
      seen += count;
      if (rank < seen) return day;
    }
    return days[days.length - 1]?.[0] ?? 0;
  };
  return (at(lower) + at(upper)) / 2;
}

/** Every count at zero: the start of a sum. */
export function zeroCounts() {
  return Object.fromEntries([...stages, ...outcomes].map((key) => [key, 0])) as Record<
    (typeof stages)[number] | (typeof outcomes)[number],
    number
  >;
}

function summarise(rows: CounterRow[]) {
  const sum = zeroCounts();
  const histogram: Record<string, number> = {};
  for (const row of rows) {
    for (const key of [...stages, ...outcomes]) sum[key] += Number(row[key] ?? 0);
    for (const [key, count] of Object.entries(row))
      if (/^d\d+$/.test(key)) histogram[key] = (histogram[key] ?? 0) + Number(count);
  }
  return { ...sum, medianDaysToInstall: medianDays(histogram) };
}

/**
 * The funnel as territories publish it, for cohorts (months of registration) in a range:
 * per month, per channel, per origin, and the outcomes of installed households.
 */
export const dashboard = fn(
  z.object({
    from: z
      .string()
      .regex(/^\d{4}-\d{2}$/, "Use YYYY-MM.")
      .optional(),
    to: z
      .string()
      .regex(/^\d{4}-\d{2}$/, "Use YYYY-MM.")
      .optional(),
  }),
  async ({ from, to }) => {
    assertCan("cases.read");
    const rows = (await readCounters()).filter((row) => (!from || row.cohort >= from) && (!to || row.cohort <= to));
    const group = (dimension: Dimension, key: "value" | "cohort") => {
      const groups = new Map<string, CounterRow[]>();
      for (const row of rows.filter((r) => r.dimension === dimension))
        groups.set(row[key], [...(groups.get(row[key]) ?? []), row]);
      return [...groups]
        .map(([name, members]) => ({ name, ...summarise(members) }))
        .sort((a, b) => a.name.localeCompare(b.name));
    };
    return {
      total: summarise(rows.filter((row) => row.dimension === "all")),
      byMonth: group("all", "cohort"),
      byChannel: group("channel", "value"),
      byOrigin: group("origin", "value"),
    };
  },
);
