import { UpdateCommand, type UpdateCommandInput } from "@aws-sdk/lib-dynamodb";
import { config } from "../../config";
import { db, documents, type TransactItem } from "../../db";

export const measures = [
  "enrolments",
  "lettersSent",
  "unsubscribes",
  "seatsConfirmed",
  "attended",
  "dealsTaken",
  "redemptions",
  "pairsStarted",
  "pairsEnded",
  "activePairs",
] as const;
export type Measure = (typeof measures)[number];
export type Dimension = "month" | "channel" | "event" | "partner" | "deal" | "programme";

/** One counter item's change: measures to ADD (negative to take back) and attributes to SET. */
export type Tally = {
  dimension: Dimension;
  value: string;
  /** YYYY-MM, or "-" for a running total. */
  period: string;
  add?: Partial<Record<Measure, number>>;
  set?: { label?: string; capacity?: number; startsAt?: string };
};

const month = (date: string | Date) => (typeof date === "string" ? date : date.toISOString()).slice(0, 7);

/** An enrolment, counted in the month of its enrolment date and for the channel that brought it. */
export function enrolled(input: { enrolledOn: string; channelCode?: string | null }): Tally[] {
  const period = month(input.enrolledOn);
  return [
    { dimension: "month", value: "all", period, add: { enrolments: 1 } },
    { dimension: "channel", value: input.channelCode || "none", period, add: { enrolments: 1 } },
  ];
}

/** A quarterly letter sent to one enrolee. */
export function letterSent(input: { at: string | Date }): Tally[] {
  return [{ dimension: "month", value: "all", period: month(input.at), add: { lettersSent: 1 } }];
}

/** An enrolee left the newsletter (one-click, page or suppression). */
export function unsubscribed(input: { at: string | Date }): Tally[] {
  return [{ dimension: "month", value: "all", period: month(input.at), add: { unsubscribes: 1 } }];
}

/** An event's title, start and capacity, written when it is created or changed (sets, never adds). */
export function eventDescribed(input: { eventId: string; title: string; startsAt: string; capacity: number }): Tally[] {
  return [
    {
      dimension: "event",
      value: input.eventId,
      period: "-",
      set: { label: input.title, startsAt: input.startsAt, capacity: input.capacity },
    },
  ];
}

/** Seats confirmed (negative when freed) and people checked in at an event. */
export function eventSeats(input: { eventId: string; confirmed?: number; attended?: number }): Tally[] {
  return [
    {
      dimension: "event",
      value: input.eventId,
      period: "-",
      add: { seatsConfirmed: input.confirmed ?? 0, attended: input.attended ?? 0 },
    },
  ];
}

/** A deal taken or redeemed, for the month, the deal and its partner. */
export function dealUsed(input: {
  what: "dealsTaken" | "redemptions";
  at: string | Date;
  dealId: string;
  dealTitle: string;
  partnerId: string;
  partnerName: string;
}): Tally[] {
  const add = { [input.what]: 1 };
  return [
    { dimension: "month", value: "all", period: month(input.at), add },
    { dimension: "deal", value: input.dealId, period: "-", add, set: { label: input.dealTitle } },
    { dimension: "partner", value: input.partnerId, period: "-", add, set: { label: input.partnerName } },
  ];
}

/** A buddy pair started or ended; active pairs is a running total. */
export function pair(input: { change: "started" | "ended"; at: string | Date }): Tally[] {
  const started = input.change === "started";
  return [
    {
      dimension: "month",
      value: "all",
      period: month(input.at),
      add: started ? { pairsStarted: 1 } : { pairsEnded: 1 },
    },
    { dimension: "programme", value: "all", period: "-", add: { activePairs: started ? 1 : -1 } },
  ];
}

/**
 * The counter writes of one change, to join the transaction that makes the change: tallies on
 * the same item are merged (a transaction may touch an item once), ADD creates missing counters
 * at zero.
 */
export function counterUpdates(tenantId: string, tallies: Tally[]): TransactItem[] {
  const merged = new Map<string, Tally>();
  for (const tally of tallies) {
    const key = `${tally.dimension}#${tally.value}#${tally.period}`;
    const seen = merged.get(key);
    if (!seen) {
      merged.set(key, { ...tally, add: { ...tally.add }, set: { ...tally.set } });
      continue;
    }
    for (const [measure, by] of Object.entries(tally.add ?? {}) as [Measure, number][])
      seen.add = { ...seen.add, [measure]: (seen.add?.[measure] ?? 0) + by };
    seen.set = { ...seen.set, ...tally.set };
  }
  return [...merged.values()].map(({ dimension, value, period, add, set }) => {
    const { Key } = db().entities.bienvenueCounter.get({ tenantId, dimension, value, period }).params() as {
      Key: Record<string, string>;
    };
    const names: Record<string, string> = { "#dimension": "dimension", "#value": "value", "#period": "period" };
    const values: Record<string, unknown> = { ":dimension": dimension, ":value": value, ":period": period };
    const sets = ["#dimension = :dimension", "#value = :value", "#period = :period"];
    for (const [attribute, to] of Object.entries(set ?? {})) {
      if (to === undefined) continue;
      names[`#${attribute}`] = attribute;
      values[`:${attribute}`] = to;
      sets.push(`#${attribute} = :${attribute}`);
    }
    const adds = (Object.entries(add ?? {}) as [Measure, number][]).filter(([, by]) => by);
    for (const [attribute, by] of adds) {
      names[`#${attribute}`] = attribute;
      values[`:${attribute}`] = by;
    }
    const addClause = adds.length ? ` ADD ${adds.map(([a]) => `#${a} :${a}`).join(", ")}` : "";
    return {
      Update: {
        TableName: config().table,
        Key,
        UpdateExpression: `SET ${sets.join(", ")}${addClause}`,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      },
    };
  });
}

/**
 * Adds tallies on their own, one UpdateItem per counter, for batch work that counts after the
 * fact (an import, a run of letters): plain updates to one item queue up where transactions
 * touching it at once would be cancelled.
 */
export async function addCounters(tenantId: string, tallies: Tally[]): Promise<void> {
  await Promise.all(
    counterUpdates(tenantId, tallies).map((item) =>
      documents().send(new UpdateCommand((item as { Update: UpdateCommandInput }).Update)),
    ),
  );
}
