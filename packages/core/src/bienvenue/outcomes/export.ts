import { dashboard } from "./dashboard";

/** The outcomes as one spreadsheet: a line per month, channel × month, event, partner and deal. */
export async function csv(): Promise<string> {
  const outcomes = await dashboard({});
  const columns = [
    "section",
    "key",
    "label",
    "month",
    "enrolments",
    "lettersSent",
    "unsubscribes",
    "dealsTaken",
    "redemptions",
    "pairsStarted",
    "pairsEnded",
    "capacity",
    "confirmed",
    "attended",
    "fillRate",
    "attendanceRate",
    "activePairs",
  ];
  const rows: Record<string, string | number | null>[] = [
    ...outcomes.byMonth.map((row) => ({ section: "month", key: row.month, ...row })),
    ...outcomes.channelMonths.map((row) => ({ section: "channel", key: row.channel, ...row })),
    ...outcomes.events.map((row) => ({ section: "event", key: row.eventId, label: row.title, ...row })),
    ...outcomes.partners.map((row) => ({
      section: "partner",
      key: row.id,
      label: row.name,
      dealsTaken: row.taken,
      redemptions: row.redeemed,
    })),
    ...outcomes.deals.map((row) => ({
      section: "deal",
      key: row.id,
      label: row.name,
      dealsTaken: row.taken,
      redemptions: row.redeemed,
    })),
    { section: "programme", key: "all", activePairs: outcomes.totals.activePairs },
  ];
  const { stringify } = await import("csv-stringify/sync");
  return stringify(rows, { header: true, columns });
}
