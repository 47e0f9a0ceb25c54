import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import * as z from "zod";
import { assertCan } from "../../auth/roles";
import { config } from "../../config";
import { useTenant } from "../../context";
import { db, documents } from "../../db";
import { fn } from "../../fn";
import { type Dimension, type Measure, measures } from "./counters";

type Row = {
  dimension: Dimension;
  value: string;
  period: string;
  label?: string;
  capacity?: number;
  startsAt?: string;
} & Partial<Record<Measure, number>>;

/** Every Bienvenue counter of the tenant: one Query (a page holds thousands of counters). */
async function readCounters(): Promise<Row[]> {
  const { Key } = db()
    .entities.bienvenueCounter.get({ tenantId: useTenant(), dimension: "month", value: "all", period: "-" })
    .params() as { Key: { pk: string } };
  const rows: Row[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await documents().send(
      new QueryCommand({
        TableName: config().table,
        KeyConditionExpression: "pk = :pk",
        ExpressionAttributeValues: { ":pk": Key.pk },
        ExclusiveStartKey: start,
      }),
    );
    rows.push(...((page.Items ?? []) as Row[]));
    start = page.LastEvaluatedKey;
  } while (start);
  return rows;
}

const counts = (row: Row) =>
  Object.fromEntries(measures.map((m) => [m, Number(row[m] ?? 0)])) as Record<Measure, number>;
const ratio = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 1000 : null);
const monthSchema = z
  .string()
  .regex(/^\d{4}-\d{2}$/, "Use YYYY-MM.")
  .optional();

/**
 * The programme's outcomes: per month (enrolments, letters, unsubscribes, deals, pairs), per
 * channel, per event (fill rate, attendance), per partner and deal (taken, redeemed), and the
 * pairs active now. Months filter the monthly and channel figures; the others are running totals.
 */
export const dashboard = fn(z.object({ from: monthSchema, to: monthSchema }), async ({ from, to }) => {
  assertCan("bienvenue.outcomes");
  const rows = await readCounters();
  const inRange = (row: Row) => (!from || row.period >= from) && (!to || row.period <= to);
  const of = (dimension: Dimension) => rows.filter((row) => row.dimension === dimension);
  const byMonth = of("month")
    .filter(inRange)
    .map((row) => ({ month: row.period, ...counts(row) }))
    .sort((a, b) => a.month.localeCompare(b.month));
  const channels = new Map<string, number>();
  for (const row of of("channel").filter(inRange))
    channels.set(row.value, (channels.get(row.value) ?? 0) + Number(row.enrolments ?? 0));
  const byChannel = [...channels]
    .map(([channel, enrolments]) => ({ channel, enrolments }))
    .sort((a, b) => b.enrolments - a.enrolments || a.channel.localeCompare(b.channel));
  const channelMonths = of("channel")
    .filter(inRange)
    .map((row) => ({ channel: row.value, month: row.period, enrolments: Number(row.enrolments ?? 0) }))
    .sort((a, b) => a.month.localeCompare(b.month) || a.channel.localeCompare(b.channel));
  const events = of("event")
    .map((row) => {
      const capacity = Number(row.capacity ?? 0);
      const confirmed = Number(row.seatsConfirmed ?? 0);
      const attended = Number(row.attended ?? 0);
      return {
        eventId: row.value,
        title: row.label ?? row.value,
        startsAt: row.startsAt ?? null,
        capacity,
        confirmed,
        attended,
        fillRate: ratio(confirmed, capacity),
        attendanceRate: ratio(attended, confirmed),
      };
    })
    .sort((a, b) => (a.startsAt ?? "").localeCompare(b.startsAt ?? ""));
  const usage = (dimension: "partner" | "deal") =>
    of(dimension)
      .map((row) => ({
        id: row.value,
        name: row.label ?? row.value,
        taken: Number(row.dealsTaken ?? 0),
        redeemed: Number(row.redemptions ?? 0),
      }))
      .sort((a, b) => b.redeemed - a.redeemed || a.name.localeCompare(b.name));
  const programme = rows.find((row) => row.dimension === "programme");
  const totals = Object.fromEntries(measures.map((m) => [m, byMonth.reduce((sum, row) => sum + row[m], 0)])) as Record<
    Measure,
    number
  >;
  return {
    totals: { ...totals, activePairs: Number(programme?.activePairs ?? 0) },
    byMonth,
    byChannel,
    channelMonths,
    events,
    partners: usage("partner"),
    deals: usage("deal"),
  };
});
